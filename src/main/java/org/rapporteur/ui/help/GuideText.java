package org.rapporteur.ui.help;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.rapporteur.ui.common.TextFlowOverlay;

/**
 * A run of the guide's text (a paragraph, a heading, a list item's words, a table cell) in a {@link TextFlow}, with
 * the find's matches drawn behind the words: all matches in one shade, the current one in a stronger one. Shapes come
 * from {@link TextFlow#getRangeShape} in every layout pass, so they follow re-wrapping. FX thread only.
 */
final class GuideText extends TextFlowOverlay {
    static final String MATCH = "guide-match";
    static final String CURRENT_MATCH = "guide-match-current";

    /** A range of this block's text. */
    record Range(int start, int end) {
    }

    private final Path matches = new Path();
    private final Path current = new Path();
    private final List<Range> matchRanges = new ArrayList<>();
    private Range currentRange;

    GuideText() {
        matches.getStyleClass().add(MATCH);
        current.getStyleClass().add(CURRENT_MATCH);
        for (Path p : List.of(matches, current)) {
            p.setManaged(false);
            p.setMouseTransparent(true);
        }
        getChildren().addAll(matches, current, flow); // behind the words
        setMinWidth(0);
    }

    TextFlow flow() {
        return flow;
    }

    void add(Text run) {
        flow.getChildren().add(run);
    }

    /** The words of this block, as find searches them: its runs' texts in order. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (var n : flow.getChildren()) {
            if (n instanceof Text t) {
                sb.append(t.getText());
            }
        }
        return sb.toString();
    }

    /** Marks {@code all} (this block's matches) and {@code now} (the current one, or null). */
    void mark(List<Range> all, Range now) {
        matchRanges.clear();
        matchRanges.addAll(all);
        currentRange = now;
        if (all.isEmpty()) {
            matches.getElements().clear();
        }
        if (now == null) {
            current.getElements().clear();
        }
        requestLayout();
    }

    boolean marked() {
        return !matchRanges.isEmpty();
    }

    @Override
    protected void layoutMarks() {
        List<PathElement> all = new ArrayList<>();
        for (Range r : matchRanges) {
            all.addAll(List.of(flow.getRangeShape(r.start(), r.end(), false)));
        }
        matches.getElements().setAll(all);
        if (currentRange != null) {
            current.getElements().setAll(flow.getRangeShape(currentRange.start(), currentRange.end(), false));
        }
    }
}
