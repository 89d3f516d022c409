package org.rapporteur.structure;

import java.util.EnumMap;
import java.util.Map;
import org.rapporteur.model.ReportKind;

/**
 * What kind of document a report is, as far as attribution cares: it sets the priors that weigh the evidence (in an
 * authored article reported speech stays with the author unless the person is quoted; in an event summary it goes to
 * the person reported; in a transcript the turn decides).
 */
enum Layout {
    TRANSCRIPT(ReportKind.TRANSCRIPT),
    HEARING(ReportKind.HEARING),
    INTERVIEW(ReportKind.INTERVIEW),
    SPEAKER_CARD_EVENT(ReportKind.SEMINAR_REPORT),
    EVENT_SUMMARY(ReportKind.NEWS_REPORT),
    AUTHORED_ARTICLE(ReportKind.OPINION_ARTICLE),
    STATEMENT(ReportKind.SPEECH),
    MEETING_RECORD(ReportKind.MEETING_RECORD),
    MULTI_ITEM(ReportKind.WEB_PAGE),
    UNKNOWN(ReportKind.DOCUMENT);

    private final ReportKind kind;

    Layout(ReportKind kind) {
        this.kind = kind;
    }

    ReportKind defaultKind() {
        return kind;
    }

    boolean dialogue() {
        return this == TRANSCRIPT || this == HEARING || this == INTERVIEW;
    }

    /** How much each cue counts in this layout, relative to its own weight (1 when not listed). */
    double prior(Cue cue) {
        return PRIORS.getOrDefault(this, Map.of()).getOrDefault(cue, 1.0);
    }

    private static final Map<Layout, Map<Cue, Double>> PRIORS = new EnumMap<>(Layout.class);

    static {
        // in a dialogue the turn decides: what a speaker reports of others stays the speaker's
        Map<Cue, Double> dialogue = Map.of(Cue.REPORTED_SPEECH, 0.3, Cue.PRONOUN, 0.2, Cue.CONTINUATION, 0.2,
                Cue.QUOTATION, 0.4, Cue.DECLARED_AUTHOR, 0.5, Cue.BYLINE, 0.5, Cue.AUTHOR_BIO, 0.4,
                Cue.TITLE_SPEAKER, 0.6);
        PRIORS.put(TRANSCRIPT, dialogue);
        PRIORS.put(HEARING, dialogue);
        PRIORS.put(INTERVIEW, dialogue);
        // an author's article: reported views of people only mentioned stay the author's, quotations do not
        // and its "Summary" or "Findings" are the author's too, not the publisher's
        PRIORS.put(AUTHORED_ARTICLE, Map.of(Cue.REPORTED_SPEECH, 0.95, Cue.PRONOUN, 0.95, Cue.CONTINUATION, 0.9,
                Cue.SPEAKER_CARD, 0.8, Cue.INSTITUTIONAL_SECTION, 0.6));
        // a speech: the speaker speaks throughout; the people they cite do not
        PRIORS.put(STATEMENT, Map.of(Cue.REPORTED_SPEECH, 0.4, Cue.PRONOUN, 0.3, Cue.CONTINUATION, 0.3,
                Cue.QUOTATION, 0.6));
        // an event summary: the narrator reports the speakers
        PRIORS.put(EVENT_SUMMARY, Map.of(Cue.DECLARED_AUTHOR, 0.7, Cue.BYLINE, 0.7, Cue.AUTHOR_BIO, 0.7));
        PRIORS.put(SPEAKER_CARD_EVENT, Map.of(Cue.DECLARED_AUTHOR, 0.6, Cue.BYLINE, 0.6, Cue.AUTHOR_BIO, 0.6));
        PRIORS.put(MEETING_RECORD, Map.of(Cue.DECLARED_AUTHOR, 0.5, Cue.BYLINE, 0.5));
        // a page of items in the publisher's voice: an account does not run on past the sentence that reports it
        PRIORS.put(MULTI_ITEM, Map.of(Cue.CONTINUATION, 0.8));
    }
}
