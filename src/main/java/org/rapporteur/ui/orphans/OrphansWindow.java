package org.rapporteur.ui.orphans;

import java.util.List;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.common.SecondaryWindows;
import org.rapporteur.ui.common.Styles;
import org.rapporteur.ui.reader.TextSelection;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * View ▸ Orphaned annotations…: a window listing the annotations that lost their words in a re-index, what each was,
 * the quote it had, its report and when it was made, with re-attaching (to the selected claim, or to the words
 * selected in the reader) and deleting. One window per owner; it follows the store until closed.
 */
public final class OrphansWindow {
    public static final String TABLE_ID = "orphansTable";
    public static final String REATTACH_CLAIM_ID = "orphanReattachClaim";
    public static final String REATTACH_TEXT_ID = "orphanReattachText";
    public static final String DELETE_ID = "orphanDelete";
    public static final String CLOSE_ID = "orphanClose";
    private static final String KEY = OrphansWindow.class.getName();

    private OrphansWindow() {
    }

    /** Shows the window (or brings the open one to the front). */
    public static Stage show(Window owner, Workspace workspace, BackgroundTasks tasks,
                             Supplier<ClaimRecord> selectedClaim, Supplier<TextSelection> selectedText,
                             List<String> stylesheets) {
        if (owner.getProperties().get(KEY) instanceof Stage open && open.isShowing()) {
            open.toFront();
            return open;
        }
        OrphansViewModel vm = new OrphansViewModel(workspace, tasks, selectedClaim, selectedText);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Orphaned annotations");
        Scene scene = new Scene(content(vm, SecondaryWindows.closeButton(stage)), 900, 440);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        SecondaryWindows.closeOnEscape(stage);
        AutoCloseable listening = vm.listen();
        stage.setOnHidden(e -> {
            owner.getProperties().remove(KEY);
            try {
                listening.close();
            } catch (Exception ignored) {
                // the store is closing too
            }
        });
        owner.getProperties().put(KEY, stage);
        vm.refresh();
        stage.show();
        return stage;
    }

    static BorderPane content(OrphansViewModel vm, Button close) {
        TableView<OrphanRow> table = new TableView<>(vm.rows());
        table.setId(TABLE_ID);
        table.getColumns().add(column("What", 220, OrphanRow::what));
        TableColumn<OrphanRow, String> quote = column("Quote it had", 330, r -> r.quote().replaceAll("\\s+", " "));
        quote.getStyleClass().add("orphan-quote");
        table.getColumns().add(quote);
        table.getColumns().add(column("Report", 200, OrphanRow::report));
        table.getColumns().add(column("Made", 130, r -> r.createdAt() == null ? ""
                : r.createdAt().replace('T', ' ').replaceFirst("(\\d\\d:\\d\\d):\\d\\d.*", "$1")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label("No orphaned annotations: every tag, note and link still finds its words.");
        empty.getStyleClass().add(Styles.EMPTY_STATE);
        table.setPlaceholder(empty);

        Button toClaim = new Button("Re-attach to selected claim");
        toClaim.setId(REATTACH_CLAIM_ID);
        toClaim.setTooltip(new Tooltip("Moves the annotation onto the claim selected in the results or the reader"));
        toClaim.setOnAction(e -> vm.reattachToSelectedClaim(table.getSelectionModel().getSelectedItem()));
        Button toText = new Button("Re-attach to selected text");
        toText.setId(REATTACH_TEXT_ID);
        toText.setTooltip(new Tooltip("Moves the annotation onto the words selected in the reader"));
        toText.setOnAction(e -> vm.reattachToSelectedText(table.getSelectionModel().getSelectedItem()));
        Button delete = new Button("Delete");
        delete.setId(DELETE_ID);
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> vm.delete(table.getSelectionModel().getSelectedItem()));
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> vm.refresh());
        for (Button b : List.of(toClaim, toText, delete)) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.loadingProperty());
        Label count = new Label();
        count.getStyleClass().add(Styles.MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> vm.rows().size() + " orphaned", vm.rows()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        close.setId(CLOSE_ID);
        HBox buttons = new HBox(8, toClaim, toText, delete, grow, busy, count, refresh, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.getStyleClass().add(Styles.QUERY_ERROR);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        Label hint = new Label("These annotations lost their words when a report changed. Select a claim (or words"
                + " in the reader) in the main window, then re-attach; Ctrl+Z there undoes it.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.MUTED);
        BorderPane root = new BorderPane(table);
        root.setTop(hint);
        root.setBottom(new VBox(6, message, buttons));
        BorderPane.setMargin(hint, new Insets(0, 0, 8, 0));
        BorderPane.setMargin(root.getBottom(), new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));
        return root;
    }

    private static TableColumn<OrphanRow, String> column(String title, double width,
                                                         java.util.function.Function<OrphanRow, String> value) {
        TableColumn<OrphanRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }
}
