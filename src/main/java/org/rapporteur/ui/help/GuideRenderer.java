package org.rapporteur.ui.help;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleExpression;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.rapporteur.ui.common.Tooltips;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Turns the guide's parsed Markdown into JavaFX nodes: headings, paragraphs with emphasis, code and links, lists,
 * code blocks, quotes, tables and images (scaled down to the width they have, never up). Records the headings (for
 * the contents and for links that jump) and every run of text (for find). FX thread: it makes nodes; the parsing and
 * the images' decoding happened before, in the background.
 */
final class GuideRenderer {
    static final String TEXT = "guide-text";
    static final String HEADING = "guide-heading";
    static final String LINK = "guide-link";
    static final String OUTSIDE_LINK = "guide-outside-link";
    static final String IMAGE = "guide-image";
    static final String MISSING_IMAGE = "guide-missing-image";
    static final String DOCUMENT = "guide-document";

    /** A heading of the guide: where it is (document, anchor), its words and level, and its node to scroll to. */
    record HeadingEntry(String document, String text, int level, String anchor, javafx.scene.Node node) {
    }

    /** What was made: the content, its headings, its runs of text, the images shown and those not found. */
    record Rendered(VBox content, List<HeadingEntry> headings, List<GuideText> texts, List<ImageView> images,
            List<String> missingImages) {
    }

    private final Map<String, Image> images;
    private final GuideLinks links;
    private final Consumer<GuideLinks.Target> onLink;
    private final List<HeadingEntry> headings = new ArrayList<>();
    private final List<GuideText> texts = new ArrayList<>();
    private final List<ImageView> shownImages = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();
    private final Deque<String> styles = new ArrayDeque<>();
    private String document;
    private GuideLinks.Target link;

    /**
     * @param images the guide's images by their path in the repository, decoded
     * @param onLink called with the target of a clicked link (inside the guide, or outside the app)
     */
    GuideRenderer(Map<String, Image> images, GuideLinks links, Consumer<GuideLinks.Target> onLink) {
        this.images = images;
        this.links = links;
        this.onLink = onLink;
    }

    /** A top-level block still to render, with the document it belongs to. */
    private record Pending(String document, Node block, boolean firstOfDocument) {
    }

    private final java.util.ArrayDeque<Pending> pending = new java.util.ArrayDeque<>();
    private final VBox content = new VBox(10);
    private DoubleExpression width;
    private VBox section;

    /**
     * Starts rendering {@code documents} one after the other into a column as wide as {@code width}: the column is
     * {@link #content()} at once, filled by {@link #renderFor} in slices.
     */
    void begin(List<GuideSource.GuideDocument> documents, DoubleExpression columnWidth) {
        width = columnWidth;
        content.getStyleClass().add("guide-content");
        for (GuideSource.GuideDocument d : documents) {
            boolean first = true;
            for (Node block : d.blocks()) {
                pending.add(new Pending(d.path(), block, first));
                first = false;
            }
        }
    }

    VBox content() {
        return content;
    }

    /**
     * Renders blocks for about {@code nanos} (at least one), so a long guide fills over a few frames instead of
     * holding the FX thread for all of it; true when every block is in.
     */
    boolean renderFor(long nanos) {
        long end = System.nanoTime() + nanos;
        do {
            Pending p = pending.poll();
            if (p == null) {
                break;
            }
            if (p.firstOfDocument()) {
                document = p.document();
                if (!content.getChildren().isEmpty()) {
                    content.getChildren().add(new Separator());
                }
                section = new VBox(10);
                section.getStyleClass().add(DOCUMENT);
                content.getChildren().add(section);
            }
            block(p.block(), section, width);
        } while (System.nanoTime() < end);
        return pending.isEmpty();
    }

    /** What was made; call when {@link #renderFor} said it is done. */
    Rendered result() {
        return new Rendered(content, List.copyOf(headings), List.copyOf(texts), List.copyOf(shownImages),
                List.copyOf(missing));
    }

    /** Renders {@code documents} all at once (tests of the renderer alone). */
    Rendered render(List<GuideSource.GuideDocument> documents, DoubleExpression columnWidth) {
        begin(documents, columnWidth);
        while (!renderFor(Long.MAX_VALUE / 4)) {
            // renders everything
        }
        return result();
    }

    private void block(Node n, Pane into, DoubleExpression width) {
        switch (n) {
            case Heading h -> {
                GuideText t = inlines(h, List.of(HEADING, "guide-h" + Math.min(h.getLevel(), 4)));
                into.getChildren().add(t);
                headings.add(new HeadingEntry(document, GuideSource.text(h), h.getLevel(),
                        GuideLinks.anchorOf(GuideSource.text(h)), t));
            }
            case Paragraph p -> paragraph(p, into, width);
            case BulletList l -> into.getChildren().add(list(l, width, -1));
            case OrderedList l -> into.getChildren().add(list(l, width, l.getMarkerStartNumber() == null ? 1
                    : l.getMarkerStartNumber()));
            case FencedCodeBlock c -> into.getChildren().add(codeBlock(c.getLiteral()));
            case IndentedCodeBlock c -> into.getChildren().add(codeBlock(c.getLiteral()));
            case BlockQuote q -> {
                VBox quote = new VBox(6);
                quote.getStyleClass().add("guide-quote");
                for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
                    block(c, quote, width.subtract(16));
                }
                into.getChildren().add(quote);
            }
            case ThematicBreak t -> into.getChildren().add(new Separator());
            case TableBlock t -> into.getChildren().add(table(t, width));
            default -> {
                // HTML blocks (comments) and anything else carry nothing for a reader
            }
        }
    }

    /** A paragraph: its words as one run of text, an image on its own line (a screenshot) as a picture. */
    private void paragraph(Node p, Pane into, DoubleExpression width) {
        GuideText words = null;
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof org.commonmark.node.Image img) {
                into.getChildren().add(image(img, width));
                words = null;
                continue;
            }
            if (words == null) {
                if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                    continue;
                }
                words = newText(List.of());
                into.getChildren().add(words);
            }
            inline(c, words);
        }
    }

    private GuideText inlines(Node parent, List<String> classes) {
        GuideText t = newText(classes);
        styles.addAll(classes);
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            inline(c, t);
        }
        classes.forEach(x -> styles.removeLastOccurrence(x));
        return t;
    }

    private GuideText newText(List<String> classes) {
        GuideText t = new GuideText();
        t.getStyleClass().add("guide-block");
        t.getStyleClass().addAll(classes);
        texts.add(t);
        return t;
    }

    private void inline(Node n, GuideText into) {
        switch (n) {
            case Text t -> run(t.getLiteral(), into);
            case Code c -> styled("guide-code", () -> run(c.getLiteral(), into));
            case Emphasis e -> styled("guide-em", () -> children(e, into));
            case StrongEmphasis s -> styled("guide-strong", () -> children(s, into));
            case SoftLineBreak b -> run(" ", into);
            case HardLineBreak b -> run("\n", into);
            case HtmlInline h -> {
                if (h.getLiteral().matches("(?i)<br\\s*/?>")) {
                    run("\n", into);
                }
            }
            case Link l -> {
                GuideLinks.Target before = link;
                link = links.resolve(document, l.getDestination());
                styled(link instanceof GuideLinks.Outside ? OUTSIDE_LINK : LINK, () -> children(l, into));
                link = before;
            }
            case org.commonmark.node.Image img -> run(altText(img), into); // an image inside words: its words
            default -> children(n, into);
        }
    }

    private void children(Node parent, GuideText into) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            inline(c, into);
        }
    }

    private void styled(String styleClass, Runnable inside) {
        styles.addLast(styleClass);
        inside.run();
        styles.removeLast();
    }

    private void run(String s, GuideText into) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.getStyleClass().add(TEXT);
        t.getStyleClass().addAll(styles);
        if (link != null) {
            GuideLinks.Target target = link;
            switch (target) {
                case GuideLinks.Outside o -> Tooltips.onHover(t, o.path()
                        + " is a file of the project's source, not part of this guide");
                case GuideLinks.External e -> {
                    Tooltips.onHover(t, e.uri());
                    clickable(t, target);
                }
                case GuideLinks.Internal i -> clickable(t, target);
            }
        }
        into.add(t);
    }

    private void clickable(javafx.scene.text.Text t, GuideLinks.Target target) {
        t.setCursor(Cursor.HAND);
        t.setOnMouseClicked(e -> onLink.accept(target));
    }

    private javafx.scene.Node image(org.commonmark.node.Image img, DoubleExpression width) {
        String path = GuideLinks.resolvePath(document, img.getDestination());
        Image image = images.get(path);
        String alt = altText(img);
        if (image == null || image.isError()) {
            missing.add(path);
            Label l = new Label("[" + (alt.isBlank() ? path : alt) + ": picture not in this build]");
            l.getStyleClass().add(MISSING_IMAGE);
            return l;
        }
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.getStyleClass().add(IMAGE);
        view.fitWidthProperty().bind(Bindings.max(40, Bindings.min(image.getWidth(), width)));
        if (!alt.isBlank()) {
            Tooltips.onHover(view, alt);
            view.setAccessibleText(alt);
        }
        shownImages.add(view);
        return view;
    }

    private static String altText(org.commonmark.node.Image img) {
        return GuideSource.text(img);
    }

    private javafx.scene.Node codeBlock(String literal) {
        GuideText t = newText(List.of("guide-code-block"));
        styled("guide-code", () -> run(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal,
                t));
        VBox box = new VBox(t);
        box.getStyleClass().add("guide-code-box");
        return box;
    }

    /** A list: a marker and the item's blocks, each item indented by the marker's width. */
    private VBox list(Node list, DoubleExpression width, int start) {
        VBox items = new VBox(4);
        items.getStyleClass().add("guide-list");
        int number = start;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            Label marker = new Label(start < 0 ? "•" : number++ + ".");
            marker.getStyleClass().add("guide-list-marker");
            marker.setMinWidth(22);
            marker.setAlignment(Pos.TOP_RIGHT);
            VBox body = new VBox(4);
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                block(c, body, width.subtract(30));
            }
            HBox.setHgrow(body, Priority.ALWAYS);
            HBox row = new HBox(8, marker, body);
            items.getChildren().add(row);
        }
        return items;
    }

    /** A table in columns of equal width; a header row of empty cells (the screenshot tables) is left out. */
    private GridPane table(TableBlock table, DoubleExpression width) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("guide-table");
        grid.setHgap(12);
        grid.setVgap(6);
        List<List<TableCell>> rows = new ArrayList<>();
        List<Boolean> header = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    List<TableCell> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell tc) {
                            cells.add(tc);
                        }
                    }
                    rows.add(cells);
                    header.add(part instanceof TableHead);
                }
            }
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHalignment(HPos.LEFT);
            grid.getColumnConstraints().add(cc);
        }
        DoubleExpression cellWidth = width.subtract(grid.getHgap() * (columns - 1)).divide(columns).subtract(16);
        int r = 0;
        for (int i = 0; i < rows.size(); i++) {
            List<TableCell> cells = rows.get(i);
            boolean head = header.get(i);
            if (head && cells.stream().allMatch(c -> GuideSource.text(c).isBlank())) {
                continue;
            }
            for (int c = 0; c < cells.size(); c++) {
                VBox cell = new VBox(4);
                cell.getStyleClass().add(head ? "guide-table-head" : "guide-table-cell");
                if (head) {
                    styles.addLast("guide-strong");
                }
                paragraph(cells.get(c), cell, cellWidth);
                if (head) {
                    styles.removeLast();
                }
                GridPane.setValignment(cell, VPos.TOP);
                grid.add(cell, c, r);
            }
            r++;
        }
        grid.maxWidthProperty().bind(width);
        return grid;
    }
}
