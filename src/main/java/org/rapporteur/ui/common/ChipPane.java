package org.rapporteur.ui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * A wrapping row of chips that keeps its labels between updates: a list cell shows a different claim on every
 * scroll step, and relabelling a chip costs a fraction of creating one. Hides itself when empty. Use on the FX
 * thread.
 */
public final class ChipPane extends FlowPane {
    /** One chip: its text, its kind (a style class such as {@link Styles#CHIP_TAG}), and an optional colour dot. */
    public record Chip(String text, String kind, String dotColour) {
        public static Chip of(String text, String kind) {
            return new Chip(text, kind, null);
        }
    }

    private final List<Label> labels = new ArrayList<>();

    public ChipPane() {
        super(4, 4);
    }

    public void show(List<Chip> chips) {
        while (labels.size() < chips.size()) {
            labels.add(Chips.chip("", Styles.CHIP));
        }
        for (int i = 0; i < chips.size(); i++) {
            relabel(labels.get(i), chips.get(i));
        }
        List<Label> shown = labels.subList(0, chips.size());
        if (!getChildren().equals(shown)) {
            getChildren().setAll(shown);
        }
        setVisible(!chips.isEmpty());
        setManaged(!chips.isEmpty());
    }

    private static void relabel(Label l, Chip c) {
        l.setText(c.text());
        javafx.collections.ObservableList<String> classes = l.getStyleClass();
        if (classes.size() != 2 || !classes.get(1).equals(c.kind())) {
            classes.setAll(Styles.CHIP, c.kind());
        }
        if (c.dotColour() == null) {
            l.setGraphic(null);
        } else if (!(l.getGraphic() instanceof javafx.scene.shape.Circle circle)
                || !c.dotColour().equals(circle.getUserData())) {
            Chips.dot(l, c.dotColour());
            if (l.getGraphic() != null) {
                l.getGraphic().setUserData(c.dotColour());
            }
        }
    }
}
