package org.rapporteur.ui.library;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.ui.common.Icons;
import org.rapporteur.ui.common.Styles;
import org.rapporteur.ui.reader.ReaderViewModel;

/**
 * The library: reports grouped by organisation, kind or year (a selector), each with title, date, number of claims
 * and a warning marker when reading it had problems. A click (or Enter) opens the report in the reader.
 */
public final class LibraryView extends VBox {
    public static final String TREE_ID = "libraryTree";

    private final LibraryViewModel vm;
    private final TreeView<Object> tree = new TreeView<>();

    public LibraryView(LibraryViewModel vm) {
        this.vm = vm;
        Label title = new Label("LIBRARY");
        title.getStyleClass().add(Styles.PANE_TITLE);
        ComboBox<LibraryGrouping> grouping = new ComboBox<>();
        grouping.getItems().setAll(LibraryGrouping.values());
        grouping.valueProperty().bindBidirectional(vm.groupingProperty());
        grouping.setTooltip(new Tooltip("Group reports by"));
        grouping.getStyleClass().add("small");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        // in a narrow pane the combo box gives way (its value is cut), never the pane's title
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label by = new Label("by");
        by.setMinWidth(Region.USE_PREF_SIZE);
        grouping.setMinWidth(90);
        HBox header = new HBox(6, title, grow, by, grouping);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");

        tree.setId(TREE_ID);
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>("reports"));
        tree.setCellFactory(t -> new ReportCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && item.getValue() instanceof ReportSummary r) {
                vm.open(r);
            }
        });
        tree.setOnKeyPressed(e -> {
            TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null && item.getValue() instanceof ReportSummary r) {
                vm.open(r);
            }
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(vm.messageProperty());
        placeholder.getStyleClass().add(Styles.EMPTY_STATE);
        placeholder.setWrapText(true);
        placeholder.visibleProperty().bind(vm.messageProperty().isNotNull());
        placeholder.managedProperty().bind(placeholder.visibleProperty());
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(header, placeholder, tree);
        // An invalidation listener: a change listener would compare the old and new lists of 10,000 reports.
        vm.groupsProperty().addListener(o -> rebuild(vm.groupsProperty().get()));
        rebuild(vm.groupsProperty().get());
    }

    private void rebuild(List<LibraryGrouping.Group> groups) {
        Object selected = tree.getSelectionModel().getSelectedItem() == null ? null
                : tree.getSelectionModel().getSelectedItem().getValue();
        TreeItem<Object> root = new TreeItem<>("reports");
        TreeItem<Object> reselect = null;
        List<TreeItem<Object>> groupItems = new java.util.ArrayList<>(groups.size());
        for (LibraryGrouping.Group g : groups) {
            TreeItem<Object> gi = new TreeItem<>(g);
            List<TreeItem<Object>> reportItems = new java.util.ArrayList<>(g.reports().size());
            for (ReportSummary r : g.reports()) {
                TreeItem<Object> ri = new TreeItem<>(r);
                reportItems.add(ri);
                if (selected instanceof ReportSummary s && s.id().equals(r.id())) {
                    reselect = ri;
                }
            }
            // one change event per level: adding 10,000 items one by one stalled the UI thread for seconds
            gi.getChildren().setAll(reportItems);
            gi.setExpanded(true);
            groupItems.add(gi);
        }
        root.getChildren().setAll(groupItems);
        tree.setRoot(root);
        if (reselect != null) {
            TreeItem<Object> keep = reselect;
            // Re-selecting fires the listener; it reopens the same report, which the reader short-circuits.
            tree.getSelectionModel().select(keep);
        }
    }

    public TreeView<Object> tree() {
        return tree;
    }

    private static final class ReportCell extends TreeCell<Object> {
        private final Label title = new Label();
        private final Label meta = new Label();
        private final FontIcon problem = Icons.small(Material2AL.ERROR_OUTLINE);
        private final VBox box = new VBox(1, title, meta);
        private final HBox row = new HBox(6, box, problem);
        private String tip;

        ReportCell() {
            title.getStyleClass().add(Styles.LIBRARY_TITLE);
            meta.getStyleClass().add(Styles.LIBRARY_META);
            problem.getStyleClass().add(Styles.PROBLEM_MARKER);
            title.setMinWidth(0);
            box.setMinWidth(0);
            HBox.setHgrow(box, Priority.ALWAYS);
            row.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
            // The tooltip (a popup window) is made on the first hover, not for every cell the tree lays out.
            setOnMouseEntered(e -> {
                if (tip == null) {
                    setTooltip(null);
                } else if (getTooltip() == null) {
                    setTooltip(new Tooltip(tip));
                } else {
                    getTooltip().setText(tip);
                }
            });
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            tip = null;
            if (getTooltip() != null) {
                getTooltip().setText("");
            }
            getStyleClass().remove(Styles.LIBRARY_GROUP);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else if (item instanceof LibraryGrouping.Group g) {
                setGraphic(Icons.small(Material2AL.FOLDER_OPEN));
                setText(g.name() + "  (" + g.reports().size() + ")");
                getStyleClass().add(Styles.LIBRARY_GROUP);
            } else if (item instanceof ReportSummary r) {
                title.setText(ReaderViewModel.title(r));
                String date = r.date() == null ? "undated" : r.date();
                meta.setText(date + " · " + r.claims() + " claim" + (r.claims() == 1 ? "" : "s")
                        + (r.kind() == null ? "" : " · " + r.kind().label())
                        + (r.otherPaths().isEmpty() ? "" : " · " + (r.otherPaths().size() + 1) + " copies"));
                boolean hasProblems = !r.problems().isEmpty();
                problem.setVisible(hasProblems);
                problem.setManaged(hasProblems);
                tip = ReaderViewModel.title(r) + "\n" + r.source()
                        + (r.otherPaths().isEmpty() ? "" : "\ncited from " + r.path() + "\nsame content also at "
                                + String.join(", ", r.otherPaths()))
                        + (hasProblems ? "\n⚠ " + String.join("\n⚠ ", r.problems()) : "");
                if (getTooltip() != null) {
                    getTooltip().setText(tip);
                }
                setText(null);
                setGraphic(row);
            }
        }
    }
}
