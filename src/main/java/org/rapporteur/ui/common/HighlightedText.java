package org.rapporteur.ui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.text.Text;
import org.rapporteur.model.Highlight;

/**
 * Turns a text and its highlight ranges into {@link Text} runs for a {@code TextFlow}: plain runs carry
 * {@code baseStyle}, matched runs also {@link Styles#HIT}. Ranges that overlap, run backwards or fall outside the
 * text are skipped, so a stale highlight never throws.
 */
public final class HighlightedText {
    private HighlightedText() {
    }

    public static List<Text> runs(String text, List<Highlight> highlights, String baseStyle) {
        List<Text> out = new ArrayList<>();
        int at = 0;
        for (Highlight h : highlights) {
            if (h.start() < at || h.end() > text.length() || h.end() <= h.start()) {
                continue;
            }
            if (h.start() > at) {
                out.add(run(text.substring(at, h.start()), baseStyle));
            }
            Text hit = run(text.substring(h.start(), h.end()), baseStyle);
            hit.getStyleClass().add(Styles.HIT);
            out.add(hit);
            at = h.end();
        }
        if (at < text.length()) {
            out.add(run(text.substring(at), baseStyle));
        }
        return out;
    }

    private static Text run(String s, String style) {
        Text t = new Text(s);
        if (style != null) {
            t.getStyleClass().add(style);
        }
        return t;
    }
}
