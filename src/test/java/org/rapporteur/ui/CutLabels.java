package org.rapporteur.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.rapporteur.ui.common.Styles;

/**
 * Finds what a person would see cut in a laid-out scene: a label, button or check box whose rendered text is not its
 * text (the skin shortened it with an ellipsis, or to nothing), and a control that sticks out of its parent's box (an
 * HBox too narrow for its children lets them run past its edge, where the tab clips them). Cells of lists and tables
 * are left out, and so are values marked {@link Styles#FULL_TEXT_ON_HOVER}: they shorten long values on purpose and
 * show them in full in a tooltip.
 */
public final class CutLabels {
    private CutLabels() {
    }

    /** One finding: what was cut and how, for the assertion message. */
    public record Cut(String what, String how) {
        @Override
        public String toString() {
            return what + " " + how;
        }
    }

    /** Every cut control under {@code root} that can be seen (visible, with every ancestor visible). */
    public static List<Cut> under(Node root) {
        List<Cut> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Node n, List<Cut> out) {
        if (!n.isVisible() || n instanceof Cell<?> || n instanceof TableColumnHeader
                || n.getStyleClass().contains(Styles.FULL_TEXT_ON_HOVER)) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            String shown = renderedText(l);
            if (shown != null && !shown.equals(l.getText().replace("_", "")) && !shown.equals(l.getText())) {
                out.add(new Cut(describe(l), "shows \"" + shown + "\" (width " + Math.round(l.getWidth())
                        + ", needs " + Math.round(l.prefWidth(-1)) + ")"));
            }
        }
        if (n instanceof Region r && r.getParent() instanceof Region parent && !(parent instanceof javafx.scene.control.ScrollPane)
                && r.getWidth() > 0 && isControlLike(r)) {
            Bounds b = r.getBoundsInParent();
            double right = parent.getWidth() - parent.snappedRightInset();
            if (b.getMaxX() > right + 1 && parent.getWidth() > 0 && !parent.getStyleClass().contains("clipped-container")
                    && !isScrolled(parent)) {
                out.add(new Cut(describe(r), "ends at x=" + Math.round(b.getMaxX()) + " past its parent's "
                        + Math.round(right)));
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, out);
            }
        }
    }

    /** The text the skin draws: its Text child, which holds the shortened string when the label is cut. */
    private static String renderedText(Labeled l) {
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && c != l.getGraphic()) { // an icon font's glyph is a Text too
                return c.isVisible() ? t.getText() : "";
            }
        }
        return null; // no skin yet, or text drawn by a graphic only
    }

    /** Labels, buttons, boxes: the things in toolbars a person reads or clicks. */
    private static boolean isControlLike(Region r) {
        return r instanceof javafx.scene.control.Control;
    }

    /** A virtualised list or table lays its rows wider than itself and scrolls them: not a cut. */
    private static boolean isScrolled(Region parent) {
        for (Node a = parent; a != null; a = a.getParent()) {
            if (a instanceof javafx.scene.control.ScrollPane || a instanceof javafx.scene.control.ListView<?>
                    || a instanceof javafx.scene.control.TableView<?> || a instanceof javafx.scene.control.TreeView<?>) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node n) {
        String text = n instanceof Labeled l && l.getText() != null ? " \"" + l.getText() + "\"" : "";
        String where = n.getParent() == null ? "" : " in " + n.getParent().getClass().getSimpleName()
                + n.getParent().getStyleClass();
        return n.getClass().getSimpleName() + text + where;
    }
}
