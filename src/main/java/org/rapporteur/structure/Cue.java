package org.rapporteur.structure;

import org.rapporteur.model.AttributionMethod;

/**
 * The kinds of evidence attribution weighs, each with the method it is reported under and whether it holds the
 * floor: a floor cue (a transcript turn, a speaker card) covers everything until the next floor cue, and only the
 * latest one before a claim counts — a speaker's turn ends where the next one starts, however strong it was.
 */
enum Cue {
    DECLARED_AUTHOR("declared author", AttributionMethod.BYLINE, false),
    BYLINE("byline", AttributionMethod.BYLINE, false),
    AUTHOR_BIO("closing author bio", AttributionMethod.BYLINE, false),
    TITLE_SPEAKER("speaker named in the title", AttributionMethod.SPEAKER_BLOCK, false),
    SPEAKER_CARD("speaker card", AttributionMethod.SPEAKER_BLOCK, true),
    TRANSCRIPT_TURN("transcript turn", AttributionMethod.TRANSCRIPT_TURN, true),
    REPORTED_SPEECH("reported speech", AttributionMethod.REPORTED_SPEECH, false),
    PRONOUN("reported speech by a pronoun", AttributionMethod.REPORTED_SPEECH, false),
    CONTINUATION("continues a reported account", AttributionMethod.REPORTED_SPEECH, false),
    QUOTATION("quotation with its attribution", AttributionMethod.QUOTED_STATEMENT, false),
    DELEGATION("delegation speech", AttributionMethod.REPORTED_SPEECH, false),
    PROGRAMME_SLOT("programme slot", AttributionMethod.PROGRAMME_SLOT, false),
    SESSION("session", AttributionMethod.SESSION, false),
    INSTITUTIONAL_SECTION("institutional section", AttributionMethod.INSTITUTIONAL, false),
    SELF_REFERENCE("the publisher describing the report", AttributionMethod.INSTITUTIONAL, false),
    ORGANISATION_VOICE("organisation's own text", AttributionMethod.INSTITUTIONAL, false);

    private final String label;
    private final AttributionMethod method;
    private final boolean floor;

    Cue(String label, AttributionMethod method, boolean floor) {
        this.label = label;
        this.method = method;
        this.floor = floor;
    }

    String label() {
        return label;
    }

    AttributionMethod method() {
        return method;
    }

    boolean holdsFloor() {
        return floor;
    }
}
