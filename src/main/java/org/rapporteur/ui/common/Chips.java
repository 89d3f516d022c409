package org.rapporteur.ui.common;

import javafx.scene.control.Label;

/** Small rounded labels for countries, themes and tags (style classes {@link Styles#CHIP} + a kind). */
public final class Chips {
    private Chips() {
    }

    public static Label chip(String text, String kind) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.CHIP, kind);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    /** Puts a dot of the codebook colour ({@code #RRGGBB}) before the chip's text; nothing if it cannot be read. */
    public static void dot(Label chip, String colour) {
        if (colour == null) {
            return;
        }
        try {
            chip.setGraphic(new javafx.scene.shape.Circle(4, javafx.scene.paint.Color.web(colour)));
        } catch (IllegalArgumentException e) {
            chip.setGraphic(null); // a hand-edited codebook colour we cannot read: no dot rather than no chip
        }
    }
}
