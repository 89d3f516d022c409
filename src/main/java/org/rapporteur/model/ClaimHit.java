package org.rapporteur.model;

import java.util.List;

/** One search result: the claim, its score, and the ranges of its text that matched the query. */
public record ClaimHit(ClaimRecord record, float score, List<Highlight> highlights) {
    public ClaimHit {
        highlights = List.copyOf(highlights);
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
