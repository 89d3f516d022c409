package org.rapporteur.ui.main;

import javafx.scene.Node;

/**
 * A tab of the main window's work area (after Results and Reader), contributed by another screen, e.g. the analysis
 * views. {@link #view()} is called once, on the FX thread, when the tab is first shown; the tab keeps its node.
 */
public interface WorkbenchTab {
    /** The tab's caption, short (one or two words). */
    String title();

    /** The tab's content; built lazily by the implementation, called once on the FX thread. */
    Node view();
}
