package org.rapporteur.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.rapporteur.model.FacetDimension;

/** Style-class names of analysis.css, and the few building blocks the three analysis views share. */
final class AnalysisStyles {
    static final String STYLESHEET = Objects.requireNonNull(
            AnalysisStyles.class.getResource("analysis.css")).toExternalForm();
    static final String VIEW = "analysis-view";
    static final String TOOLBAR = "analysis-toolbar";
    static final String STATUS = "analysis-status";
    static final String CAPTION = "caption";
    static final String NOTICE = "notice";
    static final String ERROR = "error";
    static final String EMPTY = "analysis-empty";
    static final String GROUP = "toolbar-group";

    private AnalysisStyles() {
    }

    /** Shows dimensions by their labels in combo boxes. */
    static StringConverter<FacetDimension> dimensionConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(FacetDimension d) {
                return d == null ? "" : d.label();
            }

            @Override
            public FacetDimension fromString(String s) {
                return null;
            }
        };
    }

    /**
     * A toolbar that wraps onto a second line when the tab is narrow (both side panes open at 1280 pixels leave it
     * about 640): a row of boxes squeezed every caption to "…" and pushed the last controls out of sight.
     */
    static FlowPane toolbar(Node... items) {
        FlowPane bar = new FlowPane(items);
        bar.getStyleClass().add(TOOLBAR);
        return bar;
    }

    /** A caption and its control, kept on one line when the toolbar wraps. */
    static HBox labelled(String caption, Node... controls) {
        HBox box = group(controls);
        box.getChildren().addFirst(caption(caption));
        return box;
    }

    /** Controls that belong together, kept on one line when the toolbar wraps. */
    static HBox group(Node... controls) {
        HBox box = new HBox(controls);
        box.getStyleClass().add(GROUP);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** What an analysis with no claims says: what the workbench is doing while its index cannot answer, else no match. */
    static String noClaims(javafx.beans.value.ObservableStringValue indexState) {
        String notReady = indexState.get();
        return notReady != null ? notReady : "No claims match the current search.";
    }

    static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(CAPTION);
        return l;
    }

    static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    /**
     * The status line under an analysis view: progress bar and Cancel while the model works, then its notice or,
     * in the danger colour, its error.
     */
    static HBox statusBar(AnalysisViewModel<?> vm, ObservableValue<String> notice) {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(160);
        bar.progressProperty().bind(vm.progressProperty());
        Label working = new Label();
        working.textProperty().bind(vm.messageProperty());
        Button cancel = new Button("Cancel", new FontIcon(Material2AL.CLOSE));
        cancel.setOnAction(e -> vm.cancel());
        Label text = new Label();
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        text.setWrapText(true); // the network's summary is a sentence and a legend: a narrow tab wraps it
        HBox.setHgrow(text, Priority.ALWAYS);
        InvalidationListener update = o -> {
            String error = vm.errorProperty().get();
            text.getStyleClass().removeAll(NOTICE, ERROR);
            text.getStyleClass().add(error != null ? ERROR : NOTICE);
            text.setText(error != null ? error : notice == null ? "" : notice.getValue());
        };
        vm.errorProperty().addListener(update);
        if (notice != null) {
            notice.addListener(update);
        }
        update.invalidated(null);
        for (Node n : List.of(bar, working, cancel)) {
            n.visibleProperty().bind(vm.runningProperty());
            n.managedProperty().bind(vm.runningProperty());
        }
        text.visibleProperty().bind(vm.runningProperty().not());
        text.managedProperty().bind(vm.runningProperty().not());
        HBox box = new HBox(bar, working, cancel, text);
        box.getStyleClass().add(STATUS);
        return box;
    }

    /**
     * Keeps {@code active} true while {@code node} can be seen: in a scene whose window (if any) is showing, with every
     * ancestor visible (a tab pane hides the content of unselected tabs this way).
     */
    static void trackShowing(Node node, BooleanProperty active) {
        List<ObservableValue<?>> watched = new ArrayList<>();
        InvalidationListener[] update = new InvalidationListener[1];
        update[0] = o -> {
            for (ObservableValue<?> w : watched) {
                w.removeListener(update[0]);
            }
            watched.clear();
            boolean showing = node.getScene() != null;
            for (Node n = node; n != null; n = n.getParent()) {
                watched.add(n.visibleProperty());
                watched.add(n.parentProperty());
                showing &= n.isVisible();
            }
            if (node.getScene() != null) {
                watched.add(node.getScene().windowProperty());
                if (node.getScene().getWindow() != null) {
                    watched.add(node.getScene().getWindow().showingProperty());
                    showing &= node.getScene().getWindow().isShowing();
                }
            }
            for (ObservableValue<?> w : watched) {
                w.addListener(update[0]);
            }
            active.set(showing);
        };
        node.sceneProperty().addListener(update[0]);
        update[0].invalidated(null);
    }
}
