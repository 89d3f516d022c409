package org.rapporteur.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.rapporteur.ingest.PageTextAssembler.Join;
import org.rapporteur.ingest.PageTextAssembler.Vocabulary;
import org.rapporteur.model.LayoutMarks;
import org.rapporteur.model.PageFurniture;
import org.rapporteur.model.PageSpan;
import org.rapporteur.model.Span;

/**
 * Turns the laid-out lines of a PDF's pages (reading order, blocks = columns, see {@link ColumnLayout}) into one
 * normalised text, as a person reads the pages:
 * <ol>
 *   <li>running headers, footers and page numbers go ({@link RunningLineDetector}), kept as page furniture;</li>
 *   <li>footnotes leave the body ({@link FootnoteDetector}) and follow it as paragraphs of their own, at the first
 *       paragraph end after their page's body text (so a sentence running over the page break stays whole);</li>
 *   <li>the body type is the size (and weight) of most characters; a line of its own in larger or bold type is a
 *       heading, wrapped heading lines become one line; more than {@link #MAX_HEADING_LINES} such lines in a row
 *       are emphasised prose, not a heading;</li>
 *   <li>lines of a column are joined into paragraphs: a wider gap than the usual line spacing ends a paragraph;
 *       otherwise a line that fills most of its column runs on, a short line ends its paragraph unless the next goes
 *       on in lower case; hyphenated words are rejoined as {@link PageTextAssembler} does;</li>
 *   <li>at a column or page break the sentence goes on (a space, no paragraph break) when the column ends without
 *       closing punctuation and the next column starts in lower case, or the last line was full and what follows
 *       is not a heading or a line standing alone.</li>
 * </ol>
 * Page spans follow the text: footnotes placed after a page break keep their own page. Stateless, thread-safe.
 */
final class PdfTextAssembler {
    /** A heading is at most this many lines; a longer run of large or bold type is emphasised prose. */
    static final int MAX_HEADING_LINES = 3;
    /** A heading is set this much larger than the body, or bold on a body that is not. */
    private static final float HEADING_SIZE = 1.15f;
    /** A line gap this many times the usual line spacing separates paragraphs. */
    private static final float PARAGRAPH_GAP = 1.3f;
    /** A line reaching this share of its column's width runs on to the next line. */
    private static final float FULL_LINE = 0.75f;
    private static final int MIN_LINES_FOR_WIDTH = 3;
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    private PdfTextAssembler() {
    }

    /** A heading (one or more lines joined) or one body line. */
    private record Unit(PdfLine first, PdfLine last, String text, boolean heading) {
    }

    /** Left edge and usual right edge of a block's lines; NaN width when too few lines to tell. */
    private record BlockWidth(float left, float right) {
    }

    private record Note(int page, String text) {
    }

    /**
     * @param pages the laid-out lines of every page, index {@code i} holding page {@code i + 1} (empty for a page
     *              without text)
     */
    static ExtractedText assemble(List<List<PdfLine>> pages) {
        return new Run(pages).assemble();
    }

    /** One assembly; holds the document's type statistics and the text being built. */
    private static final class Run {
        private final List<List<PdfLine>> pages;
        private float bodySize;
        private boolean bodyBold;
        private float leading;
        private float usualWidth = Float.NaN;
        private final Map<Long, BlockWidth> widths = new HashMap<>();
        private final StringBuilder out = new StringBuilder();
        private final List<PageSpan> spans = new ArrayList<>();
        private final List<Span> headings = new ArrayList<>();
        private final List<Span> footnotes = new ArrayList<>();
        private final Deque<Note> pendingNotes = new ArrayDeque<>();
        private int spanPage = -1;
        private int spanStart;
        private int spanEnd;

        Run(List<List<PdfLine>> pages) {
            this.pages = pages;
        }

        ExtractedText assemble() {
            measureBodyType(pages);
            RunningLineDetector.Result running = RunningLineDetector.detect(pages, bodySize);
            List<List<PdfLine>> bodies = new ArrayList<>();
            List<List<Note>> notesByPage = new ArrayList<>();
            for (List<PdfLine> page : running.pages()) {
                FootnoteDetector.Split split = FootnoteDetector.split(page, bodySize);
                bodies.add(split.body());
                List<Note> notes = new ArrayList<>();
                for (List<PdfLine> note : split.notes()) {
                    String text = joinNoteLines(note);
                    if (!text.isEmpty()) {
                        notes.add(new Note(note.getFirst().page(), text));
                    }
                }
                notesByPage.add(notes);
            }
            measureLines(bodies);
            List<Unit> units = units(bodies);
            Vocabulary words = new Vocabulary(bodies.stream().map(p -> p.stream().map(PdfLine::text).toList()).toList());
            emit(units, notesByPage, words);
            boolean typeset = typeset(units);
            return new ExtractedText(out.toString(), spans, List.of(), null,
                    new LayoutMarks(typeset, headings, footnotes, running.furniture()));
        }

        // --- statistics ------------------------------------------------------------------------------------------

        /** The body type: the size with the most characters, and whether most of those characters are bold. */
        private void measureBodyType(List<List<PdfLine>> all) {
            Map<Float, Integer> bySize = new HashMap<>();
            Map<Float, Integer> boldBySize = new HashMap<>();
            for (List<PdfLine> page : all) {
                for (PdfLine l : page) {
                    float s = Math.round(l.size() * 2) / 2f;
                    bySize.merge(s, l.text().length(), Integer::sum);
                    if (l.bold()) {
                        boldBySize.merge(s, l.text().length(), Integer::sum);
                    }
                }
            }
            bodySize = bySize.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(10f);
            bodyBold = boldBySize.getOrDefault(bodySize, 0) * 2 > bySize.getOrDefault(bodySize, 0);
        }

        /** The usual line spacing of body lines, and each block's width. */
        private void measureLines(List<List<PdfLine>> bodies) {
            List<Float> gaps = new ArrayList<>();
            List<Float> blockWidths = new ArrayList<>();
            for (List<PdfLine> page : bodies) {
                int i = 0;
                while (i < page.size()) {
                    int end = i;
                    while (end < page.size() && page.get(end).block() == page.get(i).block()) {
                        end++;
                    }
                    List<PdfLine> block = page.subList(i, end);
                    for (int k = 1; k < block.size(); k++) {
                        PdfLine a = block.get(k - 1);
                        PdfLine b = block.get(k);
                        float d = b.baseline() - a.baseline();
                        if (isBodyType(a) && isBodyType(b) && d > 0 && d < 3 * bodySize) {
                            gaps.add(d);
                        }
                    }
                    if (block.size() >= MIN_LINES_FOR_WIDTH) {
                        float left = Float.MAX_VALUE;
                        List<Float> rights = new ArrayList<>();
                        for (PdfLine l : block) {
                            left = Math.min(left, l.x0());
                            rights.add(l.x1());
                        }
                        rights.sort(null);
                        float right = rights.get((int) Math.min(rights.size() - 1, Math.floor(rights.size() * 0.8)));
                        widths.put(blockKey(block.getFirst()), new BlockWidth(left, right));
                        blockWidths.add(right - left);
                    }
                    i = end;
                }
            }
            gaps.sort(null);
            leading = gaps.isEmpty() ? 1.2f * bodySize : gaps.get(gaps.size() / 2);
            if (!blockWidths.isEmpty()) {
                blockWidths.sort(null);
                usualWidth = blockWidths.get(blockWidths.size() / 2);
            }
        }

        private boolean isBodyType(PdfLine l) {
            return Math.abs(l.size() - bodySize) < 0.6f && (l.bold() == bodyBold || !l.bold());
        }

        private boolean isHeadingType(PdfLine l) {
            return l.size() >= HEADING_SIZE * bodySize || l.bold() && !bodyBold && l.size() >= 0.95f * bodySize;
        }

        private static long blockKey(PdfLine l) {
            return ((long) l.page() << 32) | (l.block() & 0xffffffffL);
        }

        /** The line reaches most of its column's width (the column's, or the document's usual one for short blocks). */
        private boolean isFull(PdfLine l) {
            BlockWidth w = widths.get(blockKey(l));
            if (w != null) {
                return l.x1() - w.left() >= FULL_LINE * (w.right() - w.left());
            }
            return !Float.isNaN(usualWidth) && l.width() >= FULL_LINE * usualWidth;
        }

        /** Typeset when headings are told by type: at least two after the body text begins. */
        private static boolean typeset(List<Unit> units) {
            int after = 0;
            boolean body = false;
            for (Unit u : units) {
                if (!u.heading()) {
                    body = true;
                } else if (body) {
                    after++;
                }
            }
            return after >= 2;
        }

        // --- units -----------------------------------------------------------------------------------------------

        private List<Unit> units(List<List<PdfLine>> bodies) {
            List<Unit> units = new ArrayList<>();
            for (List<PdfLine> page : bodies) {
                int i = 0;
                while (i < page.size()) {
                    PdfLine l = page.get(i);
                    if (clean(l.text()).isEmpty()) {
                        i++;
                        continue;
                    }
                    if (!isHeadingType(l)) {
                        units.add(new Unit(l, l, clean(l.text()), false));
                        i++;
                        continue;
                    }
                    int end = i + 1;
                    while (end < page.size() && sameHeading(page.get(end - 1), page.get(end))) {
                        end++;
                    }
                    List<PdfLine> run = page.subList(i, end);
                    if (run.size() <= MAX_HEADING_LINES) {
                        StringBuilder b = new StringBuilder();
                        for (PdfLine h : run) {
                            String t = clean(h.text());
                            if (!b.isEmpty() && !t.isEmpty()) {
                                boolean hyphen = PageTextAssembler.endsHyphenated(b.toString())
                                        && PageTextAssembler.startsLower(t);
                                if (hyphen) {
                                    b.setLength(b.length() - 1);
                                } else {
                                    b.append(' ');
                                }
                            }
                            b.append(t);
                        }
                        units.add(new Unit(run.getFirst(), run.getLast(), b.toString(), true));
                    } else {
                        for (PdfLine h : run) {
                            if (!clean(h.text()).isEmpty()) {
                                units.add(new Unit(h, h, clean(h.text()), false));
                            }
                        }
                    }
                    i = end;
                }
            }
            return units;
        }

        /**
         * The next line continues the heading: same type, no paragraph gap, same left edge (the last short line of a
         * title across the page falls into the left column's block, so blocks are not compared).
         */
        private boolean sameHeading(PdfLine a, PdfLine b) {
            return (a.block() == b.block() || Math.abs(a.x0() - b.x0()) < a.size()) && isHeadingType(b) && Math.abs(a.size() - b.size()) < 0.6f
                    && a.bold() == b.bold() && b.baseline() - a.baseline() <= 1.6f * Math.max(a.size(), b.size())
                    && b.baseline() > a.baseline();
        }

        // --- emitting --------------------------------------------------------------------------------------------

        private void emit(List<Unit> units, List<List<Note>> notesByPage, Vocabulary words) {
            int notesReleased = 0;
            Unit prev = null;
            for (int i = 0; i < units.size(); i++) {
                Unit u = units.get(i);
                int page = u.first().page();
                while (notesReleased < page - 1 && notesReleased < notesByPage.size()) {
                    pendingNotes.addAll(notesByPage.get(notesReleased++));
                }
                if (prev != null) {
                    Join j = join(prev, u, i + 1 < units.size() ? units.get(i + 1) : null, words);
                    if (j == Join.PARAGRAPH && !pendingNotes.isEmpty()) {
                        out.append("\n\n");
                        flushNotes();
                    }
                    switch (j) {
                        case NONE_DROP_HYPHEN -> {
                            out.setLength(out.length() - 1);
                            spanEnd = Math.min(spanEnd, out.length());
                        }
                        case NONE_KEEP_HYPHEN -> { }
                        case SPACE -> out.append(' ');
                        case LINE -> out.append('\n');
                        case PARAGRAPH -> out.append("\n\n");
                    }
                }
                int start = out.length();
                append(u.text(), page);
                if (u.heading()) {
                    headings.add(new Span(start, out.length(), "heading"));
                }
                prev = u;
            }
            while (notesReleased < notesByPage.size()) {
                pendingNotes.addAll(notesByPage.get(notesReleased++));
            }
            if (!pendingNotes.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append("\n\n");
                }
                flushNotes();
            }
            closeSpan();
        }

        private void flushNotes() {
            boolean first = true;
            while (!pendingNotes.isEmpty()) {
                Note n = pendingNotes.removeFirst();
                if (n.text().isEmpty()) {
                    continue;
                }
                if (!first) {
                    out.append("\n\n");
                }
                int start = out.length();
                append(n.text(), n.page());
                footnotes.add(new Span(start, out.length(), "footnote"));
                first = false;
            }
        }

        private void append(String text, int page) {
            if (page != spanPage) {
                closeSpan();
                spanPage = page;
                spanStart = out.length();
            }
            out.append(text);
            spanEnd = out.length();
        }

        private void closeSpan() {
            if (spanPage > 0 && spanEnd > spanStart) {
                spans.add(new PageSpan(spanPage, spanStart, spanEnd));
            }
            spanPage = -1;
        }

        // --- joins -----------------------------------------------------------------------------------------------

        private Join join(Unit prev, Unit next, Unit after, Vocabulary words) {
            if (prev.heading() || next.heading()) {
                return Join.PARAGRAPH;
            }
            PdfLine a = prev.last();
            PdfLine b = next.first();
            if (a.page() == b.page() && a.block() == b.block()) {
                if (isParagraphGap(a, b)) {
                    return PageTextAssembler.gapJoin(prev.text(), next.text(), words);
                }
                return lineJoin(prev.text(), next.text(), isFull(a), words);
            }
            return breakJoin(prev, next, after, words);
        }

        private boolean isParagraphGap(PdfLine a, PdfLine b) {
            float d = b.baseline() - a.baseline();
            float scale = Math.max(a.size(), b.size()) / bodySize;
            return d > PARAGRAPH_GAP * leading * Math.max(1f, scale) || d < 0;
        }

        /** Two lines of one column with no paragraph gap between them. */
        private static Join lineJoin(String prev, String next, boolean prevFull, Vocabulary words) {
            if (PageTextAssembler.isListItem(next)) {
                return Join.LINE;
            }
            Join hyphen = PageTextAssembler.hyphenJoin(prev, next, words);
            if (hyphen != null) {
                return hyphen;
            }
            if (prevFull) {
                return Join.SPACE;
            }
            boolean terminal = PageTextAssembler.endsTerminal(prev);
            if (!terminal && PageTextAssembler.startsLower(next)) {
                return Join.SPACE;
            }
            return terminal && PageTextAssembler.startsUpper(next) ? Join.PARAGRAPH : Join.LINE;
        }

        /** The last line of a column (or page) and the first of the next. */
        private Join breakJoin(Unit prev, Unit next, Unit after, Vocabulary words) {
            String last = prev.text();
            String first = next.text();
            Join hyphen = PageTextAssembler.endsHyphenated(last)
                    ? PageTextAssembler.hyphenJoin(last, first, words) : null;
            if (hyphen != null) {
                return hyphen;
            }
            if (PageTextAssembler.endsTerminal(last) || PageTextAssembler.isListItem(first)) {
                return Join.PARAGRAPH;
            }
            if (PageTextAssembler.startsLower(first)) {
                return Join.SPACE;
            }
            boolean continues = isFull(prev.last()) && !first.isEmpty() && Character.isLetterOrDigit(first.charAt(0));
            return continues && !standsAlone(next, after) ? Join.SPACE : Join.PARAGRAPH;
        }

        /** A short line on its own without closing punctuation: a heading set in body type, a name. */
        private boolean standsAlone(Unit u, Unit after) {
            if (PageTextAssembler.endsTerminal(u.text())) {
                return false;
            }
            PdfLine l = u.last();
            boolean lastOfBlock = after == null || after.heading() || after.first().page() != l.page()
                    || after.first().block() != l.block();
            return lastOfBlock || !isFull(l) || isParagraphGap(l, after.first());
        }

        // --- text ------------------------------------------------------------------------------------------------

        private static String joinNoteLines(List<PdfLine> lines) {
            StringBuilder b = new StringBuilder();
            for (PdfLine l : lines) {
                String t = clean(l.text());
                if (t.isEmpty()) {
                    continue;
                }
                if (!b.isEmpty()) {
                    if (PageTextAssembler.endsHyphenated(b.toString()) && PageTextAssembler.startsLower(t)) {
                        b.setLength(b.length() - 1);
                    } else {
                        b.append(' ');
                    }
                }
                b.append(t);
            }
            return b.toString();
        }

        /** A line's characters as the normalised text wants them, on one line. */
        private static String clean(String line) {
            String t = TextNormaliser.mapCharacters(line);
            if (t.indexOf('\n') >= 0) {
                t = t.replace('\n', ' ');
            }
            return SPACES.matcher(t.strip()).replaceAll(" ");
        }
    }
}
