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
}
