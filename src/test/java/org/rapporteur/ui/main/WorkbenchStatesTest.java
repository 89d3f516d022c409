package org.rapporteur.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.testing.InventedReportText;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.search.EmptyResults;
import org.rapporteur.ui.search.ResultsView;
import org.rapporteur.ui.tasks.BackgroundTasks;
import org.rapporteur.ui.tasks.IndexStatus;

/**
 * What the workbench says while it works, driven by its view model without a window: the empty results list says
 * "Opening the workspace…", then the first index's progress, "No reports yet" for an empty corpus, and "No claims
 * match" only when a search over an index holding claims found nothing; the start-up check for changes starts after
 * the first answer, and the status bar says what it found. Invented reports in a temporary corpus.
 */
class WorkbenchStatesTest {
    @TempDir
    Path dir;
    private final BackgroundTasks tasks = new BackgroundTasks();
    private Workspace workspace;
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final List<String> statuses = new CopyOnWriteArrayList<>();
    private final List<Long> answersWhenIndexingStarted = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void close() {
        tasks.shutdown();
        if (workspace != null) {
            workspace.close();
        }
    }

    private static String report(String title, long seed) {
        StringBuilder sb = new StringBuilder(title).append("\n\n");
        for (String p : InventedReportText.paragraphs(new Random(seed), 3, 3)) {
            sb.append(p).append("\n\n");
        }
        return sb.toString();
    }

    /** A view model over a new workspace whose corpus is {@code root}, recording what it says. */
    private MainViewModel viewModel(Path root) {
        workspace = Workspace.open(dir.resolve("workspace"));
        workspace.updateSettings(s -> s.withCorpusRoots(List.of(root.toString())));
        return onFx(() -> {
            MainViewModel vm = new MainViewModel(workspace, tasks);
            vm.results().emptyMessageProperty().addListener((o, a, m) -> messages.add(m));
            vm.statusProperty().addListener((o, a, m) -> statuses.add(m));
            vm.indexingProperty().addListener((o, a, task) -> {
                if (task != null) {
                    answersWhenIndexingStarted.add(vm.results().searchesCompleted());
                }
            });
            return vm;
        });
    }

    @Test
    void theFirstIndexSaysWhatItIsDoingNeverThatNothingMatched() throws Exception {
        Path root = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(root.resolve("seminar-" + i + ".txt"), report("Seminar " + i + " on rivers", i));
        }
        MainViewModel vm = viewModel(root);
        ResultsView view = onFx(() -> new ResultsView(vm.results(), vm.sortProperty(), r -> { }, r -> { }));
        Label placeholder = onFx(() -> (Label) view.list().getPlaceholder());
        assertEquals(EmptyResults.OPENING, onFx(placeholder::getText), "before the first answer");

        onFx(() -> {
            vm.start();
            return null;
        });
        waitUntil(60, () -> vm.firstIndexDoneProperty().get());
        waitUntil(20, () -> !vm.results().loadingProperty().get() && vm.results().totalProperty().get() > 0);

        assertTrue(messages.stream().anyMatch(m -> m != null && m.matches("Indexing the corpus — \\d of 3 reports…")),
                "the first index's progress was said: " + messages);
        assertFalse(messages.contains(EmptyResults.NO_MATCH), "never 'no claims match' while indexing: " + messages);
        assertFalse(messages.contains(EmptyResults.NO_REPORTS), "never 'no reports' while indexing: " + messages);
        assertEquals(List.of(1L), answersWhenIndexingStarted, "the check started once the first search answered");
        assertEquals(IndexStatus.CHECKING, statuses.getFirst(), statuses.toString());
        assertTrue(statuses.contains("Indexing the corpus — 3 reports to read…"), statuses.toString());
        assertTrue(statuses.getLast().startsWith("3 reports indexed"), statuses.toString());

        // over an index holding claims, a query that finds nothing says so, in the list itself
        onFx(() -> {
            vm.search().queryProperty().set("zyxwvut");
            vm.search().submit();
            return null;
        });
        waitUntil(20, () -> !vm.results().loadingProperty().get() && vm.results().hits().isEmpty());
        assertEquals(EmptyResults.NO_MATCH, onFx(placeholder::getText));

        // a later check that finds nothing changed says so; one that finds a change names it
        statuses.clear();
        onFx(() -> {
            vm.index();
            return null;
        });
        waitUntil(30, () -> vm.indexingProperty().get() == null && statuses.size() >= 3);
        assertEquals(IndexStatus.CHECKING, statuses.getFirst(), statuses.toString());
        assertTrue(statuses.contains(IndexStatus.UNCHANGED), statuses.toString());
        assertTrue(statuses.getLast().startsWith("Corpus unchanged: 3 reports (checked in"), statuses.toString());

        Files.writeString(root.resolve("seminar-1.txt"), report("Seminar 1 on rivers, revised", 7));
        statuses.clear();
        onFx(() -> {
            vm.index();
            return null;
        });
        waitUntil(30, () -> vm.indexingProperty().get() == null && statuses.size() >= 3);
        assertTrue(statuses.contains("1 report changed, re-indexing…"), statuses.toString());
        assertTrue(statuses.getLast().startsWith("1 report indexed"), statuses.toString());
    }

    @Test
    void anEmptyCorpusSaysThereAreNoReportsYet() throws Exception {
        Path root = Files.createDirectories(dir.resolve("empty-corpus"));
        MainViewModel vm = viewModel(root);
        onFx(() -> {
            vm.start();
            return null;
        });
        waitUntil(30, () -> vm.firstIndexDoneProperty().get());
        waitUntil(20, () -> EmptyResults.NO_REPORTS.equals(vm.results().emptyMessageProperty().get()));
        assertFalse(messages.contains(EmptyResults.NO_MATCH), messages.toString());
        assertEquals(EmptyResults.NO_REPORTS, onFx(() -> vm.indexStateMessage().get()),
                "the analysis tabs say it too");
        assertTrue(statuses.getLast().startsWith("No report files in the corpus folders"), statuses.toString());
    }

    @Test
    void theWindowSaysItWhereTheResultsGo() throws Exception {
        Path root = Files.createDirectories(dir.resolve("empty-corpus"));
        MainViewModel vm = viewModel(root);
        // building the whole window in one event takes seconds, and far longer on a loaded machine
        javafx.stage.Stage stage = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            javafx.stage.Stage s = new javafx.stage.Stage();
            MainWindow window = new MainWindow(vm, s);
            s.setScene(window.scene());
            s.setWidth(1280);
            s.setHeight(800);
            s.show();
            vm.start();
            return s;
        }).get(3, java.util.concurrent.TimeUnit.MINUTES);
        try {
            waitUntil(30, () -> vm.firstIndexDoneProperty().get() && !vm.results().loadingProperty().get());
            // a workspace whose index holds no report shows the welcome page there (ADR 0027), and it names the
            // folder it looked in
            Label lookedIn = onFx(() -> (Label) stage.getScene().lookup("#"
                    + org.rapporteur.ui.welcome.WelcomeView.LOOKED_IN_ID));
            assertTrue(lookedIn != null, "the welcome page shows");
            waitUntil(10, () -> lookedIn.isVisible() && lookedIn.getText().contains(root.toString()));
            assertTrue(onFx(() -> stage.getScene().lookup("#" + ResultsView.EMPTY_ID) == null),
                    "the empty results list is not on screen");
            String status = onFx(() -> ((Label) stage.getScene().lookup("#" + MainWindow.STATUS_ID)).getText());
            assertTrue(status.startsWith("No report files in the corpus folders"), status);
            saveScreenshotIfAsked(stage, "empty-workspace");
        } finally {
            onFx(() -> {
                stage.close();
                return null;
            });
        }
    }

    /** {@code -Dstates.screenshot=PREFIX} writes PREFIX-NAME.png of the window, to look at what the user sees. */
    private static void saveScreenshotIfAsked(javafx.stage.Stage stage, String name) throws Exception {
        String prefix = System.getProperty("states.screenshot");
        if (prefix == null || prefix.isBlank()) {
            return;
        }
        javafx.scene.image.WritableImage image = onFx(() -> stage.getScene().snapshot(null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                Path.of(prefix + "-" + name + ".png").toFile());
    }
}
