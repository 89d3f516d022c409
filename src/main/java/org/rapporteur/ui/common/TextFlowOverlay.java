package org.rapporteur.ui.common;

import javafx.geometry.Orientation;
import javafx.scene.layout.Region;
import javafx.scene.text.TextFlow;

/**
 * A {@link TextFlow} with shapes drawn over (or under) ranges of its text — marks, hits, a selection — that sizes
 * exactly as the flow does: width-bound like wrapped text, no minimum width, so it wraps in any column. The flow is
 * laid out first, then the subclass puts its shapes on the flow's range shapes ({@link #layoutMarks}). The reader's
 * marked paragraphs and the user guide's findable text are two of these.
 */
public abstract class TextFlowOverlay extends Region {
    /** The text; subclasses add its runs and the shapes, in the z-order they need, to {@link #getChildren()}. */
    protected final TextFlow flow = new TextFlow();

    /** Puts the shapes on the ranges they mark; called after the flow was laid out at the region's size. */
    protected abstract void layoutMarks();

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return flow.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return flow.prefHeight(width);
    }

    @Override
    protected double computeMinHeight(double width) {
        return flow.minHeight(width);
    }

    @Override
    protected final void layoutChildren() {
        flow.resizeRelocate(0, 0, getWidth(), getHeight());
        flow.layout();
        layoutMarks();
    }
}
