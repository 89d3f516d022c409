package org.rapporteur.ui.help;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.Executor;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.concurrent.Task;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.rapporteur.ui.common.SecondaryWindows;
import org.rapporteur.ui.common.Styles;
import org.rapporteur.ui.common.UserMessages;

/**
 * Help ▸ User guide (F1): the project's README (its part about the window) and docs/WORKBENCH.md with their
 * screenshots, rendered inside the app from copies in the jar — no browser, no network (ADR 0030). A window beside
 * the workbench, not a modal dialog: the contents (the headings) on the left, the text on the right, find (Ctrl+F;
 * Enter or F3 next, Shift+Enter or Shift+F3 previous) at the top. Links between the two documents jump inside the
 * guide; web addresses open in the system's browser. The documents are parsed and their pictures decoded in the
 * background; the FX thread only makes and shows the nodes. One window per owner: asking again brings it to front.
 */
public final class GuideWindow {
    public static final String ID = "guideWindow";
    public static final String FIND_ID = "guideFind";
    public static final String CONTENTS_ID = "guideContents";
    public static final String SCROLL_ID = "guideScroll";
    static final String STYLESHEET = "/org/rapporteur/ui/help/help.css";
    private static final Map<Window, GuideWindow> OPEN = new WeakHashMap<>();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GuideWindow.class);

    private final Stage stage = new Stage();
    private final TextField find = new TextField();
    private final Label findCount = new Label();
    private final Label status = new Label();
    private final ListView<GuideRenderer.HeadingEntry> contents = new ListView<>();
    private final ScrollPane scroll = new ScrollPane();
    private final StackPane body = new StackPane();
    private final DoubleProperty textWidth = new SimpleDoubleProperty(600);
    private GuideRenderer.Rendered rendered;
    private List<GuideFind.Match> matches = List.of();
    private int current = -1;
    private boolean following;
    private final Runnable showShortcuts;

    private GuideWindow(Window owner, List<String> stylesheets, Runnable showShortcuts) {
        this.showShortcuts = showShortcuts;
        stage.initOwner(owner);
        stage.setTitle("Rapporteur — User guide");
        BorderPane root = new BorderPane();
        root.setId(ID);
        root.getStyleClass().add("guide-window");
        root.setTop(findBar());
        body.getChildren().setAll(loading());
        root.setCenter(body);
        root.setBottom(buttons());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1120, screen.getWidth() - 40), Math.min(760, screen.getHeight() - 40));
        scene.getStylesheets().addAll(stylesheets);
        scene.getStylesheets().add(GuideWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::focusFind);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F3), () -> step(1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN), () -> step(-1));
        SecondaryWindows.closeOnEscape(stage);
        scroll.setId(SCROLL_ID);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER); // pictures and tables shrink to the width instead
        scroll.getStyleClass().add("guide-scroll");
        // the text's width for pictures and tables: the viewport less the content's padding (help.css)
        scroll.viewportBoundsProperty().addListener((o, a, b) -> textWidth.set(Math.max(200, b.getWidth() - 60)));
        contents.setId(CONTENTS_ID);
        contents.getStyleClass().add("guide-contents");
        contents.setCellFactory(l -> new HeadingCell());
        // after the scroll pane has moved its content (its skin listens to the same value, maybe after this)
        scroll.vvalueProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(this::followScroll));
        contents.getSelectionModel().selectedItemProperty().addListener((o, a, h) -> {
            if (h != null && contents.isFocused() && !following) {
                scrollTo(h.node(), 0);
            }
        });
        contents.setOnMouseClicked(e -> {
            GuideRenderer.HeadingEntry h = contents.getSelectionModel().getSelectedItem();
            if (h != null) {
                scrollTo(h.node(), 0);
            }
        });
    }

    /**
     * Opens the guide (or brings the open one to front), loading it on {@code background}. {@code showShortcuts}
     * opens the list of keyboard shortcuts (a button of the guide).
     */
    public static GuideWindow show(Window owner, List<String> stylesheets, Executor background,
            Runnable showShortcuts) {
        GuideWindow open = OPEN.get(owner);
        if (open != null && open.stage.isShowing()) {
            open.stage.toFront();
            open.focusFind();
            return open;
        }
        GuideWindow w = new GuideWindow(owner, stylesheets, showShortcuts);
        OPEN.put(owner, w);
        // closed, it lets go of what it shows (the guide's decoded pictures are tens of megabytes)
        w.stage.setOnHidden(e -> OPEN.remove(owner, w));
        w.stage.show();
        w.load(background);
        return w;
    }

    private void load(Executor background) {
        long start = System.nanoTime();
        Task<GuideContent> task = new Task<>() {
            @Override
            protected GuideContent call() {
                GuideContent c = GuideContent.load();
                LOG.info("User guide read: {} documents, {} pictures, in {} ms (background)", c.documents().size(),
                        c.images().size(), (System.nanoTime() - start) / 1_000_000);
                return c;
            }
        };
        task.setOnSucceeded(e -> show(task.getValue()));
        task.setOnFailed(e -> {
            LOG.warn("Opening the user guide failed", task.getException());
            Label failed = new Label(UserMessages.describe("Opening the user guide", task.getException()));
            failed.setWrapText(true);
            failed.getStyleClass().add(Styles.EMPTY_STATE);
            body.getChildren().setAll(failed);
        });
        background.execute(task);
    }

    /**
     * Shows the guide: the column at once, its blocks added in slices of about 20 ms, one slice per frame (the whole
     * guide in one go held the FX thread for about 340 ms on a loaded machine); contents and find when all are in.
     */
    private void show(GuideContent content) {
        GuideLinks links = new GuideLinks(new HashSet<>(content.documentPaths()));
        GuideRenderer renderer = new GuideRenderer(content.images(), links, this::follow);
        renderer.begin(content.documents(), textWidth);
        scroll.setContent(renderer.content());
        SplitPane split = new SplitPane(contents, scroll);
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(contents, false);
        body.getChildren().setAll(split);
        long start = System.nanoTime();
        new javafx.animation.AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                frames++;
                if (!renderer.renderFor(20_000_000L)) {
                    return;
                }
                stop();
                rendered = renderer.result();
                contents.getItems().setAll(rendered.headings().stream().filter(h -> h.level() <= 3).toList());
                LOG.info("User guide shown: {} runs of text, {} pictures, in {} frames, {} ms", rendered.texts().size(),
                        rendered.images().size(), frames, (System.nanoTime() - start) / 1_000_000);
                if (!find.getText().isBlank()) {
                    search(find.getText());
                }
            }
        }.start();
    }

    // ---- parts of the window ---------------------------------------------------------------------------------------

    private HBox findBar() {
        find.setId(FIND_ID);
        find.setPromptText("Find in the guide (Ctrl+F)");
        find.setPrefColumnCount(28);
        find.textProperty().addListener((o, a, text) -> search(text));
        find.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !find.getText().isEmpty()) {
                find.clear(); // the first Esc clears the find, the next closes the window
                e.consume();
            }
        });
        Button previous = new Button("↑");
        previous.setOnAction(e -> step(-1));
        previous.setTooltip(new javafx.scene.control.Tooltip("Previous match (Shift+Enter, Shift+F3)"));
        Button next = new Button("↓");
        next.setOnAction(e -> step(1));
        next.setTooltip(new javafx.scene.control.Tooltip("Next match (Enter, F3)"));
        findCount.getStyleClass().add(Styles.MUTED);
        findCount.setMinWidth(Region.USE_PREF_SIZE);
        Label findLabel = new Label("Find");
        findLabel.setLabelFor(find);
        HBox bar = new HBox(6, findLabel, find, previous, next, findCount);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("guide-find-bar");
        return bar;
    }

    private HBox buttons() {
        Button shortcuts = new Button("Keyboard shortcuts (Ctrl+/)");
        shortcuts.setOnAction(e -> showShortcuts.run());
        status.getStyleClass().add(Styles.MUTED);
        status.setMinWidth(0);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, shortcuts, status, grow, SecondaryWindows.closeButton(stage));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add(Styles.STATUS_BAR);
        return bar;
    }

    private static Node loading() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(32, 32);
        Label l = new Label("Opening the guide…");
        l.getStyleClass().add(Styles.MUTED);
        VBox box = new VBox(10, spinner, l);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /** A heading in the contents, indented by its level. */
    private static final class HeadingCell extends ListCell<GuideRenderer.HeadingEntry> {
        @Override
        protected void updateItem(GuideRenderer.HeadingEntry h, boolean empty) {
            super.updateItem(h, empty);
            getStyleClass().removeAll("guide-contents-1", "guide-contents-2", "guide-contents-3");
            if (empty || h == null) {
                setText(null);
                return;
            }
            setText(h.text());
            getStyleClass().add("guide-contents-" + h.level());
        }
    }

    // ---- links and scrolling --------------------------------------------------------------------------------------

    private void follow(GuideLinks.Target target) {
        switch (target) {
            case GuideLinks.Internal i -> jump(i.document(), i.anchor());
            case GuideLinks.External e -> status.setText(ExternalLinks.open(e.uri()));
            case GuideLinks.Outside o -> status.setText(o.path() + " is not part of this guide");
        }
    }

    /** Scrolls to a heading: the document's first when {@code anchor} is null. False when there is no such heading. */
    boolean jump(String document, String anchor) {
        for (GuideRenderer.HeadingEntry h : rendered.headings()) {
            if (h.document().equals(document) && (anchor == null || anchor.equals(h.anchor()))) {
                scrollTo(h.node(), 0);
                following = true;
                contents.getSelectionModel().select(h);
                following = false;
                contents.scrollTo(h);
                return true;
            }
        }
        status.setText("No such place in the guide: " + document + (anchor == null ? "" : "#" + anchor));
        return false;
    }

    /** Scrolls so that {@code node} stands {@code fromTop} (a share of the viewport) below the top. */
    private void scrollTo(Node node, double fromTop) {
        VBox content = rendered.content();
        content.applyCss();
        content.layout();
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double viewport = scroll.getViewportBounds().getHeight();
        double range = content.getHeight() - viewport;
        double y = b.getMinY() - 12 - viewport * fromTop;
        scroll.setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, y / range)));
    }

    /** The contents select the section being read: the last heading at or above the viewport's top third. */
    private void followScroll() {
        if (rendered == null || rendered.headings().isEmpty()) {
            return;
        }
        double line = scroll.getViewportBounds().getHeight() / 3;
        GuideRenderer.HeadingEntry reading = null;
        for (GuideRenderer.HeadingEntry h : contents.getItems()) {
            Bounds b = scroll.sceneToLocal(h.node().localToScene(h.node().getBoundsInLocal()));
            if (b == null || b.getMinY() > line) {
                break;
            }
            reading = h;
        }
        if (reading != null && reading != contents.getSelectionModel().getSelectedItem()) {
            following = true;
            contents.getSelectionModel().select(reading);
            following = false;
        }
    }

    // ---- find -----------------------------------------------------------------------------------------------------

    private void focusFind() {
        find.requestFocus();
        find.selectAll();
    }

    private void search(String phrase) {
        if (rendered == null) {
            return;
        }
        List<String> blocks = new ArrayList<>(rendered.texts().size());
        for (GuideText t : rendered.texts()) {
            blocks.add(t.text());
        }
        matches = GuideFind.find(blocks, phrase);
        current = matches.isEmpty() ? -1 : 0;
        showMatches();
    }

    private void step(int delta) {
        if (matches.isEmpty()) {
            return;
        }
        current = Math.floorMod(current + delta, matches.size());
        showMatches();
    }

    private void showMatches() {
        List<GuideText> texts = rendered.texts();
        Map<Integer, List<GuideText.Range>> byBlock = new java.util.HashMap<>();
        for (GuideFind.Match m : matches) {
            byBlock.computeIfAbsent(m.block(), k -> new ArrayList<>()).add(new GuideText.Range(m.start(), m.end()));
        }
        GuideFind.Match now = current < 0 ? null : matches.get(current);
        for (int i = 0; i < texts.size(); i++) {
            List<GuideText.Range> ranges = byBlock.getOrDefault(i, List.of());
            if (!ranges.isEmpty() || texts.get(i).marked() || (now != null && now.block() == i)) {
                texts.get(i).mark(ranges, now != null && now.block() == i
                        ? new GuideText.Range(now.start(), now.end()) : null);
            }
        }
        if (find.getText().isBlank()) {
            findCount.setText("");
        } else if (matches.isEmpty()) {
            findCount.setText("no match");
        } else {
            findCount.setText((current + 1) + " of " + matches.size());
            scrollTo(texts.get(now.block()), 0.3);
        }
    }

    // ---- for tests and the screenshot tour -------------------------------------------------------------------------

    /** Finds {@code phrase} as if typed into the find field. */
    public void findText(String phrase) {
        find.setText(phrase);
    }

    public Stage stage() {
        return stage;
    }

    /** True once the guide is shown (the documents parsed and rendered). */
    public boolean loaded() {
        return rendered != null;
    }

    GuideRenderer.Rendered rendered() {
        return rendered;
    }

    ScrollPane scroll() {
        return scroll;
    }

    ListView<GuideRenderer.HeadingEntry> contents() {
        return contents;
    }

    TextField find() {
        return find;
    }

    String findCount() {
        return findCount.getText();
    }

    Label status() {
        return status;
    }

    List<GuideFind.Match> matches() {
        return matches;
    }

    void follow(String fromDocument, String destination) {
        follow(new GuideLinks(new HashSet<>(List.of(GuideSource.README, GuideSource.WORKBENCH)))
                .resolve(fromDocument, destination));
    }
}
