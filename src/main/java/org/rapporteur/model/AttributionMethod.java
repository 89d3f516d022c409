package org.rapporteur.model;

/** How the extractor decided who said a claim. */
public enum AttributionMethod {
    SPEAKER_BLOCK("speaker block"),
    PROGRAMME_SLOT("programme slot"),
    BYLINE("byline"),
    TRANSCRIPT_TURN("transcript turn"),
    REPORTED_SPEECH("reported speech"),
    QUOTED_STATEMENT("quoted statement"),
    SIDECAR("metadata sidecar"),
    INSTITUTIONAL("institutional section"),
    SESSION("session summary"),
    CORRECTION("analyst correction"),
    NONE("unattributed");

    private final String label;

    AttributionMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
