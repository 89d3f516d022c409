package org.rapporteur.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;

/**
 * Tooltips made on the first hover: a tooltip is a popup window, and making one for every button of every row a
 * list or the inspector builds cost more than the rows themselves.
 */
public final class Tooltips {
    private Tooltips() {
    }

    public static void onHover(Node node, String text) {
        node.setOnMouseEntered(e -> {
            if (node.getProperties().get(Tooltips.class) == null) {
                Tooltip tip = new Tooltip(text);
                Tooltip.install(node, tip);
                node.getProperties().put(Tooltips.class, tip);
            }
        });
    }
}
