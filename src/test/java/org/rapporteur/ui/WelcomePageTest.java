package org.rapporteur.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.ChangeOrigin;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.AsAnInstalledApp;
import org.rapporteur.testing.InventedReportText;
import org.rapporteur.ui.main.MainViewModel;
import org.rapporteur.ui.main.MainWindow;
import org.rapporteur.ui.main.ThemeSwitcher;
import org.rapporteur.ui.main.WorkspaceSwitch;
import org.rapporteur.ui.search.ResultsView;
import org.rapporteur.ui.tasks.BackgroundTasks;
import org.rapporteur.ui.tasks.CorpusAdditions;
import org.rapporteur.ui.welcome.WelcomeView;
import org.rapporteur.ui.welcome.WelcomeViewModel;

/**
 * The first start of an installed app (no {@code rapporteur.home}: no default corpus root; the sample reports where
 * {@code rapporteur.samples} says — invented reports here), as a new user meets it (ADR 0027): the window opens on the
 * welcome page; "Open the sample reports" indexes them with the progress on the page, then the page gives way to the
 * results; without samples that action is off and says why; a file dropped on the page is added; File ▸ Open
 * workspace… puts another workspace in the window and closes the first. Also the first start from a clone (with
 * {@code rapporteur.home}), which indexes the clone's samples at once. {@code -Dwelcome.screenshot=PREFIX} writes
 * the page at 1280×800 and 1024×700 in both themes.
 */
@ExtendWith(AsAnInstalledApp.class)
class WelcomePageTest {
    @TempDir
    Path dir;
    private final BackgroundTasks tasks = new BackgroundTasks();
    private Workspace workspace;
    private Stage stage;
    private MainViewModel vm;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void close() {
        if (stage != null) {
            onFx(() -> stage.close());
        }
        tasks.shutdown();
        if (workspace != null) {
            workspace.close();
        }
    }

    /** A folder of {@code n} invented reports that all mention {@code word}. */
    private Path inventedReports(Path folder, int n, String word) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder("Seminar " + i + " on the " + word + " Basin\n\n");
            text.append("Ambassador Selma Okonkwo said the ").append(word).append(" Basin feeds eleven million people.\n\n");
            for (String p : InventedReportText.paragraphs(new Random(i), 3, 3)) {
                text.append(p).append("\n\n");
            }
            Files.writeString(folder.resolve("seminar-" + i + ".txt"), text);
        }
        return folder;
    }

    /** The workbench window over a new, empty workspace, started as at launch. */
    private MainWindow openWindow(Path wsDir) throws Exception {
        workspace = Workspace.open(wsDir, ChangeOrigin.WORKBENCH);
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            vm = new MainViewModel(workspace, tasks, 50);
            MainWindow window = new MainWindow(vm, stage);
            stage.setScene(window.scene());
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            vm.start();
            return window;
        }).get(3, TimeUnit.MINUTES);
    }

    private MainViewModel vm(MainWindow window) {
        return vm;
    }

    @Test
    void anEmptyWorkspaceOpensOnTheWelcomePageAndTheSamplesReplaceIt() throws Exception {
        Path folder = inventedReports(dir.resolve("app/samples"), 3, "Halvard");
        System.setProperty("rapporteur.samples", folder.toString());
        MainWindow window = openWindow(dir.resolve("ws"));

        waitUntil(30, () -> window.showsWelcome() && window.welcome().samplesProperty().get() != null);
        WelcomeView page = window.welcomeView();
        Button open = page.samplesButton();
        assertFalse(onFx(open::isDisabled), "the samples can be opened");
        assertEquals("3 short seminar and webinar reports to try Rapporteur on, indexed in seconds.",
                WelcomeViewModel.samplesLine(window.welcome().samplesProperty().get()));
        assertTrue(onFx(open::getAccessibleText).startsWith("Open the sample reports. 3 short"));
        for (String id : List.of(WelcomeView.ADD_FOLDER_ID, WelcomeView.ADD_FILES_ID)) {
            Button b = onFx(() -> (Button) page.lookup("#" + id));
            assertFalse(onFx(b::isDisabled), id);
            assertTrue(onFx(b::isFocusTraversable), id + " is reached with Tab");
        }
        // the keyboard starts on the first thing to do (the scene's focus owner: the window itself may not have the
        // focus of the screen while other tests' windows are open)
        waitUntil(10, () -> window.scene().getFocusOwner() == open);
        assertEquals(MainViewModel.NO_CORPUS_YET, onFx(() -> vm.statusProperty().get()));
        assertTrue(onFx(() -> window.scene().lookup("#" + ResultsView.LIST_ID) == null),
                "the page stands where the results go");
        screenshots(window, "idle");
        for (double[] size : new double[][] {{1280, 800}, {1024, 700}}) {
            onFx(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            Thread.sleep(300);
            List<CutLabels.Cut> cuts = onFx(() -> {
                page.applyCss();
                page.layout();
                return CutLabels.under(page);
            });
            assertTrue(cuts.isEmpty(), "cut at " + size[0] + "×" + size[1] + ": " + cuts);
        }

        // Enter on the focused action opens the samples: indexed with the progress on the page, then the results
        List<String> progress = new CopyOnWriteArrayList<>();
        onFx(() -> window.welcome().progressLineProperty().addListener((o, a, line) -> {
            if (window.showsWelcome() && page.lookup("#" + WelcomeView.PROGRESS_ID).isVisible()) {
                progress.add(line);
            }
        }));
        onFx(() -> {
            var robotless = new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                    javafx.scene.input.KeyCode.ENTER, false, false, false, false);
            javafx.event.Event.fireEvent(open, robotless);
        });
        if (System.getProperty("welcome.screenshot") != null) {
            waitUntil(30, () -> !progress.isEmpty() || !window.showsWelcome());
            javafx.scene.image.WritableImage image = onFx(() -> stage.getScene().snapshot(null));
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    Path.of(System.getProperty("welcome.screenshot") + "-indexing.png").toFile());
        }
        waitUntil(60, () -> !window.showsWelcome() && vm.indexingProperty().get() == null
                && vm.results().totalProperty().get() > 0);
        assertTrue(progress.stream().anyMatch(l -> l.matches("Indexing the corpus — \\d of 3 reports…")),
                "the page showed the run's progress: " + progress);
        assertEquals(List.of(folder), workspace.corpusRoots(), "the samples are the workspace's corpus now");
        assertNotNull(onFx(() -> window.scene().lookup("#" + ResultsView.LIST_ID)), "the results are back");
        assertEquals(3, workspace.corpus().reports().size());
    }

    @Test
    void withoutSamplesTheActionIsOffAndSaysWhyAndADropOnThePageAddsTheFile() throws Exception {
        System.setProperty("rapporteur.samples", dir.resolve("no-samples-here").toString());
        MainWindow window = openWindow(dir.resolve("ws"));
        waitUntil(30, () -> window.showsWelcome() && window.welcome().samplesProperty().get() != null);
        WelcomeView page = window.welcomeView();
        assertTrue(onFx(() -> page.samplesButton().isDisabled()), "no samples: the action is off");
        Label why = onFx(() -> (Label) page.samplesButton().lookupAll(".label").stream()
                .filter(n -> ((Label) n).getText().contains("does not exist")).findFirst().orElse(null));
        assertNotNull(why, "the reason is on the page");
        assertTrue(onFx(why::isVisible));
        assertEquals("The sample reports are not there: " + dir.resolve("no-samples-here") + " does not exist.",
                onFx(why::getText));
        waitUntil(10, () -> window.scene().getFocusOwner() == page.lookup("#" + WelcomeView.ADD_FOLDER_ID));
        screenshots(window, "no-samples");

        Path file = Files.writeString(dir.resolve("velmark-roundtable.txt"), """
                Roundtable on Fisheries in Velmark

                Mr. Tomasz Wielgosz said that catches in the Velmark fisheries have fallen six years in a row.
                """);
        Node target = onFx(() -> page.lookup("#" + WelcomeView.ADD_FILES_ID));
        assertTrue(FileDrops.drop(target, List.of(file.toFile())), "a file dropped on the welcome page is taken");
        waitUntil(60, () -> !window.showsWelcome() && vm.indexingProperty().get() == null
                && vm.results().totalProperty().get() > 0);
        assertTrue(Files.isRegularFile(workspace.dir().resolve(CorpusAdditions.IMPORTS).resolve(file.getFileName())));
    }

    @Test
    void openWorkspacePutsAnotherWorkspaceInTheWindowAndClosesTheFirst() throws Exception {
        Path other = dir.resolve("colleague");
        try (Workspace filled = Workspace.open(other)) {
            filled.index(List.of(inventedReports(dir.resolve("reports"), 2, "Tarnwick")), ProgressListener.NONE,
                    Cancellation.NEVER);
        }
        Path first = dir.resolve("ws");
        MainWindow window = openWindow(first);
        waitUntil(30, () -> window.showsWelcome());
        WorkspaceSwitch[] switcher = new WorkspaceSwitch[1];
        onFx(() -> switcher[0] = new WorkspaceSwitch(stage, new WorkspaceSwitch.Session(workspace, tasks, vm(window),
                window), s -> { }));

        // a folder of reports is not a workspace: refused, nothing made in it, the window stays as it was
        Path reportsFolder = dir.resolve("reports");
        onFx(() -> switcher[0].open(reportsFolder));
        Thread.sleep(500);
        waitUntil(20, () -> switcher[0].current().workspace() == workspace);
        assertFalse(Files.exists(reportsFolder.resolve("index")), "no index was made among the reports");
        assertFalse(Workspace.isWorkspace(reportsFolder));
        assertTrue(onFx(window::showsWelcome));

        onFx(() -> switcher[0].open(other));
        waitUntil(60, () -> switcher[0].current().workspace().dir().equals(other)
                && stage.getScene() == switcher[0].current().window().scene()
                && !switcher[0].current().window().showsWelcome()
                && switcher[0].current().vm().results().totalProperty().get() > 0);
        assertTrue(onFx(stage::getTitle).endsWith(other.toString()), onFx(stage::getTitle));
        // the first workspace was closed: it can be opened again (its index's write lock is free)
        waitUntil(30, () -> {
            try (Workspace again = Workspace.open(first)) {
                return again.dir().equals(first);
            } catch (RuntimeException locked) {
                return false;
            }
        });
        Workspace second = switcher[0].current().workspace();
        switcher[0].current().tasks().shutdown();
        onFx(() -> switcher[0].current().vm().close());
        workspace = second; // closed after the test (the first one is closed by the switch)
    }

    @Test
    void aCloneStillIndexesItsSamplesAtOnce() throws Exception {
        Path clone = dir.resolve("clone");
        inventedReports(clone.resolve("corpus/samples"), 2, "Brennholm");
        System.setProperty("rapporteur.home", clone.toString());
        System.clearProperty("rapporteur.samples");
        workspace = Workspace.open(dir.resolve("ws"), ChangeOrigin.WORKBENCH);
        List<String> progress = new CopyOnWriteArrayList<>();
        MainViewModel clonesVm = onFx(() -> {
            MainViewModel m = new MainViewModel(workspace, tasks, 50);
            WelcomeViewModel welcome = new WelcomeViewModel(m);
            welcome.progressLineProperty().addListener((o, a, line) -> {
                if (welcome.shownProperty().get() && !line.isEmpty()) {
                    progress.add(line);
                }
            });
            m.start();
            return m;
        });
        waitUntil(60, () -> clonesVm.firstIndexDoneProperty().get() && clonesVm.results().totalProperty().get() > 0);
        assertEquals(2, workspace.corpus().reports().size(), "the clone's samples were indexed without a click");
        // Progress lines are coalesced for the screen, so two tiny reports may finish before a count is shown: the
        // page must show the run, in whichever of its lines the refresh caught.
        assertTrue(progress.stream().anyMatch(l -> l.startsWith("Indexing the corpus — ")),
                "the welcome page showed the run: " + progress);
        assertEquals(List.of(), workspace.settings().corpusRoots(), "the default root is not written down");
    }

    /** {@code -Dwelcome.screenshot=PREFIX}: the page at 1280×800 and 1024×700, light and dark. */
    private void screenshots(MainWindow window, String name) throws Exception {
        String prefix = System.getProperty("welcome.screenshot");
        if (prefix == null || prefix.isBlank()) {
            return;
        }
        for (double[] size : new double[][] {{1280, 800}, {1024, 700}}) {
            for (ThemeSwitcher theme : ThemeSwitcher.values()) {
                onFx(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    window.setTheme(theme);
                });
                Thread.sleep(600);
                javafx.scene.image.WritableImage image = onFx(() -> stage.getScene().snapshot(null));
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                        Path.of(prefix + "-" + name + "-" + (int) size[0] + "-" + theme.name().toLowerCase(Locale.ROOT)
                                + ".png").toFile());
            }
        }
        onFx(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            window.setTheme(ThemeSwitcher.LIGHT);
        });
    }
}
