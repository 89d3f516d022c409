package org.rapporteur.ui.main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.rapporteur.model.FacetCount;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.ui.facets.FacetsViewModel;
import org.rapporteur.ui.search.EmptyResults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the window through its main views and writes a PNG of each ({@code bin/screenshots}), at 1280×800 with both
 * side panes open: the welcome page of a workspace with no corpus (then its "Open the sample reports"), results for a
 * query with a facet selected and a claim in the inspector, the reader at that claim, a query syntax error, the dark
 * theme, the review, the matrix, charts and network tabs, the shortcut list (Ctrl+/), the user guide (F1; light, and
 * dark with a find), About and the problems window (after adding a folder of invented unreadable files). Snapshots
 * come from {@code Node.snapshot}, so they work under Xvfb and are deterministic.
 */
public final class ScreenshotTour {
    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotTour.class);
    static final String QUERY = "Afghanistan AND (security OR peace)";
    /** In other words than the reports use: what meaning search is for. */
    static final String MEANING_QUERY = "militant sanctuaries across the border";
    /** Tags and the words of the claims the tour codes with them, so the inspector has tags to suggest. */
    private static final java.util.Map<String, String> HAND_CODING = java.util.Map.of(
            "Security", "terrorism OR militants OR militancy", "Trade", "trade OR economic OR connectivity",
            "Refugees", "refugees OR migrants");
    /** The size of a common laptop screen: what the views must fit with both side panes open. */
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    private final MainViewModel vm;
    private final MainWindow window;
    private final Stage stage;
    private final Path out;
    private final Runnable onDone;
    private javafx.scene.control.Alert shortcuts;
    private javafx.scene.control.Alert themes;
    private ThemesViewModel themesEditor;
    private volatile String addedTheme;
    private int themedByMeaning;
    private Stage problems;
    private org.rapporteur.ui.help.GuideWindow guide;
    private org.rapporteur.ui.help.AboutWindow about;
    private volatile boolean coded;
    private volatile long exampleTag = -1;

    public ScreenshotTour(MainViewModel vm, MainWindow window, Stage stage, Path out, Runnable onDone) {
        this.vm = vm;
        this.window = window;
        this.stage = stage;
        this.out = out;
        this.onDone = onDone;
    }

    public void start() {
        long t = 60_000;
        FxScript script = new FxScript(onDone);
        script.then("window size", () -> {
                    stage.setMaximized(false);
                    stage.setWidth(WIDTH);
                    stage.setHeight(HEIGHT);
                }, () -> true, 1000)
                // closed and opened again, the side panes take their default share of this width (a window
                // opened at 1280×800), not the share of the larger window they were first laid out in
                .then("side panes", () -> window.showSidePanes(false, false), () -> true, 300)
                .then("both side panes open", () -> window.showSidePanes(true, true), () -> true, 500)
                // A workspace with no corpus opens on the welcome page (an installed app, or bin/screenshots, which
                // starts as one): its picture, then "Open the sample reports", as a new user would.
                .then("first answer", () -> { }, () -> vm.firstIndexDoneProperty().get()
                        && vm.indexingProperty().get() == null && !vm.results().loadingProperty().get()
                        && vm.results().indexContentProperty().get() != EmptyResults.IndexContent.UNKNOWN, 10 * t)
                .then("welcome page", () -> { }, () -> !window.showsWelcome()
                        || window.welcome().samplesProperty().get() != null, t)
                .pause(800)
                .then("shot welcome", () -> {
                    if (window.showsWelcome()) {
                        shot("00-welcome.png", window.root());
                    }
                }, () -> true, 1000)
                .then("open the sample reports", () -> {
                    if (window.showsWelcome()) {
                        window.welcome().openSamples();
                    }
                }, () -> !window.showsWelcome() || vm.indexingProperty().get() != null, t)
                .then("first index", () -> { }, () -> vm.firstIndexDoneProperty().get()
                        && vm.indexingProperty().get() == null && !window.showsWelcome()
                        && window.resultsView() != null, 10 * t)
                .then("search", () -> {
                    vm.clearSearch();
                    vm.search().setQuietly(QUERY);
                    vm.search().submit();
                }, this::searchSettled, t)
                .then("facet", () -> firstValue(FacetDimension.COUNTRY)
                        .or(() -> firstValue(FacetDimension.REPORT))
                        .ifPresent(v -> vm.facets().toggle(v.dimension(), v.value(), true)), this::searchSettled, t)
                .then("select result", () -> window.resultsView().list().getSelectionModel().clearAndSelect(0),
                        () -> inspectorShows(0), t)
                .then("tag", () -> vm.inspector().addTag("Regional cooperation"),
                        () -> vm.inspector().annotationsProperty().get() != null
                                && !vm.inspector().annotationsProperty().get().codings().isEmpty(), t)
                .then("link", () -> {
                    if (!vm.inspector().related().isEmpty()) {
                        vm.inspector().link(vm.inspector().related().getFirst().record().claim().id(),
                                org.rapporteur.annotations.LinkType.ELABORATES, null);
                    }
                }, () -> vm.inspector().related().isEmpty() || !vm.inspector().annotationsProperty().get().links()
                        .isEmpty(), t)
                .then("results refreshed", () -> { }, this::searchSettled, t)
                .pause(800)
                .then("shot results", () -> shot("01-results.png", window.root()), () -> true, 1000)
                .then("open reader", () -> {
                    var claim = vm.inspector().claimProperty().get();
                    if (claim != null) {
                        vm.openClaim(claim);
                    }
                }, () -> !vm.reader().loadingProperty().get() && !vm.reader().blocks().isEmpty(), t)
                .then("code words", this::codeSomeWords, () -> !vm.reader().marks().isEmpty(), t)
                .pause(800)
                .then("shot reader", () -> shot("02-reader.png", window.root()), () -> true, 1000)
                .then("shot inspector", () -> shot("03-inspector.png",
                        window.root().lookup("#" + org.rapporteur.ui.inspector.InspectorView.ID)), () -> true, 1000)
                .then("library by year", () -> { }, () -> true, 100)
                .then("syntax error", () -> {
                    window.workArea().getSelectionModel().select(0);
                    vm.search().setQuietly("speaker:(Khan AND");
                    vm.search().submit();
                }, () -> vm.search().errorProperty().get() != null, t)
                .pause(500)
                .then("shot error", () -> shot("04-query-error.png", window.root()), () -> true, 1000)
                .then("dark", () -> {
                    vm.search().setQuietly(QUERY);
                    vm.search().submit();
                    window.setTheme(ThemeSwitcher.DARK);
                }, this::searchSettled, t)
                .then("select result", () -> window.resultsView().list().getSelectionModel().clearAndSelect(1),
                        () -> inspectorShows(1), t)
                .pause(800)
                .then("shot dark", () -> shot("05-dark.png", window.root()), () -> true, 1000)
                .then("light again", () -> window.setTheme(ThemeSwitcher.LIGHT), () -> true, 1000)
                // meaning: the vectors made in the background after the first index, some claims coded by hand so
                // that tags are suggested, then a search in other words, the inspector and the By example tab
                .then("embedded", vm::embedMissing, () -> vm.embeddingProperty().get() == null
                        && vm.meaningStateProperty().get() != null
                        && !MainViewModel.wantsEmbedding(vm.meaningStateProperty().get()), 10 * t)
                .then("code some claims", this::codeSomeClaims, () -> coded, t)
                .then("meaning search", () -> {
                    window.workArea().getSelectionModel().select(0);
                    vm.clearSearch();
                    vm.searchModeProperty().set(org.rapporteur.model.SearchMode.HYBRID);
                    vm.search().setQuietly(MEANING_QUERY);
                    vm.search().submit();
                }, this::searchSettled, t)
                .then("select a meaning hit", () -> window.resultsView().list().getSelectionModel()
                        .clearAndSelect(0), () -> inspectorShows(0)
                        && !vm.inspector().suggestionsLoadingProperty().get(), t)
                .pause(800)
                .then("inspector to its end", () -> {
                    Node inspector = window.root().lookup("#" + org.rapporteur.ui.inspector.InspectorView.ID);
                    if (inspector instanceof javafx.scene.control.ScrollPane sp) {
                        sp.layout();
                        sp.setVvalue(sp.getVmax());
                    }
                }, () -> true, 800)
                .then("shot meaning results", () -> shot("07-meaning.png", window.root()), () -> true, 1000)
                .then("shot meaning inspector", () -> shot("08-inspector-meaning.png",
                        window.root().lookup("#" + org.rapporteur.ui.inspector.InspectorView.ID)), () -> true, 1000)
                // themes: a theme the analyst adds (Add theme…), the inspector at its themes with their evidence,
                // Analysis ▸ Re-theme claims and what the status bar says after it, Analysis ▸ Themes…
                .then("a claim themed by meaning", () -> window.resultsView().list().getSelectionModel()
                        .clearAndSelect(themedByMeaning = firstThemedByMeaning()),
                        () -> inspectorShows(themedByMeaning), t)
                .then("add a theme", this::addATheme, () -> addedTheme == null || inspectorHasTheme(addedTheme), t)
                .then("inspector at its themes", this::scrollInspectorToThemes, () -> true, 800)
                .then("shot inspector themes", () -> shot("themes-inspector.png",
                        window.root().lookup("#" + org.rapporteur.ui.inspector.InspectorView.ID)), () -> true, 1000)
                .then("type in Add theme…", () -> typeInThemeField("sec"), () -> themeChoicesShowing() != null, t)
                .pause(500)
                .then("shot theme choices", () -> {
                    javafx.stage.Window popup = themeChoicesShowing();
                    Node field = window.root().lookup("#" + org.rapporteur.ui.inspector.InspectorView.THEME_FIELD_ID);
                    if (popup != null && field != null) {
                        shot("themes-add.png", popup.getScene().getRoot());
                    }
                }, () -> true, 1000)
                .then("close theme choices", () -> typeInThemeField(""), () -> true, 500)
                .then("re-theme", vm::retheme, () -> vm.rethemingProperty().get() == null, 10 * t)
                .then("inspector at its themes again", this::scrollInspectorToThemes, () -> true, 800)
                .then("shot re-themed", () -> shot("themes-rethemed.png", window.root()), () -> true, 1000)
                .then("themes dialog", () -> {
                    themesEditor = vm.themesEditor();
                    themes = ThemesDialog.create(stage, window.scene().getStylesheets(), themesEditor);
                    themes.show();
                    themesEditor.load();
                }, () -> themes != null && themes.isShowing() && themesEditor.taxonomyProperty().get() != null, t)
                .then("an example typed", () -> {
                    // what the analyst sees before Add example: a theme chosen, a sentence typed (nothing saved)
                    themesEditor.exampleThemeProperty().set("Society/Education");
                    themesEditor.exampleProperty().set("Teachers in the north went unpaid for a year.");
                    themesEditor.parentProperty().set("Society");
                    themesEditor.nameProperty().set("Housing");
                }, () -> true, 500)
                .then("shot themes", () -> shot("themes-dialog.png", themes.getDialogPane().getScene().getRoot()),
                        () -> true, 1000)
                .then("close themes", () -> themes.close(), () -> !themes.isShowing(), t)
                .then("by example", () -> window.showByExample(exampleTag), () -> !vm.byExample().loadingProperty()
                        .get() && vm.byExample().tagProperty().get() != null, t)
                .pause(800)
                .then("shot by example", () -> shot("09-by-example.png", window.root()), () -> true, 1000)
                .then("by example dark", () -> window.setTheme(ThemeSwitcher.DARK), () -> true, 1000)
                .then("shot by example dark", () -> shot("09-by-example-dark.png", window.root()), () -> true, 1000)
                .then("meaning at 1024×768", () -> {
                    stage.setWidth(1024);
                    stage.setHeight(768);
                    window.workArea().getSelectionModel().select(0);
                }, () -> true, 1500)
                .then("shot meaning dark 1024", () -> shot("07-meaning-dark-1024.png", window.root()), () -> true,
                        1000)
                .then("light 1024", () -> window.setTheme(ThemeSwitcher.LIGHT), () -> true, 1000)
                .then("shot meaning 1024", () -> shot("07-meaning-1024.png", window.root()), () -> true, 1000)
                .then("by example 1024", () -> window.showByExample(exampleTag), () -> true, 1500)
                .then("shot by example 1024", () -> shot("09-by-example-1024.png", window.root()), () -> true, 1000)
                .then("back to 1280×800", () -> {
                    stage.setWidth(WIDTH);
                    stage.setHeight(HEIGHT);
                }, () -> true, 1000)
                .then("review", window::showReview, () -> !vm.review().loadingProperty().get()
                        && !vm.review().rows().isEmpty() && window.reviewView().list().getSelectionModel()
                        .getSelectedItem() != null, t)
                .then("review: the second row", () -> window.reviewView().list().getSelectionModel().clearAndSelect(1),
                        () -> inspectorShowsReviewRow(1), t)
                .then("review: rename the label", () -> {
                    var names = vm.review().speakerNames();
                    String someone = names.isEmpty() ? "" : names.getFirst();
                    window.reviewView().openNameField(true, someone.substring(0, Math.min(3, someone.length())));
                }, () -> true, 1000)
                .pause(800)
                .then("shot review", () -> shot("06-review.png", window.root()), () -> true, 1000)
                .then("back to the results", () -> {
                    window.workArea().getSelectionModel().select(0);
                    vm.search().setQuietly(QUERY);
                    vm.search().submit();
                }, this::searchSettled, t)
                .then("matrix", () -> showTab("analysis-matrix"), () -> analysisShows(".heat-cell"), t)
                .pause(800)
                .then("shot matrix", () -> shot("matrix.png", window.root()), () -> true, 1000)
                .then("charts", () -> showTab("analysis-charts"), () -> analysisShows(".chart-bar"), t)
                .pause(800)
                .then("shot charts", () -> shot("charts.png", window.root()), () -> true, 1000)
                .then("network", () -> showTab("analysis-network"), () -> analysisShows(".network-node"), t)
                .pause(800)
                .then("shot network", () -> shot("network.png", window.root()), () -> true, 1000)
                .then("shortcuts", () -> shortcuts = window.showShortcuts(), () -> shortcuts != null
                        && shortcuts.isShowing(), t)
                .pause(500)
                .then("shot shortcuts", () -> shot("shortcuts.png", shortcuts.getDialogPane().getScene().getRoot()),
                        () -> true, 1000)
                .then("close shortcuts", () -> shortcuts.close(), () -> !shortcuts.isShowing(), t)
                .then("guide", () -> guide = window.showGuide(), () -> guide != null && guide.loaded(), t)
                .pause(800)
                .then("shot guide", () -> shot("guide.png", guide.stage().getScene().getRoot()), () -> true, 1000)
                .then("guide: find, dark", () -> {
                    guide.findText("Review attributions");
                    window.setTheme(ThemeSwitcher.DARK);
                }, () -> true, 1000)
                .pause(800)
                .then("shot guide dark", () -> shot("guide-dark.png", guide.stage().getScene().getRoot()),
                        () -> true, 1000)
                .then("close guide", () -> {
                    window.setTheme(ThemeSwitcher.LIGHT);
                    guide.stage().close();
                }, () -> true, 500)
                .then("about", () -> about = window.showAbout(), () -> about != null && about.loaded(), t)
                .pause(500)
                .then("shot about", () -> shot("about.png", about.stage().getScene().getRoot()), () -> true, 1000)
                .then("close about", () -> about.stage().close(), () -> true, 500)
                .then("add a folder of bad files", this::addBadFiles, () -> vm.indexingProperty().get() == null
                        && !vm.problems().isEmpty(), 10 * t)
                .then("problems", () -> problems = window.showProblems(), () -> problems != null
                        && problems.isShowing(), t)
                .pause(800)
                .then("shot problems", () -> shot("problems.png", problems.getScene().getRoot()), () -> true, 1000)
                .then("close problems", () -> problems.close(), () -> true, 1000)
                .start();
    }

    private void showTab(String id) {
        window.workArea().getTabs().stream().filter(tab -> id.equals(tab.getId())).findFirst()
                .ifPresent(tab -> window.workArea().getSelectionModel().select(tab));
    }

    /** The selected analysis tab has drawn its data ({@code marker}) and its progress bar is gone. */
    private boolean analysisShows(String marker) {
        Node content = window.workArea().getSelectionModel().getSelectedItem().getContent();
        return content != null && !content.lookupAll(marker).isEmpty() && content.lookupAll(".progress-bar").stream()
                .noneMatch(n -> n.isVisible() && n.getParent() != null && n.getParent().isVisible());
    }

    /**
     * Adds a folder of files that cannot be read (made here, invented: an empty file, a PDF that is not one, a file
     * of an unknown type) as a corpus root of the tour's workspace, so the problems window has something to say.
     */
    private void addBadFiles() {
        try {
            Path dir = Files.createDirectories(vm.workspace().dir().resolve("unreadable-examples"));
            Files.writeString(dir.resolve("empty-minutes.txt"), "");
            Files.writeString(dir.resolve("conference-programme.pdf"), "This was saved as text, not as a PDF.");
            Files.writeString(dir.resolve("speakers.xyz"), "a list in a format nobody reads");
            vm.addToCorpus(java.util.List.of(dir));
        } catch (IOException e) {
            LOG.warn("Could not make the folder of unreadable examples", e);
        }
    }

    /** Types {@code text} into the inspector's Add theme… field (focused), as an analyst filtering the list. */
    private void typeInThemeField(String text) {
        Node n = window.root().lookup("#" + org.rapporteur.ui.inspector.InspectorView.THEME_FIELD_ID);
        if (n instanceof javafx.scene.control.TextField f) {
            f.requestFocus();
            f.setText(text);
            if (text.isEmpty()) {
                window.root().requestFocus();
            }
        }
    }

    /** The Add theme… list when it shows (a context menu's window), else null. */
    private static javafx.stage.Window themeChoicesShowing() {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing()).findFirst().orElse(null);
    }

    /** The first result with a theme by meaning (its evidence "like: …"), else the first result. */
    private int firstThemedByMeaning() {
        var items = window.resultsView().list().getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).record().claim().enrichment().themes().stream()
                    .anyMatch(m -> m.evidence().stream().anyMatch(e -> e.startsWith("like")))) {
                return i;
            }
        }
        return 0;
    }

    /** Gives the claim in the inspector a theme it has not (Border security when it can), as Add theme… does. */
    private void addATheme() {
        var claim = vm.inspector().claimProperty().get();
        var choices = org.rapporteur.ui.inspector.InspectorViewModel.themeChoices(vm.inspector().themes(), "",
                claim);
        if (claim == null || choices.isEmpty()) {
            return;
        }
        addedTheme = choices.stream().filter(th -> th.label().equals("Border security")).findFirst()
                .orElse(choices.getFirst()).path();
        vm.inspector().addTheme(addedTheme);
    }

    private boolean inspectorHasTheme(String theme) {
        var claim = vm.inspector().claimProperty().get();
        return claim != null && claim.claim().enrichment().themes().stream().anyMatch(m -> m.theme().equals(theme));
    }

    /** Scrolls the inspector so that its themes section is near the top. */
    private void scrollInspectorToThemes() {
        Node inspector = window.root().lookup("#" + org.rapporteur.ui.inspector.InspectorView.ID);
        if (inspector instanceof javafx.scene.control.ScrollPane sp) {
            sp.layout();
            Node line = sp.getContent().lookup(".theme-line");
            if (line == null) {
                return;
            }
            var b = sp.getContent().sceneToLocal(line.localToScene(line.getBoundsInLocal()));
            double room = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
            if (room > 0) {
                sp.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 220) / room)));
            }
        }
    }

    private boolean inspectorShowsReviewRow(int i) {
        var rows = vm.review().rows();
        var shown = vm.inspector().claimProperty().get();
        return rows.size() > i && shown != null && shown.claim().id().equals(rows.get(i).claim().id());
    }

    /**
     * Codes the first claims of a few searches by words with a tag each (in the background, as an analyst would by
     * hand), so the inspector has coded neighbours to suggest tags from and By example has examples.
     */
    private void codeSomeClaims() {
        var commands = new org.rapporteur.ui.inspector.AnnotationCommands(vm.workspace());
        vm.tasks().run("Coding claims for the tour", () -> {
            long security = -1;
            for (var e : HAND_CODING.entrySet()) {
                var request = new org.rapporteur.model.SearchRequest(e.getValue(), java.util.Map.of(), null, 6, 0, 0,
                        org.rapporteur.model.SearchMode.LEXICAL);
                for (var hit : vm.workspace().corpus().search(request).hits()) {
                    commands.addTag(hit.record().claim().id(), e.getKey());
                }
                if (e.getKey().equals("Security")) {
                    security = vm.workspace().annotations().resolveTag("Security").id();
                }
            }
            return security;
        }, id -> {
            exampleTag = id;
            coded = true;
        }, error -> {
            LOG.warn("Coding claims for the tour failed", error);
            coded = true;
        });
    }

    /** Selects the first words of the claim in the inspector, in the reader, and tags them (a selection mark). */
    private void codeSomeWords() {
        var claim = vm.inspector().claimProperty().get();
        if (claim == null) {
            return;
        }
        var c = claim.claim();
        int end = c.start() + Math.min(c.text().length(), Math.max(20, c.text().indexOf(' ', 40)));
        if (vm.reader().selectRange(c.start(), end)) {
            vm.reader().tagSelection("Key phrase");
        }
    }

    /** The inspector shows result {@code i} with its related claims and annotations loaded. */
    private boolean inspectorShows(int i) {
        var items = window.resultsView().list().getItems();
        var shown = vm.inspector().claimProperty().get();
        var annotations = vm.inspector().annotationsProperty().get();
        return items.size() > i && shown != null && shown.claim().id().equals(items.get(i).record().claim().id())
                && !vm.inspector().relatedLoadingProperty().get() && annotations != null
                && annotations.claimId().equals(shown.claim().id());
    }

    private boolean searchSettled() {
        return !vm.results().loadingProperty().get();
    }

    private Optional<FacetsViewModel.FacetGroup> group(FacetDimension d) {
        return vm.facets().groups().stream().filter(g -> g.dimension() == d).findFirst();
    }

    private record Pick(FacetDimension dimension, String value) {
    }

    private Optional<Pick> firstValue(FacetDimension d) {
        return group(d).flatMap(g -> g.values().stream().max(Comparator.comparingLong(FacetCount.Value::count))
                .map(v -> new Pick(d, v.value())));
    }

    private void shot(String name, Node node) {
        if (node == null) {
            LOG.warn("Nothing to snapshot for {}", name);
            return;
        }
        try {
            Files.createDirectories(out);
            WritableImage image = node.snapshot(null, null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name).toFile());
            LOG.info("Wrote {}", out.resolve(name));
        } catch (IOException e) {
            LOG.warn("Writing {} failed", name, e);
        }
    }
}
