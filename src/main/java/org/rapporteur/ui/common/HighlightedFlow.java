package org.rapporteur.ui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.rapporteur.model.Highlight;

/**
 * A text flow showing a text with its hit words highlighted, which keeps its {@link Text} runs between updates: in a
 * list cell it shows a different claim on every scroll step, and a new Text node costs a style lookup that a
 * relabelled one does not. Use on the FX thread.
 */
public final class HighlightedFlow extends TextFlow {
    private final String baseStyle;
    private final List<Text> pool = new ArrayList<>();

    public HighlightedFlow(String baseStyle) {
        this.baseStyle = baseStyle;
        getStyleClass().add(baseStyle);
    }

    public void show(String text, List<Highlight> highlights) {
        List<HighlightedText.Segment> segments = HighlightedText.segments(text, highlights);
        while (pool.size() < segments.size()) {
            Text t = new Text();
            t.getStyleClass().add(baseStyle);
            pool.add(t);
        }
        for (int i = 0; i < segments.size(); i++) {
            Text t = pool.get(i);
            HighlightedText.Segment s = segments.get(i);
            t.setText(s.text());
            boolean marked = t.getStyleClass().contains(Styles.HIT);
            if (s.hit() && !marked) {
                t.getStyleClass().add(Styles.HIT);
            } else if (!s.hit() && marked) {
                t.getStyleClass().remove(Styles.HIT);
            }
        }
        List<Text> shown = pool.subList(0, segments.size());
        if (!getChildren().equals(shown)) {
            getChildren().setAll(shown);
        }
    }
}
