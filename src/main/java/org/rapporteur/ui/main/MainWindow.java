package org.rapporteur.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.ui.common.ChooserFolders;
import org.rapporteur.ui.common.Icons;
import org.rapporteur.ui.common.Tooltips;
import org.rapporteur.ui.common.Styles;
import org.rapporteur.ui.facets.FacetsView;
import org.rapporteur.ui.inspector.InspectorView;
import org.rapporteur.ui.library.LibraryView;
import org.rapporteur.ui.reader.ReaderView;
import org.rapporteur.ui.search.ResultsView;
import org.rapporteur.ui.search.SearchBarView;
import org.rapporteur.ui.tasks.ProblemsView;
import org.rapporteur.ui.tasks.TaskStatusView;

/**
 * The main window: menus, the search bar, three panes with draggable dividers (library + facets, the work area with
 * Results, Reader and any analysis tabs, the inspector), each side pane hideable, and a status bar with indexing
 * progress and problems. Owns the keyboard shortcuts, the theme, drag-and-drop of files, and remembering the
 * layout in the workspace settings.
 */
public final class MainWindow {
    public static final String RESULTS_TAB_ID = "resultsTab";
    public static final String READER_TAB_ID = "readerTab";
    public static final String STATUS_ID = "statusLabel";
    public static final String RETHEME_ID = "rethemeClaims";
    public static final String THEMES_ID = "showThemes";
    public static final String CANCEL_RETHEME_ID = "cancelRetheming";
    public static final String REVIEW_TAB_ID = "reviewTab";
    public static final String REVIEW_BUTTON_ID = "reviewCountButton";
    public static final String EXAMPLE_TAB_ID = "exampleTab";

    private final MainViewModel vm;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final SplitPane split = new SplitPane();
    private final SplitPane left = new SplitPane();
    private final TabPane work = new TabPane();
    private final Tab resultsTab = new Tab("Results");
    private final Tab readerTab = new Tab("Reader");
    private final Tab reviewTab = new Tab("Review");
    private org.rapporteur.ui.review.ReviewView reviewView;
    private final Tab exampleTab = new Tab("By example");
    private org.rapporteur.ui.meaning.ExampleView exampleView;
    private final SearchBarView searchBar;
    private final StackPane libraryHolder = new StackPane();
    private final StackPane facetsHolder = new StackPane();
    private final StackPane resultsHolder = new StackPane();
    private final StackPane readerHolder = new StackPane();
    private final StackPane inspectorHolder = new StackPane();
    private ResultsView resultsView;
    private InspectorView inspectorView;
    private final CheckMenuItem showLeft = new CheckMenuItem("Library and facets");
    private final CheckMenuItem showRight = new CheckMenuItem("Inspector");
    private final CheckMenuItem darkTheme = new CheckMenuItem("Dark theme");
    private final Label status = new Label();
    private final Label message = new Label();
    private org.rapporteur.ui.team.TeamIndicator teamIndicator;
    /** Above the work area while another analyst's change replaced an edit of ours (issue 17). */
    private org.rapporteur.ui.team.ConflictNotice conflictNotice;
    private final PauseTransition messageTimeout = new PauseTransition(Duration.seconds(10));
    private final Scene scene;
    private ThemeSwitcher theme;
    private Stage problemsStage;
    private boolean errorShowing;
    /** The welcome page's state; the page itself is built the first time the workspace turns out to be empty. */
    private final org.rapporteur.ui.welcome.WelcomeViewModel welcome;
    private org.rapporteur.ui.welcome.WelcomeView welcomeView;
    /** Opens another workspace in this window (set by the application); null where there is none (tests). */
    private java.util.function.Consumer<Path> workspaceOpener;
    /** Closes, changes and reopens this window's workspace (joining or leaving a team); null in tests without one. */
    private org.rapporteur.ui.team.WorkspaceReopener workspaceReopener;

    /** Builds the whole window at once (tests; anything that needs every pane before the next line). */
    public MainWindow(MainViewModel vm, Stage stage) {
        this(vm, stage, null);
    }

    /**
     * With {@code onAssembled}: shows the menu bar at once (in the stage's current scene, if it has one) and adds
     * the search bar, status bar, panes and their views one per frame afterwards, calling {@code onAssembled} when
     * the last is in: building and styling the whole window in one go held the FX thread for 1.7 s on a cold start.
     */
    public MainWindow(MainViewModel vm, Stage stage, Runnable onAssembled) {
        this(vm, stage, null, onAssembled);
    }

    /**
     * Takes over the {@link StartWindow}'s scene and search field (with what the user typed, the caret and the
     * focus), then adds the rest of the window one part per frame as {@link #MainWindow(MainViewModel, Stage,
     * Runnable)} does, calling {@code onAssembled} when the last is in.
     */
    public MainWindow(MainViewModel vm, Stage stage, StartWindow start, Runnable onAssembled) {
        this.vm = vm;
        this.stage = stage;
        this.welcome = new org.rapporteur.ui.welcome.WelcomeViewModel(vm);
        UiPreferences prefs = vm.preferences();
        int caret = start == null ? 0 : start.field().getCaretPosition();
        int anchor = start == null ? 0 : start.field().getAnchor();
        searchBar = start == null ? new SearchBarView(vm.search()) : new SearchBarView(vm.search(), start.field());

        left.setOrientation(Orientation.VERTICAL);
        left.getItems().addAll(libraryHolder, facetsHolder);
        left.getStyleClass().add("left-pane");
        left.setMinWidth(180);
        inspectorHolder.setMinWidth(220);

        resultsTab.setId(RESULTS_TAB_ID);
        resultsTab.setContent(resultsHolder);
        Label searching = new Label("Searching…");
        searching.getStyleClass().add(Styles.MUTED);
        resultsHolder.getChildren().setAll(searching);
        resultsTab.setGraphic(Icons.small(Material2AL.FORMAT_LIST_BULLETED));
        readerTab.setId(READER_TAB_ID);
        readerTab.setContent(readerHolder);
        readerTab.setGraphic(Icons.small(Material2AL.CHROME_READER_MODE));
        work.getTabs().addAll(resultsTab, readerTab);
        work.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (WorkbenchTab t : AnalysisTabsLoader.load(vm)) {
            work.getTabs().add(lazyTab(t));
        }
        reviewTab.setId(REVIEW_TAB_ID);
        reviewTab.setGraphic(Icons.small(Material2MZ.RATE_REVIEW));
        reviewTab.setOnSelectionChanged(e -> {
            if (reviewTab.isSelected()) {
                reviewView();
                vm.reviewShown();
                javafx.application.Platform.runLater(reviewView::focusList);
            }
        });
        work.getTabs().add(reviewTab);
        exampleTab.setId(EXAMPLE_TAB_ID);
        exampleTab.setGraphic(Icons.small(Material2AL.LABEL));
        exampleTab.setOnSelectionChanged(e -> {
            if (exampleTab.isSelected()) {
                exampleView();
                javafx.application.Platform.runLater(exampleView::shown);
            }
        });
        work.getTabs().add(exampleTab);
        vm.requestedTabProperty().addListener((o, a, t) -> {
            if (t != null) {
                work.getSelectionModel().select(t == MainViewModel.Tab.READER ? readerTab : resultsTab);
            }
        });

        showLeft.setSelected(prefs.getBoolean(UiPreferences.LEFT_VISIBLE, true));
        showRight.setSelected(prefs.getBoolean(UiPreferences.RIGHT_VISIBLE, true));
        showLeft.selectedProperty().addListener((o, a, b) -> layoutPanes());
        showRight.selectedProperty().addListener((o, a, b) -> layoutPanes());
        layoutPanes();
        double[] dividers = prefs.getNumbers(UiPreferences.DIVIDERS);
        restoreDividers(dividers);

        VBox top = new VBox(menuBar());
        conflictNotice = new org.rapporteur.ui.team.ConflictNotice(vm.conflicts());
        root.setTop(top);
        HBox toolbar = toolbar();
        HBox statusBar = statusBar();

        double[] bounds = prefs.getNumbers(UiPreferences.WINDOW);
        // the first window fits the screen: 1400×860 on a 1280×800 laptop put the status bar out of sight
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = bounds.length >= 4 ? bounds[2] : Math.min(1400, screen.getWidth());
        double height = bounds.length >= 4 ? bounds[3] : Math.min(860, screen.getHeight());
        if (start != null) {
            // The search bar comes with the frame: it holds the field the user may be typing into.
            scene = start.scene();
            scene.setRoot(root);
            top.getChildren().addAll(toolbar, conflictNotice);
            root.setCenter(start.loadingPane()); // until the panes come, the results' place says what is going on
            searchBar.field().requestFocus();
            searchBar.field().selectRange(anchor, caret);
            stage.setWidth(width);
            stage.setHeight(height);
        } else if (onAssembled != null && stage.getScene() != null) {
            // The window already shows (a splash): its scene takes the new root, so the styling of the frame
            // happens in the next frame instead of inside this call, and no second scene is made.
            scene = stage.getScene();
            scene.setRoot(root);
            stage.setWidth(width);
            stage.setHeight(height);
        } else {
            scene = new Scene(root, width, height);
        }
        scene.getStylesheets().setAll(MainWindow.class.getResource(Styles.STYLESHEET).toExternalForm());
        if (bounds.length >= 4) {
            stage.setX(bounds[0]);
            stage.setY(bounds[1]);
        }
        if (bounds.length >= 5 && bounds[4] > 0) {
            stage.setMaximized(true);
        }
        theme = ThemeSwitcher.parse(prefs.get(UiPreferences.THEME, "LIGHT"));
        darkTheme.setSelected(theme == ThemeSwitcher.DARK);
        theme.apply();
        darkTheme.selectedProperty().addListener((o, a, dark) -> setTheme(dark ? ThemeSwitcher.DARK
                : ThemeSwitcher.LIGHT));
        installDragAndDrop();
        installShortcuts();
        // Each step's nodes are styled in their own frame: the first styling of a control type is slow (classes,
        // fonts, style caches), and the whole frame at once held the FX thread for over a second.
        StagedAssembly panes = new StagedAssembly();
        if (start == null) {
            panes.add("search bar", () -> top.getChildren().addAll(toolbar, conflictNotice));
        }
        panes.add("status bar", () -> root.setBottom(statusBar))
                .add("panes", this::followWelcome)
                .add("results", () -> {
                    resultsView = new ResultsView(vm.results(), vm.sortProperty(), vm::inspect, vm::openClaim);
                    resultsHolder.getChildren().setAll(resultsView);
                })
                .add("facets", () -> facetsHolder.getChildren().setAll(new FacetsView(vm.facets())))
                .add("library", () -> libraryHolder.getChildren().setAll(new LibraryView(vm.library())))
                .add("inspector", () -> {
                    inspectorView = new InspectorView(vm.inspector(), vm::openClaim,
                            () -> List.copyOf(vm.results().hits()));
                    inspectorView.setOnFindMoreLikeTag(this::showByExample);
                    inspectorHolder.getChildren().setAll(inspectorView);
                })
                .add("reader", () -> readerHolder.getChildren().setAll(new ReaderView(vm.reader())));
        if (onAssembled == null) {
            panes.runNow();
        } else {
            panes.runOnePerFrame(onAssembled);
        }
        stage.titleProperty().bind(Bindings.concat("Rapporteur — workspace: ", vm.workspace().dir().toString()));
        stage.setOnCloseRequest(e -> {
            saveLayout();
            vm.close();
        });
    }

    public Scene scene() {
        return scene;
    }

    // ---- the welcome page ----------------------------------------------------------------------------------------

    /**
     * From now on the centre shows the welcome page while the workspace has no corpus yet, and the panes otherwise
     * (ADR 0027). The page is built only the first time it is needed: a workspace with reports never pays for it.
     */
    private void followWelcome() {
        welcome.shownProperty().addListener((o, was, shown) -> showCentre());
        showCentre();
    }

    private void showCentre() {
        if (!welcome.shownProperty().get()) {
            if (root.getCenter() != split) {
                root.setCenter(split);
            }
            return;
        }
        if (welcomeView == null) {
            welcomeView = new org.rapporteur.ui.welcome.WelcomeView(welcome, new org.rapporteur.ui.welcome
                    .WelcomeView.Actions(this::chooseFolder, this::chooseFiles, this::chooseWorkspace));
        }
        if (root.getCenter() != welcomeView) {
            root.setCenter(welcomeView);
            welcomeView.applyCss(); // its skin now: its buttons are in the scene (focus, lookups) before the next pulse
            String typed = searchBar.field().getText();
            if (typed == null || typed.isBlank()) {
                // nothing to search yet: the keyboard starts on the first thing to do
                javafx.application.Platform.runLater(welcomeView::focusFirstAction);
            }
        }
    }

    /** The welcome page, or null when it was never shown. */
    public org.rapporteur.ui.welcome.WelcomeView welcomeView() {
        return welcomeView;
    }

    /** Whether the centre shows the welcome page (the workspace has no corpus yet). */
    public boolean showsWelcome() {
        return welcomeView != null && root.getCenter() == welcomeView;
    }

    /** The welcome page's state (for the screenshot tour and tests). */
    public org.rapporteur.ui.welcome.WelcomeViewModel welcome() {
        return welcome;
    }

    /** What File ▸ Open workspace… does with the folder chosen: the application replaces the window's workspace. */
    public void setWorkspaceOpener(java.util.function.Consumer<Path> opener) {
        this.workspaceOpener = opener;
    }

    /** What File ▸ Connect to team… and Leave team… use to close, change and reopen the workspace. */
    public void setWorkspaceReopener(org.rapporteur.ui.team.WorkspaceReopener reopener) {
        this.workspaceReopener = reopener;
    }

    /** File ▸ Connect to team…: the dialog over this window (the workspace reopens as a team's once connected). */
    public org.rapporteur.ui.team.TeamConnectDialog showConnectToTeam() {
        return org.rapporteur.ui.team.TeamConnectDialog.show(stage, new org.rapporteur.ui.team.TeamConnectViewModel(
                vm.workspace().dir(), vm.tasks(), workspaceReopener));
    }

    /** File ▸ Leave team…: the dialog over this window (the workspace reopens on its own file once left). */
    public org.rapporteur.ui.team.TeamLeaveDialog showLeaveTeam() {
        var link = vm.workspace().settings().team();
        return org.rapporteur.ui.team.TeamLeaveDialog.show(stage, new org.rapporteur.ui.team.TeamLeaveViewModel(
                vm.workspace().dir(), workspaceReopener), link == null ? null : link.url());
    }

    /** The status bar's team indicator (hidden for a single-user workspace). */
    public org.rapporteur.ui.team.TeamIndicator teamIndicator() {
        return teamIndicator;
    }

    /** The status bar's message as it shows now (announcements, refusals); empty when none. */
    public String lastMessage() {
        return message.getText() == null ? "" : message.getText();
    }

    public BorderPane root() {
        return root;
    }

    /** The results list; null until the window is assembled. */
    public ResultsView resultsView() {
        return resultsView;
    }

    public TabPane workArea() {
        return work;
    }

    /** The Review tab's view, built the first time it is needed. */
    public org.rapporteur.ui.review.ReviewView reviewView() {
        if (reviewView == null) {
            reviewView = new org.rapporteur.ui.review.ReviewView(vm.review(), vm::inspect, vm::openClaim);
            reviewTab.setContent(reviewView);
        }
        return reviewView;
    }

    /** The "By example" tab's view, built the first time it is needed. */
    public org.rapporteur.ui.meaning.ExampleView exampleView() {
        if (exampleView == null) {
            exampleView = new org.rapporteur.ui.meaning.ExampleView(vm.byExample(), vm::inspect, vm::openClaim);
            exampleTab.setContent(exampleView);
        }
        return exampleView;
    }

    /** View ▸ Code by example (Ctrl+Shift+K): the "By example" tab, for the selected claim's first tag if it has one. */
    public void showByExample() {
        var a = vm.inspector().annotationsProperty().get();
        var c = vm.inspector().claimProperty().get();
        if (vm.byExample().tagProperty().get() == null && a != null && c != null
                && a.claimId().equals(c.claim().id()) && !a.codings().isEmpty()) {
            vm.byExample().chooseTag(a.codings().getFirst().tagId());
        }
        if (work.getSelectionModel().getSelectedItem() == exampleTab) {
            exampleView().shown();
        } else {
            work.getSelectionModel().select(exampleTab);
        }
    }

    /** A tag's "Find more like this tag…": the "By example" tab with that tag's candidates. */
    public void showByExample(long tagId) {
        vm.byExample().chooseTag(tagId);
        if (work.getSelectionModel().getSelectedItem() == exampleTab) {
            exampleView().shown();
        } else {
            work.getSelectionModel().select(exampleTab);
        }
    }

    /** View ▸ Review attributions (Ctrl+Shift+R, or the status bar's count): the Review tab, its list focused. */
    public void showReview() {
        if (work.getSelectionModel().getSelectedItem() == reviewTab) {
            reviewView().focusList();
        } else {
            work.getSelectionModel().select(reviewTab);
        }
    }

    /** Shows or hides the left pane (library and facets) and the inspector, as View ▸ does. */
    public void showSidePanes(boolean leftPane, boolean inspector) {
        showLeft.setSelected(leftPane);
        showRight.setSelected(inspector);
    }

    public void setTheme(ThemeSwitcher t) {
        theme = t;
        t.apply();
        darkTheme.setSelected(t == ThemeSwitcher.DARK);
        root.getStyleClass().removeAll("theme-dark", "theme-light");
        root.getStyleClass().add(t == ThemeSwitcher.DARK ? "theme-dark" : "theme-light");
        vm.preferences().put(UiPreferences.THEME, t.name());
    }

    /** An analysis tab whose view is built the first time the tab is shown, not with the window. */
    private Tab lazyTab(WorkbenchTab t) {
        Tab tab = new Tab(t.title());
        tab.setId("analysis-" + t.title().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected() && tab.getContent() == null) {
                tab.setContent(t.view());
            }
        });
        return tab;
    }

    // ---- layout --------------------------------------------------------------------------------------------------

    private void layoutPanes() {
        double[] keep = split.getDividerPositions();
        List<javafx.scene.Node> items = new ArrayList<>();
        if (showLeft.isSelected()) {
            items.add(left);
        }
        items.add(work);
        if (showRight.isSelected()) {
            items.add(inspectorHolder);
        }
        split.getItems().setAll(items);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(inspectorHolder, false);
        if (items.size() == 3) {
            split.setDividerPositions(keep.length == 2 ? keep : new double[] {0.22, 0.72});
        } else if (items.size() == 2) {
            split.setDividerPositions(showLeft.isSelected() ? 0.22 : 0.74);
        }
    }

    private void restoreDividers(double[] d) {
        if (d.length >= 2 && split.getItems().size() == 3) {
            split.setDividerPositions(d[0], d[1]);
        }
        if (d.length >= 3) {
            left.setDividerPositions(d[2]);
        } else {
            left.setDividerPositions(0.42);
        }
    }

    /** Writes window bounds, dividers, pane visibility and theme to the workspace settings (on closing). */
    public void saveLayout() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(UiPreferences.WINDOW, UiPreferences.numbers(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized() ? 1 : 0));
        double[] d = split.getDividerPositions();
        double[] l = left.getDividerPositions();
        if (d.length == 2) {
            v.put(UiPreferences.DIVIDERS, UiPreferences.numbers(d[0], d[1], l.length > 0 ? l[0] : 0.42));
        }
        v.put(UiPreferences.LEFT_VISIBLE, Boolean.toString(showLeft.isSelected()));
        v.put(UiPreferences.RIGHT_VISIBLE, Boolean.toString(showRight.isSelected()));
        v.put(UiPreferences.THEME, theme.name());
        try {
            vm.preferences().putAllNow(v);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(MainWindow.class).warn("Saving the window layout failed", e);
        }
    }

    // ---- menus, toolbar, status bar ------------------------------------------------------------------------------

    private MenuBar menuBar() {
        MenuItem addFiles = item("Add files…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                this::chooseFiles);
        addFiles.setGraphic(Icons.small(Material2AL.INSERT_DRIVE_FILE));
        MenuItem addFolder = item("Add folder…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::chooseFolder);
        addFolder.setGraphic(Icons.small(Material2AL.CREATE_NEW_FOLDER));
        MenuItem reindex = item("Re-index corpus", new KeyCodeCombination(KeyCode.F5), vm::index);
        reindex.setGraphic(Icons.small(Material2MZ.REFRESH));
        reindex.disableProperty().bind(vm.indexingProperty().isNotNull());
        MenuItem cancel = item("Cancel indexing", null, vm::cancelIndexing);
        cancel.disableProperty().bind(vm.indexingProperty().isNull());
        MenuItem export = item("Export…", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                () -> org.rapporteur.ui.export.ExportDialog.show(stage, vm.workspace(), vm.tasks(),
                        org.rapporteur.ui.export.ExportSources.of(vm.currentRequest().get(),
                                vm.reader().reportProperty().get(),
                                resultsView == null ? List.of() : resultsView.picked(),
                                vm.inspector().claimProperty().get())));
        MenuItem importFile = item("Import…", null,
                () -> org.rapporteur.ui.export.ImportDialog.chooseAndImport(stage, vm.workspace(), vm.tasks()));
        MenuItem quit = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), () -> {
            saveLayout();
            stage.close();
        });
        MenuItem openWorkspace = item("Open workspace…", null, this::chooseWorkspace);
        openWorkspace.setGraphic(Icons.small(Material2AL.FOLDER_OPEN));
        // Alt+F then T or L: reachable from the keyboard like every menu item; one of the two applies at a time
        MenuItem connectTeam = item("Connect to _team…", null, this::showConnectToTeam);
        connectTeam.setId("connectToTeam");
        connectTeam.setGraphic(Icons.small(Material2AL.GROUP_ADD));
        connectTeam.setDisable(vm.isTeam());
        MenuItem leaveTeam = item("_Leave team…", null, this::showLeaveTeam);
        leaveTeam.setId("leaveTeam");
        leaveTeam.setGraphic(Icons.small(Material2AL.EXIT_TO_APP));
        leaveTeam.setDisable(!vm.isTeam());
        Menu file = new Menu("_File", null, openWorkspace, new SeparatorMenuItem(), addFiles, addFolder,
                new SeparatorMenuItem(), connectTeam, leaveTeam, new SeparatorMenuItem(), reindex, cancel,
                new SeparatorMenuItem(), importFile, export, new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), vm::undo);
        undo.setGraphic(Icons.small(Material2MZ.UNDO));
        undo.disableProperty().bind(vm.canUndoProperty().not());
        MenuItem redo = item("Redo", new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), vm::redo);
        redo.setGraphic(Icons.small(Material2MZ.REDO));
        redo.disableProperty().bind(vm.canRedoProperty().not());
        MenuItem find = item("Find…", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                this::focusSearch);
        MenuItem clear = item("Clear search and facets", new KeyCodeCombination(KeyCode.ESCAPE,
                KeyCombination.SHORTCUT_DOWN), vm::clearSearch);
        MenuItem tag = item("Tag selected claim", new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                () -> {
                    ensureInspector();
                    if (inspectorView != null) {
                        inspectorView.focusTagField();
                    }
                });
        MenuItem link = item("Link selected claim…", new KeyCodeCombination(KeyCode.L,
                KeyCombination.SHORTCUT_DOWN), () -> {
                    ensureInspector();
                    // Open the dialog after the key event is done: a nested event loop inside key dispatch
                    // leaves the key state of some platforms (and the test robot) half-released.
                    javafx.application.Platform.runLater(() -> {
                        if (inspectorView != null) {
                            inspectorView.startLink();
                        }
                    });
                });
        MenuItem nextMode = item("Next search mode (words, meaning, both)", new KeyCodeCombination(KeyCode.M,
                KeyCombination.SHORTCUT_DOWN), vm::nextSearchMode);
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), find, clear, nextMode,
                new SeparatorMenuItem(), tag, link);

        MenuItem next = item("Next hit", new KeyCodeCombination(KeyCode.F3), () -> step(1));
        MenuItem previous = item("Previous hit", new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN),
                () -> step(-1));
        MenuItem results = item("Results", new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
                () -> work.getSelectionModel().select(resultsTab));
        MenuItem reader = item("Reader", new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
                () -> work.getSelectionModel().select(readerTab));
        showLeft.setAccelerator(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
        showRight.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        darkTheme.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        MenuItem review = item("Review attributions", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::showReview);
        MenuItem byExample = item("Code by example", new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::showByExample);
        MenuItem problems = item("Problems…", null, this::showProblems);
        MenuItem orphans = item("Orphaned annotations…", null, () -> org.rapporteur.ui.orphans.OrphansWindow.show(
                stage, vm.workspace(), vm.tasks(), () -> vm.inspector().claimProperty().get(),
                () -> vm.reader().selectionProperty().get(), scene.getStylesheets()));
        Menu view = new Menu("_View", null, results, reader, review, byExample, next, previous, new SeparatorMenuItem(), showLeft,
                showRight, darkTheme, new SeparatorMenuItem(), problems, orphans);

        // F1 is help in every desktop program: the guide; the shortcut list moved to Ctrl+/ (and a button of the guide)
        MenuItem guide = item("User guide", new KeyCodeCombination(KeyCode.F1), this::showGuide);
        MenuItem keys = item("Keyboard shortcuts", new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN),
                this::showShortcuts);
        MenuItem about = item("About Rapporteur", null, this::showAbout);
        Menu help = new Menu("_Help", null, guide, keys, new SeparatorMenuItem(), about);
        MenuBar bar = new MenuBar(file, edit, view, analysisMenu(), help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /**
     * Analysis ▸ Re-theme claims (a corpus-wide job in the background, with progress and Cancel in the status bar)
     * and Themes… (the taxonomy; add an example or a theme). The re-theme item's tooltip says what the analyst's
     * corrections do.
     */
    private Menu analysisMenu() {
        Label rethemeLabel = new Label("Re-theme claims");
        Tooltip tip = new Tooltip("Themes every claim again with the taxonomy and rules, by meaning where claims have "
                + "vectors. Your theme corrections (Add theme… / Not this theme in the inspector) are kept, and teach "
                + "similar claims: claims like one you coded get its theme.");
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        rethemeLabel.setTooltip(tip);
        javafx.scene.control.CustomMenuItem retheme = new javafx.scene.control.CustomMenuItem(rethemeLabel);
        retheme.setId(RETHEME_ID);
        retheme.setOnAction(e -> vm.retheme());
        retheme.disableProperty().bind(vm.rethemingProperty().isNotNull());
        MenuItem cancel = item("Cancel re-theming", null, vm::cancelRetheming);
        cancel.disableProperty().bind(vm.rethemingProperty().isNull());
        MenuItem themes = item("Themes…", null, this::showThemes);
        themes.setId(THEMES_ID);
        return new Menu("_Analysis", null, retheme, cancel, new SeparatorMenuItem(), themes);
    }

    /**
     * Analysis ▸ Themes…: the taxonomy with what each theme covers and its examples (read in the background), adding
     * an example to a theme or a new theme.
     */
    public void showThemes() {
        ThemesViewModel themes = vm.themesEditor();
        ThemesDialog.create(stage, scene.getStylesheets(), themes).show();
        themes.load();
    }

    private static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (key != null) {
            i.setAccelerator(key);
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private HBox toolbar() {
        ToggleButton themeButton = new ToggleButton(null, Icons.of(Material2MZ.NIGHTS_STAY));
        themeButton.setTooltip(new Tooltip("Dark theme (Ctrl+Shift+T)"));
        themeButton.selectedProperty().bindBidirectional(darkTheme.selectedProperty());
        Button add = new Button(null, Icons.of(Material2AL.CREATE_NEW_FOLDER));
        add.setTooltip(new Tooltip("Add a folder of reports (or drop files on the window)"));
        add.setOnAction(e -> chooseFolder());
        HBox.setHgrow(searchBar, Priority.ALWAYS);
        org.rapporteur.ui.search.SearchModeToggle mode = new org.rapporteur.ui.search.SearchModeToggle(
                vm.searchModeProperty());
        HBox bar = new HBox(8, searchBar, mode, add, themeButton);
        bar.setAlignment(Pos.TOP_LEFT);
        bar.getStyleClass().add("search-toolbar");
        return bar;
    }

    private HBox statusBar() {
        status.setId(STATUS_ID);
        status.textProperty().bind(vm.statusProperty());
        status.setMinWidth(0);
        Button problems = new Button();
        problems.getStyleClass().addAll("flat", "small");
        problems.setGraphic(Icons.small(Material2AL.ERROR_OUTLINE));
        problems.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = vm.problems().size();
            return n == 0 ? "no problems" : n + " problem" + (n == 1 ? "" : "s");
        }, vm.problems()));
        problems.setOnAction(e -> showProblems());
        vm.problems().addListener((ListChangeListener<Object>) c -> problems.getStyleClass()
                .removeAll(Styles.PROBLEM_MARKER));
        vm.problems().addListener((ListChangeListener<Object>) c -> {
            if (!vm.problems().isEmpty()) {
                problems.getStyleClass().add(Styles.PROBLEM_MARKER);
            }
        });
        Button toReview = new Button();
        toReview.setId(REVIEW_BUTTON_ID);
        toReview.getStyleClass().addAll("flat", "small", "review-count-button");
        toReview.setGraphic(Icons.small(Material2MZ.RATE_REVIEW));
        toReview.textProperty().bind(Bindings.createStringBinding(() -> {
            long n = vm.reviewCountProperty().get();
            return n + (n == 1 ? " attribution" : " attributions") + " to review";
        }, vm.reviewCountProperty()));
        toReview.visibleProperty().bind(vm.reviewCountProperty().greaterThan(0));
        toReview.managedProperty().bind(toReview.visibleProperty());
        Tooltips.onHover(toReview, "Claims whose speaker is uncertain or has a close runner-up (Ctrl+Shift+R)");
        toReview.setOnAction(e -> showReview());
        message.getStyleClass().add("user-message");
        // a short message ("Re-themed: 12 claims changed.") is read whole: it keeps up to 320 px while the index
        // line beside it shrinks; a longer one is cut, its whole text in the tooltip
        message.minWidthProperty().bind(Bindings.createDoubleBinding(() -> message.getText() == null
                || message.getText().isEmpty() ? 0 : Math.min(320, message.prefWidth(-1)), message.textProperty()));
        message.textProperty().addListener((o, a, t) -> message.setTooltip(t == null || t.isEmpty() ? null
                : new Tooltip(t)));
        vm.userMessageProperty().addListener((o, a, m) -> showMessage(m));
        messageTimeout.setOnFinished(e -> message.setText(""));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label hints = new Label("Ctrl+F search · F3 next hit · Ctrl+K tag · Ctrl+L link");
        hints.getStyleClass().add(Styles.MUTED);
        hints.setMinWidth(Region.USE_PREF_SIZE);
        TaskStatusView embedding = new TaskStatusView(vm.embeddingProperty(), TaskStatusView.CANCEL_EMBEDDING_ID,
                "Stop embedding after the current batch; what is done is kept, and search goes on by words for the"
                        + " rest. It goes on after the next index run (F5).", vm::cancelEmbedding);
        teamIndicator = new org.rapporteur.ui.team.TeamIndicator(vm.team());
        TaskStatusView retheming = new TaskStatusView(vm.rethemingProperty(), CANCEL_RETHEME_ID,
                "Stop re-theming after the current report; the reports done keep their new themes", vm::cancelRetheming);
        HBox bar = new HBox(10, teamIndicator, status, problems, toReview, message, grow,
                new TaskStatusView(vm.indexingProperty()), embedding, retheming, hints);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.STATUS_BAR);
        return bar;
    }

    /** Shows a one-line message in the status bar for a few seconds (refusals, recoverable errors). */
    public void showMessage(String m) {
        if (m == null || m.isBlank()) {
            return;
        }
        message.setText(m);
        messageTimeout.playFromStart();
        vm.userMessageProperty().set(null);
    }

    /** Shows an error that stopped an action, as a dialog with one readable sentence. */
    public void showError(String m) {
        if (errorShowing) {
            showMessage(m); // one dialog at a time; a burst of errors goes to the status bar
            return;
        }
        errorShowing = true;
        Alert alert = new Alert(Alert.AlertType.ERROR, m, ButtonType.OK);
        alert.initOwner(stage);
        alert.setHeaderText("Something went wrong");
        alert.getDialogPane().getStylesheets().addAll(scene.getStylesheets());
        alert.setOnHidden(e -> errorShowing = false);
        alert.show();
    }

    /** View ▸ Problems…: the problems window (one; brought to the front if open). */
    Stage showProblems() {
        if (problemsStage != null && problemsStage.isShowing()) {
            problemsStage.toFront();
            return problemsStage;
        }
        problemsStage = ProblemsView.show(stage, vm.problems(), scene.getStylesheets());
        return problemsStage;
    }

    /** Help ▸ User guide (F1): the bundled guide in a window of its own, loaded in the background. */
    public org.rapporteur.ui.help.GuideWindow showGuide() {
        return org.rapporteur.ui.help.GuideWindow.show(stage, scene.getStylesheets(), vm.background(),
                this::showShortcuts);
    }

    /** Help ▸ About: version, build, Java and libraries, the workspace and the log file. */
    public org.rapporteur.ui.help.AboutWindow showAbout() {
        return org.rapporteur.ui.help.AboutWindow.show(stage, vm.workspace().dir(), scene.getStylesheets(),
                vm.background());
    }

    /** Help ▸ Keyboard shortcuts (Ctrl+/). */
    Alert showShortcuts() {
        Alert alert = ShortcutsDialog.create(stage, scene.getStylesheets());
        alert.show();
        return alert;
    }

    // ---- actions -------------------------------------------------------------------------------------------------

    public void focusSearch() {
        searchBar.field().requestFocus();
        searchBar.field().selectAll();
    }

    private void ensureInspector() {
        if (!showRight.isSelected()) {
            showRight.setSelected(true);
        }
    }

    private void step(int delta) {
        if (resultsView == null) {
            return;
        }
        ClaimHit hit = resultsView.step(delta);
        if (hit != null && work.getSelectionModel().getSelectedItem() == readerTab) {
            vm.openClaim(hit.record());
        }
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add report files");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Reports",
                "*.pdf", "*.docx", "*.html", "*.htm", "*.md", "*.txt"));
        chooser.setInitialDirectory(vm.chooserFolders().initial(ChooserFolders.Purpose.REPORTS));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            vm.chooserFolders().chosen(ChooserFolders.Purpose.REPORTS, files.getFirst().toPath());
            vm.addToCorpus(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Add a folder of reports");
        chooser.setInitialDirectory(vm.chooserFolders().initial(ChooserFolders.Purpose.REPORTS));
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            vm.chooserFolders().chosen(ChooserFolders.Purpose.REPORTS, dir.toPath());
            vm.addToCorpus(List.of(dir.toPath()));
        }
    }

    /**
     * File ▸ Open workspace… (and the welcome page's button): a folder holding a workspace, or an empty one for a new
     * workspace; the application checks it and opens it in this window (ADR 0027).
     */
    private void chooseWorkspace() {
        if (workspaceOpener == null) {
            showMessage("Another workspace can be opened from the workbench window only.");
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a workspace folder");
        Path parent = vm.workspace().dir().getParent();
        if (parent != null && parent.toFile().isDirectory()) {
            chooser.setInitialDirectory(parent.toFile());
        }
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            workspaceOpener.accept(dir.toPath().toAbsolutePath().normalize());
        }
    }

    private void installDragAndDrop() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            Dragboard db = e.getDragboard();
            boolean ok = db.hasFiles();
            if (ok) {
                List<Path> paths = db.getFiles().stream().map(File::toPath).toList();
                vm.addToCorpus(paths);
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void installShortcuts() {
        // Menu accelerators cover the rest; F3 must also work while the search field has the focus.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F3), () -> step(1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN), () -> step(-1));
    }
}
