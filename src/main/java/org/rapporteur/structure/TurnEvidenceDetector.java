package org.rapporteur.structure;

import java.util.List;

/**
 * Transcript turns: each label holds the floor from its words to the next label. The speaker is the person the label
 * resolves to (see {@link TurnSpeakers}); a role or audience label nobody was introduced under is a body, weaker.
 */
final class TurnEvidenceDetector implements EvidenceDetector {
    static final double PERSON = 0.95;
    static final double BODY = 0.6;

    @Override
    public void detect(AttributionContext ctx, List<Evidence> out) {
        List<TurnDetector.Turn> turns = ctx.turns();
        TurnSpeakers speakers = new TurnSpeakers(ctx.people(), ctx.organisation(), ctx.text());
        java.util.Map<String, TurnSpeakers.Resolved> resolved = new java.util.HashMap<>();
        int paragraphEnd = -2;
        for (int k = 0; k < turns.size(); k++) {
            TurnDetector.Turn t = turns.get(k);
            int end = k + 1 < turns.size() ? turns.get(k + 1).labelStart() : ctx.text().length();
            // a label means the same person every time it recurs: resolve it once
            TurnSpeakers.Resolved r = resolved.computeIfAbsent(t.label(), speakers::resolve);
            if (LayoutClassifier.isAudienceLabel(t.label()) && !r.candidate().isPerson()) {
                // an audience question ends with its paragraph: the unlabelled answer after it is the speaker's
                if (paragraphEnd != -1 && paragraphEnd < t.contentStart()) {
                    paragraphEnd = ctx.text().indexOf("\n\n", t.contentStart()); // turns come in order: one pass
                }
                end = paragraphEnd < 0 ? end : Math.min(end, paragraphEnd);
            }
            out.add(new Evidence(r.candidate(), t.labelStart(), Math.max(end, t.contentStart() + 1),
                    Cue.TRANSCRIPT_TURN, r.candidate().isPerson() ? PERSON : BODY, r.how()));
        }
    }
}
