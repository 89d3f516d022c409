package org.rapporteur.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The organisations a text names: well-known ones from the gazetteer's list (by name, alias or acronym), names shaped
 * like organisations ("Jinnah Institute"), and acronyms the {@link AcronymGlossary} resolves to a long form that
 * looks like an organisation ("NACTA" to "National Counter Terrorism Authority"; not "CPEC", a corridor). Each is
 * named once, by its canonical name. Thread-safe when the glossary is.
 */
public final class OrganisationTagger {
    /** Words that make an acronym's long form an organisation, beyond the head words of organisation names. */
    private static final Set<String> ORGANISATION_WORDS = Set.of("directorate", "cell", "ministry", "department",
            "division", "army", "force", "forces", "police", "bureau", "office", "service", "services", "intelligence",
            "group", "taliban", "cooperation", "assembly", "senate", "court", "tribunal", "wing", "unit", "command");

    private final Gazetteer gazetteer;
    private final AcronymGlossary glossary;

    public OrganisationTagger(Gazetteer gazetteer, AcronymGlossary glossary) {
        this.gazetteer = gazetteer;
        this.glossary = glossary;
    }

    /** Canonical names of the organisations {@code text} names, in order of first mention. */
    public List<String> organisationsIn(String text, String reportId) {
        return organisationsIn(text, reportId, gazetteer.organisationsIn(text));
    }

    /** As {@link #organisationsIn(String, String)}, reusing a gazetteer scan of the same text. */
    public List<String> organisationsIn(String text, String reportId, List<OrganisationMention> scanned) {
        Map<String, Named> byKey = new LinkedHashMap<>();
        for (OrganisationMention o : scanned) {
            add(byKey, o.name(), o.start());
        }
        for (AcronymGlossary.Use use : glossary.usesIn(text, reportId)) {
            if (covered(scanned, use.start())) {
                continue; // a known organisation's acronym is already named
            }
            if (looksLikeOrganisation(use.longForm())) {
                add(byKey, canonical(use.longForm()), use.start());
            }
        }
        List<Named> named = new ArrayList<>(byKey.values());
        named.sort((a, b) -> Integer.compare(a.at(), b.at()));
        return named.stream().map(Named::name).toList();
    }

    private record Named(String name, int at) {
    }

    private static boolean covered(List<OrganisationMention> scanned, int offset) {
        for (OrganisationMention o : scanned) {
            if (offset >= o.start() && offset < o.end()) {
                return true;
            }
        }
        return false;
    }

    private void add(Map<String, Named> byKey, String name, int at) {
        String key = key(name);
        Named old = byKey.get(key);
        if (old == null || at < old.at()) {
            byKey.put(key, new Named(old == null ? name : old.name(), old == null ? at : Math.min(at, old.at())));
        }
    }

    /** A long form that a well-known organisation covers is named by that organisation's canonical name. */
    private String canonical(String longForm) {
        for (OrganisationMention o : gazetteer.organisationsIn(longForm)) {
            if (o.end() - o.start() >= longForm.length() * 0.6) {
                return o.name();
            }
        }
        return longForm;
    }

    static boolean looksLikeOrganisation(String longForm) {
        for (String w : longForm.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            String word = w.replaceAll("[^\\p{L}']", "");
            if (OrganisationSpanDetector.HEADS.contains(word) || ORGANISATION_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace("organization", "organisation").replace("center", "centre")
                .replaceAll("^the\\s+", "").replaceAll("\\band\\b", " ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
