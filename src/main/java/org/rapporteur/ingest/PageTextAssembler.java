package org.rapporteur.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.PageSpan;

/**
 * Turns the raw text of a document's pages (one line per printed line, blank lines at paragraph gaps) into one
 * normalised text with a {@link PageSpan} per non-empty page:
 * <ol>
 *   <li>running headers, footers and page numbers go ({@link RunningLineFilter});</li>
 *   <li>lines wrapped inside a paragraph are joined: a line that fills most of the page's usual width continues on
 *       the next; a short line ends its paragraph unless the next line starts in lower case mid-sentence; list items
 *       and blank-line gaps always start a new line;</li>
 *   <li>a word hyphenated at a line end is rejoined ({@code secu-}/{@code rity}) unless the next part starts with a
 *       capital or digit ({@code Pak-}/{@code Afghan} keeps its hyphen) or the hyphenated spelling occurs elsewhere
 *       in the document and the joined one does not ({@code well-}/{@code known});</li>
 *   <li>a sentence broken by a page break is rejoined with a space (or without the hyphen), when the page ends
 *       without closing punctuation and the next page goes on in lower case or the page's last line was full.</li>
 * </ol>
 * A space or paragraph gap joining two pages lies between their spans (so it belongs to the page before, as
 * {@code Pages.pageAt} says). Stateless, thread-safe.
 */
final class PageTextAssembler {
    /** A line at least this share of the page's typical line length is taken to wrap onto the next line. */
    private static final double FULL_LINE = 0.75;
    /** Percentile of line lengths that stands for the page's text width (most lines are full lines). */
    private static final double WIDTH_PERCENTILE = 0.8;
    private static final int MIN_LINES_FOR_WIDTH = 3;

    private static final Pattern LIST_ITEM = Pattern.compile(
            "^(?:[•●▪■◦‣○·◆►✓*–—-]|o(?=\\s)|\\(?\\d{1,3}[.)]|\\(?[a-zA-Z][.)]|\\(?[ivxlcIVXLC]{1,5}[.)])\\s+\\S");
    private static final String TERMINAL_MARKS = ".!?:;…";
    /** Closing quotes and brackets, and footnote marks set as superscript digits after the full stop. */
    private static final String CLOSING_MARKS = "\"'”’)]⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String HYPHENS = "-\u2010\u00AD";
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)[-\u2010\u00AD]$");
    private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{L}+)");

    enum Join { SPACE, NONE_DROP_HYPHEN, NONE_KEEP_HYPHEN, LINE, PARAGRAPH }

    /** One page's joined text and whether its last line ran to the full width (a sentence may go on). */
    private record PageText(String text, boolean endsFull) {
    }

    private PageTextAssembler() {
    }

    static ExtractedText assemble(List<String> rawPages) {
        List<List<String>> pages = new ArrayList<>(rawPages.size());
        for (String raw : rawPages) {
            pages.add(Arrays.stream(TextNormaliser.mapLineEnds(raw).split("\n", -1)).map(String::strip).toList());
        }
        pages = RunningLineFilter.filter(pages);
        Vocabulary words = new Vocabulary(pages);

        StringBuilder out = new StringBuilder();
        List<PageSpan> spans = new ArrayList<>();
        PageText previous = null;
        for (int i = 0; i < pages.size(); i++) {
            PageText page = joinLines(pages.get(i), words);
            if (page.text().isEmpty()) {
                continue;
            }
            if (previous != null) {
                Join j = pageJoin(previous, page.text(), words);
                switch (j) {
                    case NONE_DROP_HYPHEN -> {
                        out.setLength(out.length() - 1);
                        PageSpan last = spans.removeLast();
                        spans.add(new PageSpan(last.number(), last.start(), out.length()));
                    }
                    case NONE_KEEP_HYPHEN -> { }
                    case SPACE -> out.append(' ');
                    case LINE -> out.append('\n');
                    case PARAGRAPH -> out.append("\n\n");
                }
            }
            int start = out.length();
            out.append(page.text());
            spans.add(new PageSpan(i + 1, start, out.length()));
            previous = page;
        }
        return new ExtractedText(out.toString(), spans, List.of());
    }

    private static PageText joinLines(List<String> lines, Vocabulary words) {
        double full = FULL_LINE * typicalLength(lines);
        StringBuilder b = new StringBuilder();
        String prev = null;
        boolean gap = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                gap = prev != null;
                continue;
            }
            if (prev != null) {
                Join j = gap ? gapJoin(prev, line, words) : lineJoin(prev, line, full, words);
                switch (j) {
                    case NONE_DROP_HYPHEN -> b.setLength(b.length() - 1);
                    case NONE_KEEP_HYPHEN -> { }
                    case SPACE -> b.append(' ');
                    case LINE -> b.append('\n');
                    case PARAGRAPH -> b.append("\n\n");
                }
            }
            b.append(line);
            prev = line;
            gap = false;
        }
        String text = TextNormaliser.normalise(b.toString());
        return new PageText(text, prev != null && prev.length() >= full);
    }

    /** Two lines with no gap between them. */
    private static Join lineJoin(String prev, String next, double full, Vocabulary words) {
        if (isListItem(next)) {
            return Join.LINE;
        }
        Join hyphen = hyphenJoin(prev, next, words);
        if (hyphen != null) {
            return hyphen;
        }
        if (prev.length() >= full) {
            return Join.SPACE;
        }
        boolean terminal = endsTerminal(prev);
        if (!terminal && startsLower(next)) {
            return Join.SPACE;
        }
        return terminal && startsUpper(next) ? Join.PARAGRAPH : Join.LINE;
    }

    /** Two lines with a paragraph gap between them: a gap inside a hyphenated word is a layout accident. */
    static Join gapJoin(String prev, String next, Vocabulary words) {
        if (endsHyphenated(prev) && startsLower(next)) {
            return hyphenJoin(prev, next, words);
        }
        return Join.PARAGRAPH;
    }

    private static Join pageJoin(PageText prev, String next, Vocabulary words) {
        String lastLine = prev.text().substring(prev.text().lastIndexOf('\n') + 1);
        String firstLine = next.lines().findFirst().orElse("");
        Join hyphen = endsHyphenated(lastLine) ? hyphenJoin(lastLine, firstLine, words) : null;
        if (hyphen != null) {
            return hyphen;
        }
        if (endsTerminal(lastLine) || isListItem(firstLine)) {
            return Join.PARAGRAPH;
        }
        if (startsLower(firstLine)) {
            return Join.SPACE;
        }
        // A full last line runs on, unless what follows is a heading: a lone line without closing punctuation.
        boolean continues = prev.endsFull() && !firstLine.isEmpty() && Character.isLetterOrDigit(firstLine.charAt(0));
        return continues && !looksLikeHeading(next) ? Join.SPACE : Join.PARAGRAPH;
    }

    private static boolean looksLikeHeading(String pageText) {
        int end = pageText.indexOf("\n\n");
        String paragraph = end < 0 ? pageText : pageText.substring(0, end);
        return paragraph.indexOf('\n') < 0 && !endsTerminal(paragraph);
    }

    /** Null when {@code prev} does not end in a hyphenated word part. */
    static Join hyphenJoin(String prev, String next, Vocabulary words) {
        if (!endsHyphenated(prev) || next.isEmpty()) {
            return null;
        }
        if (prev.endsWith("\u00AD")) {
            return Join.NONE_DROP_HYPHEN;
        }
        char first = next.charAt(0);
        if (Character.isLowerCase(first)) {
            Matcher left = LAST_WORD.matcher(prev);
            Matcher right = FIRST_WORD.matcher(next);
            if (left.find() && right.find()) {
                String l = left.group(1).toLowerCase(Locale.ROOT);
                String r = right.group(1).toLowerCase(Locale.ROOT);
                if (words.contains(l + "-" + r) && !words.contains(l + r)) {
                    return Join.NONE_KEEP_HYPHEN;
                }
            }
            return Join.NONE_DROP_HYPHEN;
        }
        return Character.isLetterOrDigit(first) ? Join.NONE_KEEP_HYPHEN : null;
    }

    /**
     * The document's words, lower-cased, hyphenated compounds included, for the hyphenation decision. Built on first
     * use only: most documents never need it, and it is the costliest step for those that do.
     */
    static final class Vocabulary {
        private final List<List<String>> pages;
        private Set<String> words;

        Vocabulary(List<List<String>> pages) {
            this.pages = pages;
        }

        boolean contains(String word) {
            if (words == null) {
                words = new HashSet<>();
                for (List<String> lines : pages) {
                    for (String line : lines) {
                        addWords(line, words);
                    }
                }
            }
            return words.contains(word);
        }

        /** Letters, with inner hyphens and apostrophes; a hand-written scan, several times faster than a regex. */
        private static void addWords(String line, Set<String> into) {
            int n = line.length();
            int i = 0;
            while (i < n) {
                if (!Character.isLetter(line.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                int lastLetter = i;
                i++;
                while (i < n) {
                    char c = line.charAt(i);
                    if (Character.isLetter(c)) {
                        lastLetter = i;
                    } else if (c != '-' && c != '\'' && c != '’') {
                        break;
                    }
                    i++;
                }
                into.add(line.substring(start, lastLetter + 1).toLowerCase(Locale.ROOT));
                i = lastLetter + 1;
            }
        }
    }

    /** The page's usual line length; infinite when there are too few lines to tell a full line from a short one. */
    private static double typicalLength(List<String> lines) {
        int[] lengths = lines.stream().filter(l -> !l.isEmpty()).mapToInt(String::length).sorted().toArray();
        if (lengths.length < MIN_LINES_FOR_WIDTH) {
            return Double.POSITIVE_INFINITY;
        }
        return lengths[(int) Math.min(lengths.length - 1, Math.floor(lengths.length * WIDTH_PERCENTILE))];
    }

    /** Ends with sentence or clause punctuation, possibly followed by closing quotes or brackets. */
    static boolean endsTerminal(String s) {
        int i = s.length() - 1;
        while (i >= 0 && CLOSING_MARKS.indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && TERMINAL_MARKS.indexOf(s.charAt(i)) >= 0;
    }

    /** Ends with a letter and a hyphen: a word broken at the line end, or the first part of a compound. */
    static boolean endsHyphenated(String s) {
        int n = s.length();
        return n >= 2 && HYPHENS.indexOf(s.charAt(n - 1)) >= 0 && Character.isLetter(s.charAt(n - 2));
    }

    static boolean isListItem(String line) {
        return LIST_ITEM.matcher(line).find();
    }

    static boolean startsLower(String s) {
        return !s.isEmpty() && Character.isLowerCase(s.charAt(0));
    }

    static boolean startsUpper(String s) {
        return !s.isEmpty() && (Character.isUpperCase(s.charAt(0)) || Character.isDigit(s.charAt(0))
                || "\"“‘'(".indexOf(s.charAt(0)) >= 0);
    }
}
