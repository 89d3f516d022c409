package org.rapporteur.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The corpus glossary: every acronym defined in any report ({@code Long Name (ACR)}), the long names it was given
 * (with how often), and the reports that define it. Later uses of an acronym are resolved to a long name: the one its
 * own report gave, else the one the corpus gave most often. Thread-safe: reports may be added from several threads.
 */
public final class AcronymGlossary {
    /** One acronym of the glossary. */
    public record Entry(String acronym, Map<String, Integer> longForms, Set<String> reportIds) {
        public Entry {
            longForms = Map.copyOf(longForms);
            reportIds = Set.copyOf(reportIds);
        }

        /** The long form given most often (ties: the shortest, then alphabetical). */
        public String preferredLongForm() {
            return preferred(longForms);
        }
    }

    /** A use of a known acronym in a text, resolved to its long form. */
    public record Use(String acronym, String longForm, int start, int end) {
    }

    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}-])[\\p{Lu}][\\p{L}\\p{N}&-]*[\\p{L}\\p{N}]");

    private final Map<String, Map<String, Integer>> longForms = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> reports = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> perReport = new ConcurrentHashMap<>();

    /** Adds the definitions of one report (a report added twice counts once). Returns what it found. */
    public List<AcronymDefinition> addReport(String reportId, String text) {
        List<AcronymDefinition> defs = AcronymExtractor.definitionsIn(text);
        Map<String, String> own = new LinkedHashMap<>();
        for (AcronymDefinition d : defs) {
            own.putIfAbsent(normalise(d.acronym()), tidy(d.longForm()));
        }
        Map<String, String> previous = perReport.put(reportId, Map.copyOf(own));
        synchronized (this) {
            if (previous != null) {
                previous.forEach((acr, lf) -> {
                    longForms.computeIfPresent(acr, (k, m) -> {
                        m.computeIfPresent(lf, (x, n) -> n > 1 ? n - 1 : null);
                        return m.isEmpty() ? null : m;
                    });
                    reports.computeIfPresent(acr, (k, s) -> {
                        s.remove(reportId);
                        return s.isEmpty() ? null : s;
                    });
                });
            }
            own.forEach((acr, lf) -> {
                longForms.computeIfAbsent(acr, k -> new ConcurrentHashMap<>()).merge(lf, 1, Integer::sum);
                reports.computeIfAbsent(acr, k -> ConcurrentHashMap.newKeySet()).add(reportId);
            });
        }
        return defs;
    }

    public Optional<Entry> lookup(String acronym) {
        String key = normalise(acronym);
        synchronized (this) {
            Map<String, Integer> lf = longForms.get(key);
            if (lf == null || lf.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Entry(key, lf, reports.getOrDefault(key, Set.of())));
        }
    }

    /** All entries, by acronym. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (String acr : new java.util.TreeSet<>(longForms.keySet())) {
            lookup(acr).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The long form of {@code acronym} as {@code reportId} defined it, else the corpus's preferred one. Runs for every
     * use of an acronym in every claim, so it reads the counts in place: {@link #lookup} copies the acronym's set of
     * reports, which for "UN" grows with the corpus and made each use cost more than the last.
     */
    public Optional<String> resolve(String acronym, String reportId) {
        String key = normalise(acronym);
        Map<String, String> own = reportId == null ? null : perReport.get(reportId);
        if (own != null && own.containsKey(key)) {
            return Optional.of(own.get(key));
        }
        synchronized (this) {
            Map<String, Integer> lf = longForms.get(key);
            return lf == null || lf.isEmpty() ? Optional.empty() : Optional.of(preferred(lf));
        }
    }

    /** The long form given most often (ties: the shortest, then alphabetical). */
    private static String preferred(Map<String, Integer> longForms) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : longForms.entrySet()) {
            String lf = e.getKey();
            int n = e.getValue();
            if (best == null || n > bestCount || n == bestCount && (lf.length() < best.length()
                    || lf.length() == best.length() && lf.compareTo(best) < 0)) {
                best = lf;
                bestCount = n;
            }
        }
        return best;
    }

    /** Uses of known acronyms in {@code text} (including the definitions themselves), resolved. */
    public List<Use> usesIn(String text, String reportId) {
        List<Use> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (!AcronymExtractor.isAcronym(w)) {
                continue;
            }
            Optional<String> lf = resolve(w, reportId);
            if (lf.isPresent()) {
                out.add(new Use(normalise(w), lf.get(), m.start(), m.end()));
            }
        }
        return out;
    }

    /** "SDGs" and "SDG" are one acronym. */
    static String normalise(String acronym) {
        String a = acronym.strip();
        if (a.length() > 2 && a.endsWith("s") && Character.isUpperCase(a.charAt(a.length() - 2))) {
            return a.substring(0, a.length() - 1);
        }
        return a;
    }

    private static String tidy(String longForm) {
        return longForm.replaceAll("[\\s*]+", " ").strip();
    }

    /** Acronyms with several long forms (same letters, different bodies), for the analyst to check. */
    public List<Entry> ambiguous() {
        return entries().stream().filter(e -> e.longForms().size() > 1).toList();
    }
}
