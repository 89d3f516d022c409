package org.rapporteur.ui.main;

import java.nio.file.Path;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.rapporteur.ui.common.Styles;
import org.rapporteur.ui.search.SearchBarView;

/**
 * The workbench's first frame, shown while the workspace opens in the background: the menu bar's titles, the search
 * field (focused: what the user types is kept, and searched once the index is open) and, where the results will be,
 * what is going on ("Opening workspace …"). It needs no workspace and no view model, so it shows as soon as JavaFX
 * can show anything; {@link MainWindow} then takes over its scene and its search field. Use on the FX thread.
 */
public final class StartWindow {
    public static final String LOADING_ID = "startLoading";

    private final TextField field = new TextField();
    private final Label loading;
    private final Label status = new Label("Opening workspace…");
    private final StackPane center;
    private final HBox toolbar;
    private final Scene scene;
    private boolean edited;

    public StartWindow(Path workspace, double width, double height) {
        field.setId(SearchBarView.FIELD_ID);
        field.setPromptText(SearchBarView.PROMPT);
        field.textProperty().addListener((o, a, b) -> edited = true);
        HBox.setHgrow(field, Priority.ALWAYS);
        toolbar = new HBox(8, field);
        toolbar.setAlignment(Pos.TOP_LEFT);
        toolbar.getStyleClass().add("search-toolbar");

        // The menus' titles only, so the frame does not move when the real menu bar replaces this one.
        MenuBar menus = new MenuBar();
        for (String title : new String[] {"_File", "_Edit", "_View", "_Help"}) {
            Menu m = new Menu(title);
            m.setDisable(true);
            menus.getMenus().add(m);
        }
        menus.setUseSystemMenuBar(true);

        loading = new Label("Opening workspace " + workspace + " …");
        loading.setId(LOADING_ID);
        loading.getStyleClass().add(Styles.MUTED);
        loading.setWrapText(true);
        center = new StackPane(loading);
        StackPane.setAlignment(loading, Pos.CENTER);

        HBox statusBar = new HBox(status);
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.getStyleClass().add(Styles.STATUS_BAR);

        BorderPane root = new BorderPane(center, new VBox(menus, toolbar), null, statusBar, null);
        scene = new Scene(root, width, height);
        scene.getStylesheets().setAll(StartWindow.class.getResource(Styles.STYLESHEET).toExternalForm());
    }

    public Scene scene() {
        return scene;
    }

    /** The search field; {@link MainWindow} moves it into the real search bar. */
    public TextField field() {
        return field;
    }

    /** Where the results will be: the loading line, until the main window's panes replace it. */
    public StackPane loadingPane() {
        loading.setText("Loading the workbench…");
        return center;
    }

    /** True when the user typed into the field before the workspace opened: then that text, not the last query. */
    public boolean edited() {
        return edited;
    }

    /** The first frame is usable: the field is focused (typing goes into it) and the loading line shows. */
    public boolean usable() {
        return scene.getFocusOwner() == field && loading.getScene() == scene;
    }

    /** Says that another workspace is being opened (the first could not be). */
    public void opening(Path workspace) {
        loading.setText("Opening workspace " + workspace + " …");
        status.setText("Opening workspace…");
    }

    /** Says that opening failed, where the results would be. */
    public void failed(String message) {
        loading.setText(message);
        status.setText("The workspace could not be opened");
    }
}
