package org.rapporteur.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Claims never carry a speaker's label and never span two speakers: a claim that starts with a turn label starts after
 * it ("Mr Keith: Good morning" is "Good morning"), and a claim a turn label falls inside (flattened HTML) is cut in two
 * there. Labels alone ("Ambassador Elahi:" with nothing after) leave no claim.
 */
final class ClaimBoundaries {
    private ClaimBoundaries() {
    }

    static DocumentScan atTurns(DocumentScan scan, List<TurnDetector.Turn> turns, String text) {
        if (turns.isEmpty()) {
            return scan;
        }
        List<ClaimDraft> out = new ArrayList<>(scan.claims().size() + turns.size());
        int t = 0;
        for (ClaimDraft c : scan.claims()) {
            int start = c.start();
            while (t < turns.size() && turns.get(t).contentStart() <= start) {
                t++;
            }
            int cursor = start;
            for (int j = Math.max(0, t - 1); j < turns.size() && turns.get(j).labelStart() < c.end(); j++) {
                TurnDetector.Turn turn = turns.get(j);
                if (turn.contentStart() <= cursor) {
                    continue;
                }
                if (turn.labelStart() > cursor) {
                    add(out, c, cursor, turn.labelStart(), text);
                }
                cursor = Math.min(turn.contentStart(), c.end());
            }
            add(out, c, cursor, c.end(), text);
        }
        return new DocumentScan(scan.paragraphs(), scan.contentStartParagraph(), scan.sections(), scan.speakerBlocks(),
                scan.boilerplate(), out, scan.labelledAuthors(), scan.bylineAuthors(), scan.aboutAuthor(), scan.outlet(),
                scan.itemTitles(), scan.transcriptTurns(), scan.selfReferenceParagraphs(), scan.perspectives(),
                scan.persons());
    }

    private static void add(List<ClaimDraft> out, ClaimDraft c, int s, int e, String text) {
        int a = s;
        int b = e;
        while (a < b && (Character.isWhitespace(text.charAt(a)) || text.charAt(a) == '*' || text.charAt(a) == '_')) {
            a++;
        }
        while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || text.charAt(b - 1) == '*')) {
            b--;
        }
        if (b <= a || !LineShapes.hasLetters(text.substring(a, b))) {
            return;
        }
        out.add(new ClaimDraft(a, b, c.kind(), c.sectionPath(), c.session(), c.institutional(), c.blockPerson(),
                c.blockMethod(), c.quotedBy(), c.paragraph(), c.sectionSerial()));
    }
}
