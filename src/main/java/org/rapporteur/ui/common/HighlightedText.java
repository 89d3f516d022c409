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

    /** A piece of the text, matched by the query or not. */
    public record Segment(String text, boolean hit) {
    }

    public static List<Text> runs(String text, List<Highlight> highlights, String baseStyle) {
        List<Text> out = new ArrayList<>();
        for (Segment s : segments(text, highlights)) {
            Text t = run(s.text(), baseStyle);
            if (s.hit()) {
                t.getStyleClass().add(Styles.HIT);
            }
            out.add(t);
        }
        return out;
    }

    /** The text cut at the highlight ranges, in order; bad ranges are skipped. */
    public static List<Segment> segments(String text, List<Highlight> highlights) {
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (Highlight h : highlights) {
            if (h.start() < at || h.end() > text.length() || h.end() <= h.start()) {
                continue;
            }
            if (h.start() > at) {
                out.add(new Segment(text.substring(at, h.start()), false));
            }
            out.add(new Segment(text.substring(h.start(), h.end()), true));
            at = h.end();
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), false));
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
