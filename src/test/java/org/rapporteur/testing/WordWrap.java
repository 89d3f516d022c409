package org.rapporteur.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Greedy word wrap for the fixtures that set invented text on pages (PDF fonts, or Java2D for scanned pages). */
public final class WordWrap {
    private WordWrap() {
    }

    /** The lines of {@code text}, each as many words as fit in {@code maxWidth} as {@code widthOf} measures them. */
    public static List<String> wrap(String text, ToDoubleFunction<String> widthOf, double maxWidth) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && widthOf.applyAsDouble(candidate) > maxWidth) {
                out.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }
}
