package org.rapporteur.ui.orphans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.Annotations;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.reader.TextSelection;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * Orphans made for real: a report is annotated (a tag on a text selection, a note on another selection), its file is
 * rewritten without those words and re-indexed, and the orphans view model lists both with what they were and the
 * quote they had; re-attaching the tag to a claim and deleting the note empty the list.
 */
class OrphansViewModelTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private BackgroundTasks tasks;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void tearDown() {
        if (tasks != null) {
            tasks.shutdown();
        }
        if (workspace != null) {
            workspace.close();
        }
    }

    @Test
    void listsRealOrphansAndReattachesAndDeletesThem() {
        workspace = Workspace.open(dir.resolve("ws"));
        tasks = new BackgroundTasks();
        OrphanFixture.Made made = OrphanFixture.make(workspace, dir.resolve("corpus"));
        ReportSummary v1 = made.before();
        ReportSummary v2 = made.after();
        Annotations a = workspace.annotations();
        String tagged = OrphanFixture.TAGGED;
        String noted = OrphanFixture.NOTED;
        assertTrue(a.orphans().size() == 2, () -> "orphans: " + a.orphans());

        AtomicReference<ClaimRecord> selectedClaim = new AtomicReference<>();
        AtomicReference<TextSelection> selectedText = new AtomicReference<>();
        OrphansViewModel vm = onFx(() -> new OrphansViewModel(workspace, tasks, selectedClaim::get,
                selectedText::get));
        AutoCloseable listening = onFx(vm::listen);
        onFx(vm::refresh);
        waitUntil(20, () -> !vm.loadingProperty().get() && vm.rows().size() == 2);
        OrphanRow tagRow = onFx(() -> vm.rows().stream().filter(r -> r.orphan().kind().equals("coding"))
                .findFirst().orElseThrow());
        OrphanRow noteRow = onFx(() -> vm.rows().stream().filter(r -> r.orphan().kind().equals("note"))
                .findFirst().orElseThrow());
        assertEquals("Tag 'Breakwater schedule'", tagRow.what());
        assertEquals(tagged, tagRow.quote());
        assertNotNull(tagRow.createdAt());
        assertTrue(noteRow.what().contains("ask the engineers"), noteRow.what());
        assertEquals(noted, noteRow.quote());
        assertEquals((v2.title() != null && !v2.title().isBlank() ? v2.title() : v2.source()) + " (earlier version)", tagRow.report(),
                "the orphan names the report it was on, though the file changed (and its id with it)");
        assertTrue(!v1.id().equals(v2.id()));

        // Re-attaching without a selected claim is refused with a sentence, and changes nothing.
        onFx(() -> vm.reattachToSelectedClaim(tagRow));
        assertTrue(onFx(() -> vm.messageProperty().get()).contains("Select the claim"));

        ClaimRecord target = workspace.corpus().claimsOf(v2.id()).stream()
                .filter(r -> r.claim().text().contains("fishing cooperatives")).findFirst().orElseThrow();
        selectedClaim.set(target);
        onFx(() -> vm.reattachToSelectedClaim(tagRow));
        waitUntil(20, () -> !vm.loadingProperty().get() && vm.rows().size() == 1);
        assertTrue(a.codings(target.claim().id()).stream().anyMatch(c -> c.tagPath().equals("Breakwater schedule")),
                "the tag is on the chosen claim now");
        assertTrue(workspace.corpus().claim(target.claim().id()).orElseThrow().tags().contains("Breakwater schedule"),
                "and the index knows it");

        onFx(() -> vm.delete(noteRow));
        waitUntil(20, () -> !vm.loadingProperty().get() && vm.rows().isEmpty());
        assertTrue(a.orphans().isEmpty());

        // Both are undoable: the listener brings the note back as an orphan on undo.
        a.undo();
        waitUntil(20, () -> !vm.loadingProperty().get() && vm.rows().size() == 1
                && vm.rows().getFirst().orphan().kind().equals("note"));
        try {
            listening.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
