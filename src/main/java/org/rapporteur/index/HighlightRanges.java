package org.rapporteur.index;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.rapporteur.model.Highlight;

/**
 * Formats the highlighter's passages as offset ranges instead of HTML, so the UI styles its own text runs and the CLI
 * marks terminals. Claims are short, so the whole claim is one passage and offsets are relative to the claim text.
 */
final class HighlightRanges extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
        List<Highlight> out = new ArrayList<>();
        for (Passage p : passages) {
            for (int i = 0; i < p.getNumMatches(); i++) {
                int s = p.getMatchStarts()[i];
                int e = p.getMatchEnds()[i];
                if (!out.isEmpty() && s <= out.getLast().end()) {
                    Highlight last = out.removeLast();
                    out.add(new Highlight(last.start(), Math.max(last.end(), e)));
                } else {
                    out.add(new Highlight(s, e));
                }
            }
        }
        return out;
    }
}
