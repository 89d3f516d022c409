package org.rapporteur.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.CorrectionRequest;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.ThemeMatch;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * Analysis ▸ Re-theme claims from the main view model, without a window: the job runs in the background (never on the
 * FX thread), the status bar's message says how many claims changed, the analyst's theme correction survives it, a
 * second request while one runs starts nothing, and the taxonomy for Themes… is read in the background.
 */
class RethemeViewModelTest {
    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static BackgroundTasks tasks;
    private static MainViewModel vm;

    @BeforeAll
    static void setUp() {
        FxTestSupport.startToolkit();
        workspace = FxTestSupport.freshWorkspace(dir.resolve("ws"));
        tasks = new BackgroundTasks();
        vm = onFx(() -> new MainViewModel(workspace, tasks, 50));
    }

    @AfterAll
    static void tearDown() throws InterruptedException {
        onFx(vm::close);
        Thread.sleep(300);
        tasks.shutdown();
        workspace.close();
    }

    @Test
    void reThemingRunsInTheBackgroundKeepsCorrectionsAndSaysHowManyClaimsChanged() {
        ClaimRecord claim = workspace.corpus().reports().stream()
                .flatMap(r -> workspace.corpus().claimsOf(r.id()).stream())
                .filter(r -> r.claim().enrichment().themes().stream()
                        .noneMatch(t -> t.theme().equals("Society/Culture and identity")))
                .findFirst().orElseThrow();
        String id = claim.claim().id();
        workspace.annotations().execute(new Change.AddCorrection(new CorrectionRequest.AddTheme(id,
                "Society/Culture and identity")));

        List<String> messages = Collections.synchronizedList(new ArrayList<>());
        onFx(() -> vm.userMessageProperty().addListener((o, a, m) -> {
            if (m != null) {
                messages.add(m);
            }
        }));
        onFx(() -> {
            vm.retheme();
            assertNotNull(vm.rethemingProperty().get(), "the job runs as a task the status bar shows");
            vm.retheme(); // a second request while it runs starts nothing
        });
        waitUntil(120, () -> vm.rethemingProperty().get() == null);
        waitUntil(10, () -> messages.stream().anyMatch(m -> m.startsWith("Re-themed:")));
        assertEquals(1, messages.stream().filter(m -> m.startsWith("Re-themed")).count(), messages.toString());
        assertTrue(workspace.corpus().claim(id).orElseThrow().claim().enrichment().themes().stream()
                .map(ThemeMatch::theme).anyMatch("Society/Culture and identity"::equals),
                "the analyst's theme survives the re-theme");

        List<MainViewModel.Taxonomy> read = Collections.synchronizedList(new ArrayList<>());
        onFx(() -> vm.loadThemes(read::add));
        waitUntil(10, () -> !read.isEmpty());
        assertEquals(36, read.getFirst().themes().size());
        assertEquals(1, read.getFirst().analystExamples().get("Society/Culture and identity"));
    }
}
