package org.rapporteur.ui.help;

import java.util.ArrayList;
import java.util.List;

/**
 * Find in the guide: every place a phrase occurs in the guide's runs of text, ignoring case, in reading order. Compares
 * in place ({@code regionMatches}) rather than on lower-cased copies, whose lengths can differ from the text's and
 * would shift the marks. Pure; any thread.
 */
final class GuideFind {
    /** A match: the index of the run of text, and the range in it. */
    record Match(int block, int start, int end) {
    }

    private GuideFind() {
    }

    static List<Match> find(List<String> blocks, String phrase) {
        List<Match> out = new ArrayList<>();
        if (phrase == null || phrase.isBlank()) {
            return out;
        }
        String p = phrase.strip();
        for (int b = 0; b < blocks.size(); b++) {
            String text = blocks.get(b);
            for (int i = 0; i + p.length() <= text.length(); i++) {
                if (text.regionMatches(true, i, p, 0, p.length())) {
                    out.add(new Match(b, i, i + p.length()));
                    i += p.length() - 1; // matches do not overlap
                }
            }
        }
        return out;
    }
}
