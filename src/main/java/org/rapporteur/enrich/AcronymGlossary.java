package org.rapporteur.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
        int i = 0;
        while (i < text.length()) {
            int end = capitalisedWordEnd(text, i);
            if (end < 0) {
                i++;
                continue;
            }
            String w = text.substring(i, end);
            if (AcronymExtractor.isAcronym(w)) {
                Optional<String> lf = resolve(w, reportId);
                if (lf.isPresent()) {
                    out.add(new Use(normalise(w), lf.get(), i, end));
                }
            }
            i = end;
        }
        return out;
    }

    /**
     * Where a word that starts with a capital at {@code i} ends, or -1: what
     * {@code (?<![\p{L}\p{N}-])\p{Lu}[\p{L}\p{N}&-]*[\p{L}\p{N}]} matches there, scanned by hand because it runs
     * over every claim ({@code AcronymGlossaryTest} checks both agree). The word is not preceded by a letter, digit or
     * hyphen, and ends at its last letter or digit before anything other than those, '&amp;' and '-'.
     */
    static int capitalisedWordEnd(String text, int i) {
        if (i > 0) {
            int before = text.codePointAt(i - 1); // as the expression's look-behind reads it
            if (Character.isLetter(before) || isNumber(before) || before == '-') {
                return -1;
            }
        }
        int first = text.codePointAt(i);
        if (Character.getType(first) != Character.UPPERCASE_LETTER) {
            return -1;
        }
        int end = -1;
        int p = i + Character.charCount(first);
        while (p < text.length()) {
            int cp = text.codePointAt(p);
            boolean letterOrDigit = Character.isLetter(cp) || isNumber(cp);
            if (!letterOrDigit && cp != '&' && cp != '-') {
                break;
            }
            p += Character.charCount(cp);
            if (letterOrDigit) {
                end = p;
            }
        }
        return end;
    }

    private static boolean isNumber(int cp) {
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
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
