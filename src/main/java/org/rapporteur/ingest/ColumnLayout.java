package org.rapporteur.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts one PDF page's words into lines in the order a person reads them:
 * <ol>
 *   <li>words on one baseline form a row (a raised, smaller footnote mark joins the row it belongs to);</li>
 *   <li>a column gutter is a valley of the page's x coverage, a band few rows cover, with text-like columns on both
 *       sides (at least {@link #MIN_GUTTER_ROWS} lines each, and their lines mostly fill the column: a table of short
 *       cells is not columns);</li>
 *   <li>rows are cut at the gutters into column lines; a row with words across a gutter (a title, a full-width
 *       paragraph, a running header) spans the page and cuts the page into bands;</li>
 *   <li>within a band, each column is read top to bottom, left column first: every column of every band is a
 *       block, numbered in reading order.</li>
 * </ol>
 * A page with too few lines to show its columns takes the columns of the page before, if they fit. One instance
 * per document, pages in order; not thread-safe. Cost: sorting the page's words plus one pass over the page width per
 * row.
 */
final class ColumnLayout {
    /** Rows that must show a gap at the same place before it counts as a gutter (fewer is chance). */
    static final int MIN_GUTTER_ROWS = 3;
    /** A gap between words this many times the font size is wider than any word space in justified text. */
    private static final float WIDE_GAP_EMS = 0.8f;
    private static final float MIN_WIDE_GAP = 5f;
    /** A gutter is covered by at most this share of the rows that cover the busy parts of the page. */
    private static final float VALLEY = 0.2f;
    /** Each column must be at least this share of the page's text width (a label column of a table is not). */
    private static final float MIN_COLUMN_SHARE = 0.2f;
    /** Half the column lines must fill this share of the column width: prose, not table cells. */
    private static final float COLUMN_FILL = 0.6f;
    /** Words closer than this share of the font size are one word (a footnote mark after a full stop). */
    private static final float TIGHT_GAP_EMS = 0.12f;
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** The last columns found, for pages with too few lines to show them (a report's short last page). */
    private List<Gutter> grid = List.of();

    private static final class Row {
        final List<PdfWord> words = new ArrayList<>();
        float ref;
        float refSize;

        Row(PdfWord first) {
            words.add(first);
            ref = first.baseline();
            refSize = first.size();
        }

        boolean takes(PdfWord w) {
            return Math.abs(w.baseline() - ref) <= 0.5f * Math.max(refSize, w.size());
        }

        void add(PdfWord w) {
            words.add(w);
            if (w.size() > refSize) {
                refSize = w.size();
                ref = w.baseline();
            }
        }
    }

    /** A gutter: the x band [start, end] and its middle. */
    private record Gutter(float start, float end) {
        float middle() {
            return (start + end) / 2;
        }
    }

    /** The page's lines in reading order; remembers the page's columns for the pages after it. */
    List<PdfLine> lay(int page, List<PdfWord> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        List<Row> rows = rows(words);
        List<Gutter> gutters = gutters(rows);
        if (!gutters.isEmpty()) {
            grid = gutters;
        } else if (fitsGrid(rows)) {
            gutters = grid;
        }
        List<PdfLine> out = new ArrayList<>();
        Map<Integer, List<List<PdfWord>>> band = new TreeMap<>();
        List<List<PdfWord>> spanning = new ArrayList<>();
        int[] block = {0};
        for (Row row : rows) {
            List<List<PdfWord>> pieces = cut(row.words, gutters);
            if (pieces == null) {
                flushBand(page, band, block, out);
                spanning.add(row.words);
                continue;
            }
            flushSpanning(page, spanning, block, out);
            for (List<PdfWord> piece : pieces) {
                band.computeIfAbsent(column(piece, gutters), k -> new ArrayList<>()).add(piece);
            }
        }
        flushBand(page, band, block, out);
        flushSpanning(page, spanning, block, out);
        return out;
    }

    private static void flushBand(int page, Map<Integer, List<List<PdfWord>>> band, int[] block, List<PdfLine> out) {
        for (List<List<PdfWord>> column : band.values()) {
            for (List<PdfWord> piece : column) {
                out.add(line(page, block[0], piece));
            }
            block[0]++;
        }
        band.clear();
    }

    private static void flushSpanning(int page, List<List<PdfWord>> spanning, int[] block, List<PdfLine> out) {
        if (spanning.isEmpty()) {
            return;
        }
        for (List<PdfWord> row : spanning) {
            out.add(line(page, block[0], row));
        }
        block[0]++;
        spanning.clear();
    }

    /**
     * Rows top to bottom, each row's words left to right. Footnote marks are set apart first and joined to the word
     * they follow: raised, they may stand nearer the baseline of the other column's line than of their own.
     */
    private static List<Row> rows(List<PdfWord> words) {
        List<PdfWord> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(PdfWord::baseline).thenComparingDouble(PdfWord::x0));
        Map<PdfWord, PdfWord> hostOf = new IdentityHashMap<>();
        for (PdfWord w : sorted) {
            if (mayBeMark(w)) {
                PdfWord host = host(w, sorted);
                if (host != null) {
                    hostOf.put(w, host);
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        Map<PdfWord, Row> rowOf = new IdentityHashMap<>();
        Row current = null;
        for (PdfWord w : sorted) {
            if (hostOf.containsKey(w)) {
                continue;
            }
            if (current != null && current.takes(w)) {
                current.add(w);
            } else {
                current = new Row(w);
                rows.add(current);
            }
            rowOf.put(w, current);
        }
        hostOf.forEach((mark, host) -> {
            Row r = rowOf.get(host);
            if (r == null) {
                r = new Row(mark); // the host is a mark too: keep the word anyway
                rows.add(r);
            } else {
                r.words.add(mark);
            }
        });
        rows.sort(Comparator.comparingDouble(r -> r.ref));
        for (Row r : rows) {
            r.words.sort(Comparator.comparingDouble(PdfWord::x0));
        }
        return rows;
    }

    private static boolean mayBeMark(PdfWord w) {
        String t = w.text();
        return t.length() <= 4 && t.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '*');
    }

    /** The word a raised, smaller mark follows: just left of it, larger, its baseline a little lower. */
    private static PdfWord host(PdfWord mark, List<PdfWord> sorted) {
        for (PdfWord w : sorted) {
            float rise = w.baseline() - mark.baseline();
            if (w != mark && mark.size() <= 0.8f * w.size() && rise >= 0.1f * w.size() && rise <= 0.7f * w.size()
                    && Math.abs(mark.x0() - w.x1()) <= 0.5f * w.size()) {
                return w;
            }
        }
        return null;
    }

    // --- gutters ---------------------------------------------------------------------------------------------------

    /**
     * Gutters are valleys of the page's x coverage: bands at least {@link #MIN_WIDE_GAP} wide that few rows cover
     * (only those spanning the page: a title, a running header), between bands most rows cover. Rows are counted,
     * not paired, because the two columns' baselines need not line up.
     */
    private static List<Gutter> gutters(List<Row> rows) {
        if (rows.size() < 2 * MIN_GUTTER_ROWS) {
            return List.of();
        }
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float size = 0;
        for (Row r : rows) {
            minX = Math.min(minX, r.words.getFirst().x0());
            maxX = Math.max(maxX, r.words.getLast().x1());
            size += r.refSize;
        }
        size /= rows.size();
        float width = maxX - minX;
        if (!(width > 50) || width > 20_000) {
            return List.of();
        }
        int bins = (int) Math.ceil(width) + 1;
        int[] cover = new int[bins];
        for (Row r : rows) {
            int last = -1;
            for (PdfWord w : r.words) {
                int from = Math.max(last + 1, (int) Math.floor(w.x0() - minX));
                int to = Math.min(bins - 1, (int) Math.ceil(w.x1() - minX));
                for (int x = from; x <= to; x++) {
                    cover[x]++;
                }
                last = Math.max(last, to);
            }
        }
        int[] sorted = cover.clone();
        java.util.Arrays.sort(sorted);
        int busy = sorted[(int) (bins * 0.75)];
        int low = Math.max(MIN_GUTTER_ROWS - 1, (int) (VALLEY * busy));
        float minGutter = Math.max(MIN_WIDE_GAP, WIDE_GAP_EMS * size);
        List<Gutter> out = new ArrayList<>();
        int x = 0;
        while (x < bins && cover[x] <= low) {
            x++; // the page's left margin
        }
        while (x < bins) {
            if (cover[x] > low) {
                x++;
                continue;
            }
            int start = x;
            while (x < bins && cover[x] <= low) {
                x++;
            }
            if (x >= bins) {
                break; // the right margin
            }
            Gutter g = new Gutter(minX + start, minX + x - 1);
            float left = out.isEmpty() ? minX : out.getLast().middle();
            if (g.end() - g.start() + 1 >= minGutter && textColumnsAround(rows, g, left, maxX, width)) {
                out.add(g);
            }
        }
        return out;
    }

    /**
     * The document's columns fit this page when some line starts right of a gutter, with nothing left of it or a wide
     * gap before it: too few lines to prove columns, but nothing against them. Lines across a gutter read as bands of
     * their own, so a page in one column after pages in two still reads line by line.
     */
    private boolean fitsGrid(List<Row> rows) {
        if (grid.isEmpty()) {
            return false;
        }
        boolean right = false;
        for (Row r : rows) {
            for (Gutter g : grid) {
                int split = splitIndex(r.words, g);
                right |= split >= 0 && split < r.words.size();
            }
        }
        return right;
    }

    private static boolean isWideGap(PdfWord a, PdfWord b) {
        float gap = b.x0() - a.x1();
        return gap >= MIN_WIDE_GAP && gap >= WIDE_GAP_EMS * Math.max(a.size(), b.size());
    }

    /** Both sides of the gutter hold prose columns: wide enough, and most of their lines fill them. */
    private static boolean textColumnsAround(List<Row> rows, Gutter g, float leftEdge, float rightEdge, float width) {
        List<Float> leftWidths = new ArrayList<>();
        List<Float> rightWidths = new ArrayList<>();
        float leftMin = Float.MAX_VALUE;
        float leftMax = -Float.MAX_VALUE;
        float rightMin = Float.MAX_VALUE;
        float rightMax = -Float.MAX_VALUE;
        float mid = g.middle();
        for (Row r : rows) {
            float l0 = Float.NaN;
            float l1 = Float.NaN;
            float r0 = Float.NaN;
            float r1 = Float.NaN;
            boolean spans = false;
            for (PdfWord w : r.words) {
                if (w.x1() <= leftEdge || w.x0() >= rightEdge) {
                    continue; // another column's words
                }
                if (w.x0() < mid && w.x1() > mid) {
                    spans = true;
                    break;
                }
                if (w.x1() <= mid) {
                    l0 = Float.isNaN(l0) ? w.x0() : l0;
                    l1 = w.x1();
                } else {
                    r0 = Float.isNaN(r0) ? w.x0() : r0;
                    r1 = w.x1();
                }
            }
            if (spans) {
                continue;
            }
            if (!Float.isNaN(l0)) {
                leftWidths.add(l1 - l0);
                leftMin = Math.min(leftMin, l0);
                leftMax = Math.max(leftMax, l1);
            }
            if (!Float.isNaN(r0)) {
                rightWidths.add(r1 - r0);
                rightMin = Math.min(rightMin, r0);
                rightMax = Math.max(rightMax, r1);
            }
        }
        if (leftWidths.size() < MIN_GUTTER_ROWS || rightWidths.size() < MIN_GUTTER_ROWS) {
            return false;
        }
        float leftWidth = leftMax - leftMin;
        float rightWidth = rightMax - rightMin;
        if (leftWidth < MIN_COLUMN_SHARE * width || rightWidth < MIN_COLUMN_SHARE * width) {
            return false;
        }
        return median(leftWidths) >= COLUMN_FILL * leftWidth && median(rightWidths) >= COLUMN_FILL * rightWidth;
    }

    /** Index of the first word right of the gutter when the row has a wide gap across its middle; else -1. */
    private static int splitIndex(List<PdfWord> words, Gutter g) {
        float mid = g.middle();
        for (int i = 0; i < words.size(); i++) {
            PdfWord w = words.get(i);
            if (w.x0() >= mid) {
                if (i == 0) {
                    return 0;
                }
                return isWideGap(words.get(i - 1), w) ? i : -1;
            }
            if (w.x1() > mid) {
                return -1; // a word across the gutter's middle: the row spans the columns
            }
        }
        return words.size();
    }

    /** The row cut into column pieces, or null when the row spans a gutter. */
    private static List<List<PdfWord>> cut(List<PdfWord> words, List<Gutter> gutters) {
        List<List<PdfWord>> pieces = new ArrayList<>();
        List<PdfWord> rest = words;
        for (Gutter g : gutters) {
            int split = splitIndex(rest, g);
            if (split < 0) {
                return null;
            }
            if (split > 0) {
                pieces.add(rest.subList(0, split));
            }
            rest = rest.subList(split, rest.size());
            if (rest.isEmpty()) {
                break;
            }
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    private static int column(List<PdfWord> piece, List<Gutter> gutters) {
        float x = piece.getFirst().x0();
        int c = 0;
        for (Gutter g : gutters) {
            if (x >= g.middle()) {
                c++;
            }
        }
        return c;
    }

    // --- lines -----------------------------------------------------------------------------------------------------

    /**
     * One line from the words of a piece: its type is that of most of its characters; a raised, smaller group of
     * digits is a footnote mark, written with superscript digits and attached to the word before it.
     */
    private static PdfLine line(int page, int block, List<PdfWord> words) {
        Map<Float, Integer> charsBySize = new HashMap<>();
        for (PdfWord w : words) {
            charsBySize.merge(Math.round(w.size() * 2) / 2f, w.text().length(), Integer::sum);
        }
        float size = charsBySize.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        float baseline = words.getFirst().baseline();
        float biggest = 0;
        for (PdfWord w : words) {
            if (w.size() > biggest) {
                biggest = w.size();
                baseline = w.baseline();
            }
        }
        StringBuilder b = new StringBuilder();
        int chars = 0;
        int boldChars = 0;
        PdfWord prev = null;
        for (PdfWord w : words) {
            boolean mark = isFootnoteMark(w, size, baseline);
            String t = mark ? superscript(w.text()) : w.text();
            if (prev != null && !mark && w.x0() - prev.x1() > TIGHT_GAP_EMS * size) {
                b.append(' ');
            } else if (prev != null && mark && w.x0() - prev.x1() > size) {
                b.append(' ');
            }
            b.append(t.replace('\n', ' ').replace('\t', ' '));
            if (!mark) {
                chars += w.text().length();
                boldChars += w.bold() ? w.text().length() : 0;
            }
            prev = w;
        }
        boolean bold = chars > 0 && boldChars >= 0.8 * chars;
        return new PdfLine(page, block, b.toString(), words.getFirst().x0(), words.getLast().x1(), baseline, size,
                bold);
    }

    private static boolean isFootnoteMark(PdfWord w, float lineSize, float lineBaseline) {
        return w.size() <= 0.8f * lineSize && w.baseline() < lineBaseline - 0.2f * lineSize
                && w.text().chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '*');
    }

    private static String superscript(String digits) {
        StringBuilder b = new StringBuilder();
        for (char c : digits.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? SUPERSCRIPT_DIGITS.charAt(c - '0') : c);
        }
        return b.toString();
    }

    private static float median(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
