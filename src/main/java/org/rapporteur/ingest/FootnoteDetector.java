package org.rapporteur.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes the footnotes off a PDF page: the lines at the foot of a column (in the lower half of the page's text) set
 * smaller than the body text, the first of them starting with a note mark ({@code 1}, {@code ¹}, {@code *},
 * {@code †}, {@code [2]}). A line starting with a mark starts a new note; the lines after it continue it. Small
 * lines that do not start with a mark (a caption, a source line) stay in the body. Stateless, thread-safe.
 */
final class FootnoteDetector {
    /** Footnotes are set at most this share of the body size (8 on 10, 9 on 11). */
    static final float NOTE_SIZE = 0.88f;
    private static final Pattern MARK = Pattern.compile(
            "^(?:\\d{1,3}[.)]?|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|[*†‡§¶]{1,3}|\\(\\d{1,3}\\)|\\[\\d{1,3}\\])(?:\\s+|(?=\\p{L}))\\S");

    private FootnoteDetector() {
    }

    /** The page's body lines (in order) and its notes, each a list of lines. */
    record Split(List<PdfLine> body, List<List<PdfLine>> notes) {
    }

    static Split split(List<PdfLine> page, float bodySize) {
        if (page.isEmpty()) {
            return new Split(page, List.of());
        }
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (PdfLine l : page) {
            top = Math.min(top, l.baseline());
            bottom = Math.max(bottom, l.baseline());
        }
        float lowerHalf = (top + bottom) / 2;
        List<PdfLine> body = new ArrayList<>(page.size());
        List<List<PdfLine>> notes = new ArrayList<>();
        int i = 0;
        while (i < page.size()) {
            int end = i;
            while (end < page.size() && page.get(end).block() == page.get(i).block()) {
                end++;
            }
            int noteStart = end;
            while (noteStart > i && isNoteSized(page.get(noteStart - 1), bodySize)) {
                noteStart--;
            }
            while (noteStart < end && !startsWithMark(page.get(noteStart))) {
                noteStart++; // small lines above the first mark are not notes
            }
            boolean hasNotes = noteStart < end && page.get(noteStart).baseline() >= lowerHalf;
            int bodyEnd = hasNotes ? noteStart : end;
            body.addAll(page.subList(i, bodyEnd));
            if (hasNotes) {
                for (PdfLine l : page.subList(noteStart, end)) {
                    if (startsWithMark(l) || notes.isEmpty()) {
                        notes.add(new ArrayList<>());
                    }
                    notes.getLast().add(l);
                }
            }
            i = end;
        }
        return new Split(body, notes);
    }

    private static boolean isNoteSized(PdfLine l, float bodySize) {
        return l.size() <= NOTE_SIZE * bodySize;
    }

    static boolean startsWithMark(PdfLine l) {
        return MARK.matcher(l.text()).find();
    }
}
