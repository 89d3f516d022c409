package org.rapporteur.model;

import java.util.Locale;

/** The dimensions claims can be cut by. {@code key} is the name used in queries, JSON and the facet index. */
public enum FacetDimension {
    SPEAKER("speaker", "Speaker", false),
    SPEAKER_COUNTRY("speakerCountry", "Speaker's country", false),
    COUNTRY("country", "Country mentioned", true),
    REGION("region", "Region", true),
    THEME("theme", "Theme", true),
    /** Organisations a claim mentions (found in its text), not the body that published the report. */
    ORGANISATION("org", "Organisations mentioned", true),
    /** The report's organisation from its metadata: the body that published it (what the library groups by). */
    PUBLISHER("publisher", "Publisher", false),
    REPORT("report", "Report", false),
    KIND("kind", "Kind", false),
    YEAR("year", "Year", false),
    TAG("tag", "Tag", true),
    /** Who coded the claim: the analysts who made its codings (issue 17's team mode; one name alone otherwise). */
    CODED_BY("codedBy", "Coded by", true);

    private final String key;
    private final String label;
    private final boolean multiValued;

    FacetDimension(String key, String label, boolean multiValued) {
        this.key = key;
        this.label = label;
        this.multiValued = multiValued;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public boolean multiValued() {
        return multiValued;
    }

    public static FacetDimension byKey(String key) {
        for (FacetDimension d : values()) {
            if (d.key.equalsIgnoreCase(key) || d.name().equalsIgnoreCase(key.toUpperCase(Locale.ROOT))) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown facet: " + key);
    }
}
