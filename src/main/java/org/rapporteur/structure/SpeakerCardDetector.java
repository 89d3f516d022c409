package org.rapporteur.structure;

import java.util.List;
import java.util.regex.Pattern;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.SpeakerBlock;

/**
 * Speaker cards and labelled roles the scanner found ("Moderator: X", a name line over a role line, "Remarks by X",
 * "Speaker: X, Title"): the person holds the floor from the card to the next one. A sentence about the event itself
 * ("The session closed with …") inside a block is the narrator's, so the card counts little there. When the document
 * is a dialogue, its turns replace the scanner's own turn blocks.
 */
final class SpeakerCardDetector implements EvidenceDetector {
    static final double CARD = 0.9;
    static final double NARRATIVE_SENTENCE = 0.25;

    /** A sentence about the event itself, not something the speaker said ("The session closed with …"). */
    static final Pattern NARRATIVE = Pattern.compile(
            "^(The|This) (session|panel|seminar|webinar|roundtable|round table|discussion|event|conference|meeting|"
                    + "workshop|dialogue|proceedings|programme|program|ceremony) (was|were|had|has|ended|began|started|"
                    + "opened|closed|concluded|discussed|featured|focused|brought|included|saw|examined)\\b");

    /** "Meeting with Mr. X", "Conversation with Dr Y", "Lunch with the Ambassador Z": a section given to one person. */
    private static final Pattern MEETING_WITH = Pattern.compile(
            "(?i)^(?:meetings?|conversation|dialogue|discussion|talk|briefing|lunch|dinner|breakfast|interview|"
                    + "fireside chat|audience|visit|session|q\\s*&\\s*a)\\s+with\\s+(.{3,120})$");

    @Override
    public void detect(AttributionContext ctx, List<Evidence> out) {
        boolean dialogue = !ctx.turns().isEmpty();
        for (SpeakerBlock b : ctx.scan().speakerBlocks()) {
            if (b.end() <= b.start() || b.method() == AttributionMethod.TRANSCRIPT_TURN
                    && (dialogue || !TurnDetector.labelShaped(b.person().name()))) {
                continue; // a person registered without words of their own, or a turn the turn detector owns
            }
            Candidate who = Candidate.of(ctx.people().add(b.person()));
            String why = b.method() == AttributionMethod.TRANSCRIPT_TURN ? "transcript turn of " + b.person().name()
                    : "in the speaker block of " + b.person().name();
            Cue cue = b.method() == AttributionMethod.TRANSCRIPT_TURN ? Cue.TRANSCRIPT_TURN : Cue.SPEAKER_CARD;
            out.add(new Evidence(who, b.headerStart(), b.end(), cue, CARD, why));
        }
        for (org.rapporteur.model.Section sec : ctx.scan().sections()) {
            java.util.regex.Matcher m = MEETING_WITH.matcher(sec.title());
            if (m.matches()) {
                java.util.Optional<ParsedPerson> pp = PersonNameParser.parseIntroduction(m.group(1));
                if (pp.isPresent()) {
                    Candidate who = Candidate.of(ctx.people().add(pp.get().person()));
                    out.add(new Evidence(who, sec.start(), sec.end(), Cue.SPEAKER_CARD, CARD,
                            "section \"" + sec.title() + "\" names its speaker"));
                }
            }
        }
        // narrative sentences inside blocks: a weaker signal for the block, so the session or organisation wins
        for (ClaimDraft c : ctx.claims()) {
            if (c.blockPerson() != null && NARRATIVE.matcher(ctx.text().substring(c.start(), c.end())).find()) {
                out.add(new Evidence(Candidate.of(c.blockPerson()), c.start(), c.end(), Cue.SPEAKER_CARD, -1,
                        "a sentence about the event, not the speaker's words"));
            }
        }
    }
}
