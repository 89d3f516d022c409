package org.rapporteur.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Removes the markup that text extracted from PDFs and web pages carries, and the markup of Markdown files, leaving
 * readable plain text: emphasis marks, heading marks (the heading line stays), list markers (normalised to
 * {@code - }), link syntax (the link text stays), code fences, table pipes (cells become tab-separated), stray HTML
 * tags and entities.
 *
 * <p>Bold runs glued to the word before them, a common artefact when a name and a bold role line were extracted
 * without a line break ({@code Name**Role**}), are split onto two lines, so that the name and the role stay
 * separately readable. Bold marks are paired per paragraph, so a run may span several lines. Stateless,
 * thread-safe.
 */
final class MarkdownCleaner {
    private static final Pattern FENCE = Pattern.compile("(?m)^[ \\t]{0,3}(?:```|~~~).*$");
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]{0,3}(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})$");
    private static final Pattern SETEXT = Pattern.compile("(?m)^[ \\t]{0,3}=+[ \\t]*$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("(?m)^[ \\t]*\\|?(?:[ \\t]*:?-{3,}:?[ \\t]*\\|)+(?:[ \\t]*:?-{3,}:?[ \\t]*)?$");
    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^[ \\t]*\\|(.*\\|)[ \\t]*$");
    private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern BLOCKQUOTE = Pattern.compile("(?m)^[ \\t]{0,3}>(?:[ \\t]+(?![\\d=])|$)");
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^([ \\t]*)[*+][ \\t]+(?=\\S)");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]\\n]*)\\]\\([^)\\s]*(?:[ \\t]+\"[^\"\\n]*\")?\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)\\]\\([^)\\s]*(?:[ \\t]+\"[^\"\\n]*\")?\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto|ftp):[^<>\\s]+)>");
    private static final Pattern INLINE_CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern BOLD_MARK = Pattern.compile("\\*{2,3}");
    private static final Pattern UNDERSCORE_BOLD = Pattern.compile("(?<![\\w\\\\])__(?=[^\\s_])([^_\\n]+?)(?<=[^\\s_])__(?!\\w)");
    private static final Pattern STAR_EMPHASIS = Pattern.compile("(?<![\\w*\\\\])\\*(?=[^\\s*])([^*\\n]+?)(?<=[^\\s*])\\*(?![\\w*])");
    private static final Pattern UNDERSCORE_EMPHASIS = Pattern.compile("(?<![\\w\\\\])_(?=[^\\s_])([^_\\n]+?)(?<=[^\\s_])_(?!\\w)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<(?:br|hr)\\b[^<>]*>");
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)</?(?:p|div|h[1-6]|tr|blockquote|section|article|header|footer|main|aside|nav|figure|figcaption|pre|dl|dt|dd|address)\\b[^<>]*>");
    private static final Pattern LIST_ITEM_TAG = Pattern.compile("(?i)<li\\b[^<>]*>");
    /** Table, list and page-structure tags, with the blanks around a run of them: they separate, so leave one space. */
    private static final Pattern CELL_TAGS = Pattern.compile(
            "[ \\t]*(?:(?i)</?(?:td|th|ul|ol|li|table|thead|tbody|tfoot|caption|col|colgroup|center|html|head|body|title"
            + "|meta|link|img|iframe|label|input|button|form)\\b[^<>]*>[ \\t]*)+");
    private static final Pattern INLINE_TAG = Pattern.compile(
            "(?i)</?(?:a|abbr|b|big|cite|code|del|em|font|i|ins|kbd|mark|q|s|small|span|strike|strong|sub|sup|tt|u|time)\\b[^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n");

    /** Escaped characters hide in the private use area while the markup rules run, so {@code \*} stays a star. */
    private static final char ESCAPE_BASE = '\uE000';

    private MarkdownCleaner() {
    }

    static String clean(String text) {
        String s = TextNormaliser.mapCharacters(text);
        s = hideEscapes(s);
        if (s.contains("<!--")) {
            s = HTML_COMMENT.matcher(s).replaceAll("");
        }
        s = cleanLineMarkup(s);
        if (s.contains("](")) {
            s = replace(IMAGE, s, m -> m.group(1));
            s = replace(LINK, s, m -> m.group(1));
        }
        if (s.indexOf('<') >= 0) {
            s = replace(AUTOLINK, s, m -> m.group(1));
        }
        if (s.indexOf('`') >= 0) {
            s = replace(INLINE_CODE, s, m -> m.group(1));
        }
        s = removeBoldMarks(s);
        if (s.indexOf('_') >= 0) {
            s = replace(UNDERSCORE_BOLD, s, m -> m.group(1));
        }
        if (s.indexOf('*') >= 0) {
            s = replace(STAR_EMPHASIS, s, m -> m.group(1));
        }
        if (s.indexOf('_') >= 0) {
            s = replace(UNDERSCORE_EMPHASIS, s, m -> m.group(1));
        }
        s = removeHtml(s);
        s = restoreEscapes(s);
        return s;
    }

    /** Characters that may start a line-level construct; lines starting otherwise are left alone, cheaply. */
    private static final String LINE_MARKUP_STARTS = "`~*-_=|#>+:";

    /** Fences, rules, tables, headings, quotes and list markers: all decided by how a line starts. */
    private static String cleanLineMarkup(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int start = 0;
        int n = s.length();
        while (start <= n) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            int i = start;
            while (i < end && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            if (i < end && LINE_MARKUP_STARTS.indexOf(s.charAt(i)) >= 0) {
                out.append(cleanLine(s.substring(start, end)));
            } else {
                out.append(s, start, end);
            }
            if (nl < 0) {
                break;
            }
            out.append('\n');
            start = nl + 1;
        }
        return out.toString();
    }

    private static String cleanLine(String line) {
        String s = FENCE.matcher(line).replaceAll("");
        s = RULE.matcher(s).replaceAll("");
        s = SETEXT.matcher(s).replaceAll("");
        s = TABLE_SEPARATOR.matcher(s).replaceAll("");
        s = replace(TABLE_ROW, s, m -> tableRow(m.group(1)));
        s = replace(HEADING, s, m -> m.group(1) == null ? "" : m.group(1));
        s = BLOCKQUOTE.matcher(s).replaceAll("");
        return LIST_MARKER.matcher(s).replaceAll("$1- ");
    }

    private static String tableRow(String cells) {
        String[] parts = cells.substring(0, cells.length() - 1).split("\\|", -1);
        List<String> out = new ArrayList<>(parts.length);
        for (String p : parts) {
            out.add(p.strip());
        }
        return String.join("\t", out);
    }

    /**
     * Pairs bold marks within each paragraph: the first of a pair opens a run, the second closes it. A mark glued on
     * both sides between word characters becomes a line break (or a space after punctuation), so that neither the
     * run nor its neighbour is fused into one word; any other mark just disappears.
     */
    static String removeBoldMarks(String s) {
        if (s.indexOf("**") < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        Matcher para = PARAGRAPH_BREAK.matcher(s);
        int from = 0;
        while (para.find()) {
            boldInParagraph(s, from, para.start(), out);
            out.append(s, para.start(), para.end());
            from = para.end();
        }
        boldInParagraph(s, from, s.length(), out);
        return out.toString();
    }

    private static void boldInParagraph(String s, int start, int end, StringBuilder out) {
        Matcher m = BOLD_MARK.matcher(s).region(start, end);
        int copied = start;
        int index = 0;
        while (m.find()) {
            out.append(s, copied, m.start());
            char before = m.start() > start ? s.charAt(m.start() - 1) : ' ';
            char after = m.end() < end ? s.charAt(m.end()) : ' ';
            boolean opening = index % 2 == 0;
            out.append(opening ? openingSeparator(before, after) : closingSeparator(before, after));
            copied = m.end();
            index++;
        }
        out.append(s, copied, end);
    }

    private static String openingSeparator(char before, char after) {
        if (Character.isWhitespace(before) || Character.isWhitespace(after) || isOpeningPunctuation(before)) {
            return "";
        }
        if (Character.isLetterOrDigit(before) || isClosingPunctuation(before)) {
            return "\n";
        }
        return " ";
    }

    private static String closingSeparator(char before, char after) {
        if (Character.isWhitespace(before) || !Character.isLetterOrDigit(after)) {
            return "";
        }
        return "\n";
    }

    private static boolean isOpeningPunctuation(char c) {
        return "([{\"'“‘«<-–—/".indexOf(c) >= 0;
    }

    private static boolean isClosingPunctuation(char c) {
        return ")]}\"'”’»".indexOf(c) >= 0;
    }

    private static String removeHtml(String s) {
        if (s.indexOf('<') >= 0) {
            s = LINE_BREAK_TAG.matcher(s).replaceAll("\n");
            s = LIST_ITEM_TAG.matcher(s).replaceAll("\n- ");
            s = BLOCK_TAG.matcher(s).replaceAll("\n");
            s = removeCellTags(s);
            s = INLINE_TAG.matcher(s).replaceAll("");
        }
        if (s.indexOf('&') >= 0 && ENTITY.matcher(s).find()) {
            s = replace(ENTITY, s, m -> Parser.unescapeEntities(m.group(), false));
        }
        return s;
    }

    /** A run of cell or list tags becomes one space between words, nothing at the start or end of a line. */
    private static String removeCellTags(String s) {
        Matcher m = CELL_TAGS.matcher(s);
        StringBuilder b = new StringBuilder(s.length());
        while (m.find()) {
            boolean lineStart = m.start() == 0 || s.charAt(m.start() - 1) == '\n';
            boolean lineEnd = m.end() == s.length() || s.charAt(m.end()) == '\n';
            m.appendReplacement(b, lineStart || lineEnd ? "" : " ");
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String replace(Pattern p, String s, Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        do {
            m.appendReplacement(b, Matcher.quoteReplacement(f.apply(m)));
        } while (m.find());
        m.appendTail(b);
        return b.toString();
    }

    private static String hideEscapes(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        return replace(ESCAPE, s, m -> String.valueOf((char) (ESCAPE_BASE + m.group(1).charAt(0))));
    }

    private static String restoreEscapes(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= ESCAPE_BASE && c < ESCAPE_BASE + 128) {
                if (b == null) {
                    b = new StringBuilder(s.length());
                    b.append(s, 0, i);
                }
                b.append((char) (c - ESCAPE_BASE));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
