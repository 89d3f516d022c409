package org.rapporteur.model;

import java.util.List;

/**
 * One search result: the claim, its score, the ranges of its text that matched the query's words, and whether it was
 * found by its words, its meaning or both.
 */
public record ClaimHit(ClaimRecord record, float score, List<Highlight> highlights, MatchKind match) {
    public ClaimHit {
        highlights = List.copyOf(highlights);
        match = match == null ? MatchKind.WORDS : match;
    }

    /** A hit found by its words. */
    public ClaimHit(ClaimRecord record, float score, List<Highlight> highlights) {
        this(record, score, highlights, MatchKind.WORDS);
    }

    /** The claim text with matches wrapped in {@code open}/{@code close}, for terminals and plain exports. */
    public String marked(String open, String close) {
        String text = record.claim().text();
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Highlight h : highlights) {
            if (h.start() < at || h.end() > text.length()) {
                continue;
            }
            sb.append(text, at, h.start()).append(open).append(text, h.start(), h.end()).append(close);
            at = h.end();
        }
        return sb.append(text.substring(at)).toString();
    }
}
