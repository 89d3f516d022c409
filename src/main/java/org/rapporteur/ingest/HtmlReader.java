package org.rapporteur.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.rapporteur.model.DeclaredMetadata;

/**
 * Reads {@code .html}/{@code .htm} pages with jsoup into readable text: block elements become paragraphs, headings
 * stand on their own lines, list items become lines starting with {@code - } (or {@code 1. } in ordered lists),
 * table rows become lines of tab-separated cells, {@code <br>} a line break. Scripts, styles, navigation, forms and
 * other non-content elements are dropped. The charset comes from the byte-order mark, else the page's
 * {@code <meta>} declaration, else the bytes ({@link TextDecoder}). The page title leads the text when the body has
 * no top-level heading. What the page declares about itself is read beside the text ({@link HtmlMetadata}). Unpaged. Stateless, thread-safe.
 */
final class HtmlReader implements FormatReader {
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");
    private static final int META_WINDOW = 4096;
    private static final String DROPPED = "script, style, noscript, template, nav, iframe, svg, object, embed, form,"
            + " button, select, canvas, audio, video, map, [role=navigation], [hidden], [aria-hidden=true]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "blockquote", "pre", "figure", "figcaption", "address", "dl", "dt", "dd", "ul", "ol", "table",
            "caption", "fieldset", "details", "summary", "center", "body", "h1", "h2", "h3", "h4", "h5", "h6", "hr");

    @Override
    public ExtractedText read(Path file, byte[] bytes, ReadBudget budget) throws ReadFailure {
        Document doc = Jsoup.parse(decode(bytes), file.toUri().toString());
        budget.checkTime(); // parsing is one library call; the walk below is ours and quick
        DeclaredMetadata declared = HtmlMetadata.read(doc); // before scripts go: JSON-LD lives in one
        doc.select(DROPPED).remove();
        TextBuilder out = new TextBuilder();
        String title = doc.title().strip();
        if (!title.isEmpty() && doc.body().selectFirst("h1") == null) {
            out.text(title);
            out.paragraph();
        }
        NodeTraversor.traverse(new Visitor(out), doc.body());
        return ExtractedText.unpaged(TextNormaliser.normalise(out.toString())).withDeclared(declared);
    }

    /** BOM first, then a meta charset that differs from what the bytes alone suggest. */
    private static String decode(byte[] bytes) throws ReadFailure {
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        boolean bom = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xEF || (bytes[0] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFE);
        if (bom || d.charset().name().startsWith("UTF-16")) {
            return d.text();
        }
        String head = new String(bytes, 0, Math.min(bytes.length, META_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            try {
                Charset declared = Charset.forName(m.group(1).strip());
                if (!declared.equals(d.charset()) && !declared.name().startsWith("UTF-16")) {
                    // A page declaring UTF-8 whose bytes are not UTF-8 is mislabelled: keep what the bytes say.
                    if (!(declared.equals(StandardCharsets.UTF_8) && d.charset().equals(TextDecoder.WINDOWS_1252))) {
                        return new String(bytes, declared);
                    }
                }
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // an unknown declaration: the bytes decide
            }
        }
        return d.text();
    }

    /** Appends text with collapsed whitespace and asks for line or paragraph breaks, which merge. */
    private static final class TextBuilder {
        private final StringBuilder b = new StringBuilder();
        private int pendingBreaks;
        /** Just after a list marker: a paragraph opening inside the item must not split marker from text. */
        private boolean atItemStart;

        void text(String s) {
            if (s.isEmpty()) {
                return;
            }
            flushBreaks();
            if (s.charAt(0) == ' ' && (b.isEmpty() || endsWithSpace())) {
                s = s.substring(1);
            }
            if (!s.isEmpty()) {
                atItemStart = false;
            }
            b.append(s);
        }

        void raw(String s) {
            flushBreaks();
            b.append(s);
        }

        void marker(String s) {
            raw(s);
            atItemStart = true;
        }

        void line() {
            if (!atItemStart) {
                pendingBreaks = Math.max(pendingBreaks, 1);
            }
        }

        void paragraph() {
            if (!atItemStart) {
                pendingBreaks = 2;
            }
        }

        /** A line break that is never merged away, as {@code <br><br>} is two breaks. */
        void hardBreak() {
            atItemStart = false;
            flushBreaks();
            b.append('\n');
        }

        private void flushBreaks() {
            if (pendingBreaks > 0 && !b.isEmpty()) {
                while (!b.isEmpty() && b.charAt(b.length() - 1) == ' ') {
                    b.setLength(b.length() - 1);
                }
                int have = 0;
                for (int i = b.length() - 1; i >= 0 && b.charAt(i) == '\n' && have < 2; i--) {
                    have++;
                }
                for (int i = have; i < pendingBreaks; i++) {
                    b.append('\n');
                }
            }
            pendingBreaks = 0;
        }

        private boolean endsWithSpace() {
            char c = b.charAt(b.length() - 1);
            return c == ' ' || c == '\n' || c == '\t';
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }

    private static final class Visitor implements NodeVisitor {
        private final TextBuilder out;
        /** Per open list: -1 for unordered, else the next item number. */
        private final Deque<int[]> lists = new ArrayDeque<>();
        private int pre;
        /** Depth of table cells: inside one, blocks and breaks are spaces, so a row stays one line. */
        private int cell;
        /** Depth of list items: inside one, blocks end lines, not paragraphs, so items stay together. */
        private int item;

        Visitor(TextBuilder out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                out.text(pre > 0 ? t.getWholeText() : t.text().isBlank() ? (t.getWholeText().isEmpty() ? "" : " ")
                        : collapse(t.getWholeText()));
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (cell > 0 && !tag.equals("td") && !tag.equals("th") && !tag.equals("tr")
                    && (BLOCKS.contains(tag) || tag.equals("br") || tag.equals("li"))) {
                out.text(" ");
                return;
            }
            switch (tag) {
                case "br" -> out.hardBreak();
                case "li" -> {
                    item++;
                    out.line();
                    int[] list = lists.peek();
                    out.marker(list != null && list[0] >= 0 ? list[0]++ + ". " : "- ");
                }
                case "ul" -> {
                    lists.push(new int[] {-1});
                    out.line();
                }
                case "ol" -> {
                    lists.push(new int[] {startOf(e)});
                    out.line();
                }
                case "tr" -> out.line();
                case "td", "th" -> {
                    if (e.elementSiblingIndex() > 0) {
                        out.raw("\t");
                    }
                    cell++;
                }
                case "pre" -> {
                    pre++;
                    out.paragraph();
                }
                default -> block(tag);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (tag.equals("td") || tag.equals("th")) {
                cell--;
                return;
            }
            if (cell > 0 && !tag.equals("tr") && (BLOCKS.contains(tag) || tag.equals("li"))) {
                out.text(" ");
                return;
            }
            switch (tag) {
                case "li" -> {
                    item--;
                    out.line();
                }
                case "tr" -> out.line();
                case "ul", "ol" -> {
                    lists.poll();
                    if (lists.isEmpty()) {
                        out.paragraph();
                    } else {
                        out.line();
                    }
                }
                case "pre" -> {
                    pre--;
                    out.paragraph();
                }
                default -> block(tag);
            }
        }

        private void block(String tag) {
            if (BLOCKS.contains(tag)) {
                if (item > 0) {
                    out.line();
                } else {
                    out.paragraph();
                }
            }
        }

        private static int startOf(Element ol) {
            try {
                return ol.hasAttr("start") ? Integer.parseInt(ol.attr("start").strip()) : 1;
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        private static String collapse(String s) {
            return s.replaceAll("[\\s\u00A0]+", " ").replace('\u00A0', ' ');
        }
    }
}
