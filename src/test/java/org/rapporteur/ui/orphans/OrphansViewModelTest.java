package org.rapporteur.ui.orphans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.Target;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.pipeline.AnnotationService;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.reader.TextSelection;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * Orphans made for real: a report is annotated (a tag on a text selection, a note on another selection), its file is
 * rewritten without those words and re-indexed, and the orphans view model lists both with what they were and the
 * quote they had; re-attaching the tag to a claim and deleting the note empty the list.
 */
class OrphansViewModelTest {
    private static final String BEFORE = """
            Quarterly Review of Imaginary Harbour Policy

            The harbour authority of Velmora expects container traffic to double by the end of the decade, \
            according to its latest planning memo.

            Officials said the new breakwater will be finished before the autumn storms, although the engineers \
            on the site remain openly sceptical about that schedule.

            The regional council argued that fishing cooperatives must keep access to the northern quay during \
            the whole construction period.
            """;
    private static final String AFTER = """
            Quarterly Review of Imaginary Harbour Policy

            The harbour authority of Velmora expects container traffic to double by the end of the decade, \
            according to its latest planning memo.

            Ferry operators complained about timetables printed only in small type on yellowing paper.

            The regional council argued that fishing cooperatives must keep access to the northern quay during \
            the whole construction period.
            """;

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

    private ReportSummary index(Path corpus) {
        workspace.index(List.of(corpus), ProgressListener.NONE, Cancellation.NEVER);
        List<ReportSummary> reports = workspace.reports();
        assertEquals(1, reports.size());
        return reports.getFirst();
    }

    @Test
    void listsRealOrphansAndReattachesAndDeletesThem() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path file = corpus.resolve("harbour-review.txt");
        Files.writeString(file, BEFORE);
        workspace = Workspace.open(dir.resolve("ws"));
        tasks = new BackgroundTasks();
        ReportSummary v1 = index(corpus);
        String text = workspace.reportText(v1.id()).orElseThrow();
        AnnotationService a = workspace.annotations();
        String tagged = "new breakwater will be finished before the autumn storms";
        String noted = "remain openly sceptical";
        int t = text.indexOf(tagged);
        int n = text.indexOf(noted);
        assertTrue(t > 0 && n > 0);
        long tag = a.execute(new Change.CreateTag("Breakwater schedule")).entityId();
        a.execute(new Change.AddCoding(tag, Target.selection(v1.id(), t, t + tagged.length())));
        a.execute(new Change.AddNote(Target.selection(v1.id(), n, n + noted.length()), "ask the engineers"));

        Files.writeString(file, AFTER);
        ReportSummary v2 = index(corpus);
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
        assertTrue(tagRow.report().contains(v1.id().substring(0, 12)) || tagRow.report().contains("Harbour"),
                tagRow.report());

        // Re-attaching without a selected claim is refused with a sentence, and changes nothing.
        onFx(() -> vm.reattachToSelectedClaim(tagRow));
        assertTrue(onFx(() -> vm.messageProperty().get()).contains("Select the claim"));

        ClaimRecord target = workspace.claimsOf(v2.id()).stream()
                .filter(r -> r.claim().text().contains("fishing cooperatives")).findFirst().orElseThrow();
        selectedClaim.set(target);
        onFx(() -> vm.reattachToSelectedClaim(tagRow));
        waitUntil(20, () -> !vm.loadingProperty().get() && vm.rows().size() == 1);
        assertTrue(a.codings(target.claim().id()).stream().anyMatch(c -> c.tagPath().equals("Breakwater schedule")),
                "the tag is on the chosen claim now");
        assertTrue(workspace.claim(target.claim().id()).orElseThrow().tags().contains("Breakwater schedule"),
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
