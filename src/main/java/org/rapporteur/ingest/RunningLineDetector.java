package org.rapporteur.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.PageFurniture;

/**
 * Finds running headers, footers and page numbers across the pages of a PDF: a line on one of the {@link #ZONE}
 * top or bottom baselines of its page whose words (digits masked, so {@code Page 3} matches {@code Page 12}) recur
 * at the same height on other pages. It is furniture when it recurs on at least half the pages, or on two pages
 * when it is a page number or set smaller than the body text (running titles change by chapter). On the first page
 * a running line that is the page's only title (no larger type on the page) stays: it is what a reader takes for
 * the document's title, and the structure stage needs it. In a document with running lines, a small line standing
 * apart at the top or bottom of a later page is one too, even once. Needs two pages with text. Stateless,
 * thread-safe.
 */
final class RunningLineDetector {
    /** Baselines at each end of a page that may carry running lines: a title and a chapter, a number and a date. */
    static final int ZONE = 3;
    /** Two lines this close (points) stand at the same height. */
    private static final float SAME_HEIGHT = 4f;
    /** A lone edge line is set at most this share of the body size, ... */
    private static final float LONE_LINE_SIZE = 0.9f;
    /** ... and stands this many body sizes from the nearest other line. */
    private static final float LONE_LINE_GAP = 2.5f;
    /** A number first on the line, then words: a note mark or a page number before a running title. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("(\\d+)\\s+\\S");

    private RunningLineDetector() {
    }

    /** The pages' lines without their running lines, and the running lines taken out. */
    record Result(List<List<PdfLine>> pages, List<PageFurniture> furniture) {
    }

    private record Occurrence(PdfLine line, boolean top) {
    }

    static Result detect(List<List<PdfLine>> pages, float bodySize) {
        int withText = (int) pages.stream().filter(p -> !p.isEmpty()).count();
        if (withText < 2) {
            Map<PdfLine, PageFurniture.Kind> numbered = new IdentityHashMap<>();
            addLoneEdgeLines(pages, bodySize, numbered, false);
            return numbered.isEmpty() ? new Result(pages, List.of()) : remove(pages, numbered, bodySize);
        }
        Map<String, List<Occurrence>> byKey = new HashMap<>();
        for (List<PdfLine> lines : pages) {
            for (Occurrence o : zoneLines(lines)) {
                String key = RunningLineFilter.key(o.line().text());
                if (!key.isBlank()) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
                }
            }
        }
        int needed = Math.max(2, (withText + 1) / 2);
        Map<PdfLine, PageFurniture.Kind> running = new IdentityHashMap<>();
        byKey.forEach((key, occurrences) -> {
            List<Occurrence> same = sameHeight(occurrences);
            Set<Integer> onPages = new HashSet<>();
            boolean small = true;
            for (Occurrence o : same) {
                onPages.add(o.line().page());
                small &= o.line().size() < 0.95f * bodySize;
            }
            boolean pageNumber = RunningLineFilter.PAGE_NUMBER.matcher(key).matches();
            if (!numberedLikePages(same)) {
                return; // footnotes with the same words ("Ibid.") at the foot of two pages, numbered apart
            }
            if (startsWithNumber(same) && !pageNumber && onPages.size() < 3) {
                return; // two notes whose numbers happen to keep step with the pages
            }
            if (onPages.size() >= needed || onPages.size() >= 2 && (pageNumber || small)) {
                for (Occurrence o : same) {
                    running.put(o.line(), pageNumber ? PageFurniture.Kind.PAGE_NUMBER
                            : o.top() ? PageFurniture.Kind.HEADER : PageFurniture.Kind.FOOTER);
                }
            }
        });
        dropLinesInText(pages, running);
        addLoneEdgeLines(pages, bodySize, running, !running.isEmpty());
        if (running.isEmpty()) {
            return new Result(pages, List.of());
        }
        return remove(pages, running, bodySize);
    }

    private static Result remove(List<List<PdfLine>> pages, Map<PdfLine, PageFurniture.Kind> running, float bodySize) {
        List<List<PdfLine>> kept = new ArrayList<>(pages.size());
        List<PageFurniture> furniture = new ArrayList<>();
        boolean seenText = false;
        for (List<PdfLine> lines : pages) {
            boolean firstPage = !seenText && !lines.isEmpty();
            seenText |= !lines.isEmpty();
            float largestOther = 0;
            for (PdfLine l : lines) {
                if (!running.containsKey(l)) {
                    largestOther = Math.max(largestOther, l.size());
                }
            }
            boolean titled = largestOther > 1.1f * bodySize;
            List<PdfLine> body = new ArrayList<>(lines.size());
            for (PdfLine l : lines) {
                PageFurniture.Kind kind = running.get(l);
                // the first page's running title is the document's title when nothing on that page is set larger
                boolean keepAsTitle = firstPage && kind != null && kind != PageFurniture.Kind.PAGE_NUMBER && !titled;
                if (kind == null || keepAsTitle) {
                    body.add(l);
                } else {
                    furniture.add(new PageFurniture(l.page(), l.text().strip(), kind));
                }
            }
            kept.add(body);
        }
        return new Result(kept, furniture);
    }

    /**
     * Running lines stand apart: a candidate with a line of text just above or below it (the last line of a wrapped
     * footnote that happens to read the same on two pages) is part of that text.
     */
    private static void dropLinesInText(List<List<PdfLine>> pages, Map<PdfLine, PageFurniture.Kind> running) {
        List<PdfLine> inText = new ArrayList<>();
        for (List<PdfLine> lines : pages) {
            for (PdfLine l : lines) {
                if (!running.containsKey(l)) {
                    continue;
                }
                for (PdfLine o : lines) {
                    if (o != l && !running.containsKey(o) && o.x0() < l.x1() && l.x0() < o.x1()
                            && Math.abs(o.baseline() - l.baseline()) <= 1.5f * Math.max(o.size(), l.size())) {
                        inText.add(l);
                        break;
                    }
                }
            }
        }
        inText.forEach(running::remove);
    }

    /**
     * A page's top or bottom line set small and standing apart from the text is a running line too, even where it
     * occurs once (a running header that starts on page two of a two-page report), when the document has running
     * lines elsewhere and the page is not the first (whose small lines above the title are often the series or the
     * date); otherwise only when it holds the page's number ("Forum | 1" on a one-page brief).
     */
    private static void addLoneEdgeLines(List<List<PdfLine>> pages, float bodySize,
                                         Map<PdfLine, PageFurniture.Kind> running, boolean documentHasRunningLines) {
        boolean first = true;
        for (List<PdfLine> lines : pages) {
            if (lines.isEmpty()) {
                continue;
            }
            boolean numberedOnly = first || !documentHasRunningLines;
            first = false;
            PdfLine top = null;
            PdfLine bottom = null;
            for (PdfLine l : lines) {
                top = top == null || l.baseline() < top.baseline() ? l : top;
                bottom = bottom == null || l.baseline() > bottom.baseline() ? l : bottom;
            }
            for (PdfLine edge : new PdfLine[] {top, bottom}) {
                if (running.containsKey(edge) || edge.size() >= LONE_LINE_SIZE * bodySize
                        || FootnoteDetector.startsWithMark(edge)
                        || numberedOnly && !Pattern.compile("(^|\\D)" + edge.page() + "(\\D|$)").matcher(edge.text()).find()) {
                    continue;
                }
                float nearest = Float.MAX_VALUE;
                for (PdfLine l : lines) {
                    if (l != edge && !running.containsKey(l)) {
                        nearest = Math.min(nearest, Math.abs(l.baseline() - edge.baseline()));
                    }
                }
                if (nearest >= LONE_LINE_GAP * bodySize && nearest < Float.MAX_VALUE) {
                    running.put(edge, edge == top ? PageFurniture.Kind.HEADER : PageFurniture.Kind.FOOTER);
                }
            }
        }
    }

    /**
     * A line that starts with a number is running only when that number moves with the page number ("3 | Title" on
     * page 3, "4 | Title" on page 4); notes numbered through the document do not.
     */
    private static boolean numberedLikePages(List<Occurrence> same) {
        Integer offset = null;
        for (Occurrence o : same) {
            Matcher m = LEADING_NUMBER.matcher(o.line().text().strip());
            if (!m.lookingAt()) {
                return true;
            }
            if (m.group(1).length() > 6) {
                return false;
            }
            int d = Integer.parseInt(m.group(1)) - o.line().page();
            if (offset != null && offset != d) {
                return false;
            }
            offset = d;
        }
        return true;
    }

    private static boolean startsWithNumber(List<Occurrence> same) {
        return !same.isEmpty() && LEADING_NUMBER.matcher(same.getFirst().line().text().strip()).lookingAt();
    }

    /** Lines on the page's first and last {@link #ZONE} baselines. */
    private static List<Occurrence> zoneLines(List<PdfLine> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        List<Float> levels = new ArrayList<>();
        lines.stream().map(PdfLine::baseline).sorted().forEach(y -> {
            if (levels.isEmpty() || y - levels.getLast() > 1f) {
                levels.add(y);
            }
        });
        float topLimit = levels.get(Math.min(ZONE, levels.size()) - 1);
        float bottomLimit = levels.get(Math.max(0, levels.size() - ZONE));
        List<Occurrence> out = new ArrayList<>();
        for (PdfLine l : lines) {
            if (l.baseline() <= topLimit + 0.5f) {
                out.add(new Occurrence(l, true));
            } else if (l.baseline() >= bottomLimit - 0.5f) {
                out.add(new Occurrence(l, false));
            }
        }
        return out;
    }

    /** The occurrences at the height where most of them stand (a sliding window over their sorted heights). */
    private static List<Occurrence> sameHeight(List<Occurrence> all) {
        List<Occurrence> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingDouble(o -> o.line().baseline()));
        int bestFrom = 0;
        int bestTo = 0;
        int from = 0;
        for (int to = 0; to < sorted.size(); to++) {
            while (sorted.get(to).line().baseline() - sorted.get(from).line().baseline() > 2 * SAME_HEIGHT) {
                from++;
            }
            if (to + 1 - from > bestTo - bestFrom) {
                bestFrom = from;
                bestTo = to + 1;
            }
        }
        return sorted.subList(bestFrom, bestTo);
    }
}
