package org.rapporteur.model;

import java.util.List;

/**
 * What a paged reader learnt from the look of the pages beside their words: which lines are headings, which
 * paragraphs are footnotes, and the running lines it left out of the text. Only PDFs have it; other formats have
 * {@link #none()}.
 *
 * @param typeset   true when the fonts set headings apart from the body text (larger or bold type on lines of their
 *                  own, at least twice after the body text begins). Then a line is a heading exactly when it is in
 *                  {@code headings}: a short line in body type such as "Name, Organisation" is not one. When false,
 *                  the structure stage guesses headings from the words, as for plain text.
 * @param headings  spans of the text set as headings, one per heading (wrapped heading lines are joined into one
 *                  line), label {@code heading}
 * @param footnotes spans of the text that are footnotes, one per note, label {@code footnote}; each is a paragraph of
 *                  its own placed after the body text of its page (after the sentence or paragraph that runs over
 *                  the page break, never inside it)
 * @param furniture running headers, footers and page numbers taken out of the text, in page order
 */
public record LayoutMarks(boolean typeset, List<Span> headings, List<Span> footnotes, List<PageFurniture> furniture) {
    private static final LayoutMarks NONE = new LayoutMarks(false, List.of(), List.of(), List.of());

    public LayoutMarks {
        headings = List.copyOf(headings);
        footnotes = List.copyOf(footnotes);
        furniture = List.copyOf(furniture);
    }

    /** No layout known (unpaged formats, or text without fonts). */
    public static LayoutMarks none() {
        return NONE;
    }

    /** True when the text {@code [start, end)} lies within one heading span. */
    public boolean isHeading(int start, int end) {
        return within(headings, start, end);
    }

    /** True when the text {@code [start, end)} lies within one footnote span. */
    public boolean isFootnote(int start, int end) {
        return within(footnotes, start, end);
    }

    private static boolean within(List<Span> spans, int start, int end) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = spans.get(mid);
            if (s.end() <= start) {
                lo = mid + 1;
            } else if (s.start() > start) {
                hi = mid - 1;
            } else {
                return end <= s.end();
            }
        }
        return false;
    }
}
