package org.rapporteur.ui.reader;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.HitInfo;
import javafx.scene.text.TextFlow;
import org.rapporteur.ui.common.TextFlowOverlay;

/**
 * A {@link TextFlow} with translucent marks drawn over ranges of its text (earlier selection tags and notes, each with
 * a tooltip) and the current selection on top. Shapes come from {@link TextFlow#getRangeShape} and are recomputed in
 * every layout pass, so they follow re-wrapping when the reader is resized.
 */
final class MarkedTextFlow extends TextFlowOverlay {
    static final String MARK = "reader-mark";
    static final String MARK_DEFAULT = "reader-mark-default";
    static final String MARK_NOTE = "reader-mark-note";
    static final String SELECTION = "reader-selection";
    static final String STYLE_CLASS = "marked-text-flow";

    /** A range of this flow's text, relative to its first character. */
    record Range(int start, int end) {
    }

    private final Path selection = new Path();
    private final List<Path> markPaths = new ArrayList<>();
    private final List<Range> markRanges = new ArrayList<>();
    private Range selected;

    MarkedTextFlow() {
        selection.getStyleClass().add(SELECTION);
        selection.setManaged(false);
        selection.setMouseTransparent(true);
        getChildren().addAll(flow, selection);
        getStyleClass().add(STYLE_CLASS);
        setMinWidth(0);
    }

    TextFlow flow() {
        return flow;
    }

    /** Replaces the marks; {@code ranges} are relative to this flow's text and clipped to it. */
    void setMarks(List<SelectionMark> marks, int blockStart, int length) {
        getChildren().removeAll(markPaths);
        markPaths.clear();
        markRanges.clear();
        for (SelectionMark m : marks) {
            Range r = new Range(Math.max(0, m.start() - blockStart), Math.min(length, m.end() - blockStart));
            if (r.start() >= r.end()) {
                continue;
            }
            Path p = new Path();
            p.setManaged(false);
            p.getStyleClass().add(MARK);
            Color c = parse(m.colour());
            if (m.kind() == SelectionMark.Kind.NOTE) {
                p.getStyleClass().add(MARK_NOTE);
            } else if (c == null) {
                p.getStyleClass().add(MARK_DEFAULT);
            } else {
                // The tag's own colour is data, not style: set in code, translucent so the words stay legible.
                p.setFill(Color.color(c.getRed(), c.getGreen(), c.getBlue(), 0.32));
                p.setStroke(Color.TRANSPARENT);
            }
            Tooltip.install(p, new Tooltip(m.kind() == SelectionMark.Kind.NOTE ? "Note: " + m.label()
                    : "#" + m.label()));
            markPaths.add(p);
            markRanges.add(r);
        }
        // Marks above the text (so hovering anywhere on them names the tag), the selection above the marks.
        getChildren().addAll(1, markPaths);
        requestLayout();
    }

    /** Shows {@code [start, end)} (relative to this flow's text) as selected, or nothing for null. */
    void setSelection(Range r) {
        if (java.util.Objects.equals(r, selected)) {
            return;
        }
        selected = r;
        if (r == null) {
            selection.getElements().clear();
        } else {
            requestLayout();
        }
    }

    int markCount() {
        return markPaths.size();
    }

    boolean selectionShapeEmpty() {
        return selection.getElements().isEmpty();
    }

    /** The caret position nearest to a point in scene coordinates (for selecting). */
    int insertionIndexAt(double sceneX, double sceneY) {
        return hit(sceneX, sceneY).getInsertionIndex();
    }

    /** The character under a point in scene coordinates (for clicking a claim). */
    int charIndexAt(double sceneX, double sceneY) {
        return hit(sceneX, sceneY).getCharIndex();
    }

    private HitInfo hit(double sceneX, double sceneY) {
        Point2D p = flow.sceneToLocal(sceneX, sceneY);
        return flow.getHitInfo(p);
    }

    private static Color parse(String colour) {
        if (colour == null || colour.isBlank()) {
            return null;
        }
        try {
            return Color.web(colour);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    protected void layoutMarks() {
        for (int i = 0; i < markPaths.size(); i++) {
            Range r = markRanges.get(i);
            markPaths.get(i).getElements().setAll(shape(r));
        }
        if (selected != null) {
            selection.getElements().setAll(shape(selected));
        }
    }

    private PathElement[] shape(Range r) {
        return flow.getRangeShape(r.start(), r.end(), false);
    }
}
