package org.rapporteur.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.AttributionEvidence;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Person;
import org.rapporteur.model.ReviewPage;
import org.rapporteur.pipeline.AttributionReview;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * The review list over the indexed sample reports, with one claim given a close runner-up (the structurer makes
 * none yet): worst first, accept / runner-up / typed speaker / label rename each take claims off in place and are
 * corrections in the store, refusals change nothing, and an undo brings the claim back and asks for it to be
 * selected.
 */
class ReviewViewModelTest {
    static final String RUNNER_UP = "Ivan Runner";

    @TempDir
    Path dir;
    private Workspace workspace;
    private BackgroundTasks tasks;
    private AutoCloseable listening;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (listening != null) {
            listening.close();
        }
        if (tasks != null) {
            tasks.shutdown();
        }
        if (workspace != null) {
            workspace.close();
        }
    }

    /**
     * The index's page, with the claim {@code target} (while the index still lists it) given a runner-up 0.02
     * behind and evidence both ways and every other claim's runner-up removed, re-sorted by doubt as the index sorts.
     */
    static ReviewPage withRunnerUp(ReviewPage page, String target) {
        List<ClaimRecord> out = new ArrayList<>();
        for (ClaimRecord r : page.claims()) {
            if (r.claim().id().equals(target)) {
                Attribution a = r.claim().attribution();
                Attribution close = a.withDeliberation(new Attribution.RunnerUp(new Person(RUNNER_UP, List.of(),
                        "delegate", null, null), null, a.confidence() - 0.02, "named two sentences above"), List.of(
                        new AttributionEvidence(a.creditedName(), "pronoun", a.confidence(), "'she' refers back",
                                true),
                        new AttributionEvidence(RUNNER_UP, "nearest name", a.confidence() - 0.02,
                                "the nearest name before the claim", false)));
                r = new ClaimRecord(r.claim().withAttribution(close), r.source(), r.reportTitle(), r.organisation(),
                        r.date(), r.kind(), r.tags());
            } else {
                // the other claims lose their runner-ups, so the test knows which claim has one
                Attribution a = r.claim().attribution();
                r = new ClaimRecord(r.claim().withAttribution(a.withDeliberation(null, a.evidence())), r.source(),
                        r.reportTitle(), r.organisation(), r.date(), r.kind(), r.tags());
            }
            out.add(r);
        }
        out.sort(Comparator.comparingDouble((ClaimRecord r) -> -r.claim().attribution().doubt()));
        return new ReviewPage(page.total(), out);
    }

    @Test
    void answersTakeClaimsOffInPlaceAndUndoBringsThemBack() {
        workspace = FxTestSupport.freshWorkspace(dir.resolve("ws"));
        tasks = new BackgroundTasks();
        AttributionReview review = new AttributionReview(workspace);
        ReviewPage real = review.claimsToReview(AttributionReview.DEFAULT_LIMIT);
        // a claim credited to a person (reported speech through a pronoun, 0.6) gets the runner-up
        String target = real.claims().stream().filter(r -> r.claim().attribution().speaker() != null).findFirst()
                .orElseThrow().claim().id();
        ReviewViewModel vm = onFx(() -> new ReviewViewModel(workspace, tasks,
                limit -> withRunnerUp(review.claimsToReview(limit), target)));
        listening = onFx(vm::listen);
        onFx(vm::refresh);
        waitUntil(20, () -> !vm.loadingProperty().get() && vm.rows().size() == real.claims().size());
        assertEquals(real.total(), (long) onFx(() -> vm.totalProperty().get()));

        // worst first
        List<ClaimRecord> rows = onFx(() -> List.copyOf(vm.rows()));
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).claim().attribution().doubt() >= rows.get(i).claim().attribution().doubt());
        }
        int at = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).claim().id().equals(target)) {
                at = i;
            }
        }
        assertTrue(at >= 0 && at + 1 < rows.size(), "the claim with the close runner-up is listed: " + at);
        int index = at;

        // R: the runner-up said it — the row leaves at once, the store and the index have it
        int n = rows.size();
        onFx(() -> vm.takeRunnerUp(rows.get(index)));
        assertEquals(n - 1, (int) onFx(() -> vm.rows().size()), "the row leaves at once");
        assertEquals(rows.get(index + 1), onFx(() -> vm.rows().get(index)), "the next one moves up in place");
        waitUntil(20, () -> RUNNER_UP.equals(workspace.corpus().claim(target).orElseThrow().claim().attribution()
                .speakerName()));
        waitUntil(20, () -> vm.doneProperty().get() != null && !vm.loadingProperty().get());
        assertEquals(n - 1, (int) onFx(() -> vm.rows().size()), "a re-read does not bring it back");

        // negative: R on a claim without a runner-up is refused, nothing changes
        ClaimRecord plain = onFx(() -> vm.rows().getFirst());
        onFx(() -> vm.takeRunnerUp(plain));
        assertTrue(onFx(() -> vm.messageProperty().get()).contains("no runner-up"));
        assertEquals(n - 1, (int) onFx(() -> vm.rows().size()));

        // A: accepted — same name, confidence 1
        onFx(() -> vm.accept(plain));
        assertFalse(onFx(() -> vm.rows().contains(plain)));
        waitUntil(20, () -> workspace.corpus().claim(plain.claim().id()).orElseThrow().claim().attribution()
                .confidence() == 1.0);
        assertEquals(plain.claim().attribution().creditedName(), workspace.corpus().claim(plain.claim().id()).orElseThrow()
                .claim().attribution().creditedName());

        // N: a typed speaker; a blank name is refused
        ClaimRecord typed = onFx(() -> vm.rows().getFirst());
        onFx(() -> vm.setSpeaker(typed, "  "));
        assertTrue(onFx(() -> vm.rows().contains(typed)));
        onFx(() -> vm.setSpeaker(typed, "Alice Jones"));
        assertFalse(onFx(() -> vm.rows().contains(typed)));
        waitUntil(20, () -> "Alice Jones".equals(workspace.corpus().claim(typed.claim().id()).orElseThrow().claim()
                .attribution().speakerName()));
        waitUntil(20, () -> !vm.loadingProperty().get() && vm.rows().size() == n - 3);

        // Ctrl+Z: the typed speaker is undone, the claim comes back and is named for selection
        workspace.annotations().undo();
        waitUntil(20, () -> !vm.loadingProperty().get() && vm.rows().contains(typed));
        assertEquals(typed.claim().id(), onFx(() -> vm.focusProperty().get()));
        onFx(vm::focusTaken);
        assertEquals(n - 2, (int) onFx(() -> vm.rows().size()));
        assertEquals(n - 2, (long) onFx(() -> vm.totalProperty().get()));
    }

    @Test
    void renamingALabelTakesAllItsRowsOfThatReportOffInOneUndoableStep() {
        workspace = FxTestSupport.freshWorkspace(dir.resolve("ws"));
        tasks = new BackgroundTasks();
        ReviewViewModel vm = onFx(() -> new ReviewViewModel(workspace, tasks));
        listening = onFx(vm::listen);
        onFx(vm::refresh);
        waitUntil(20, () -> !vm.loadingProperty().get() && !vm.rows().isEmpty());
        List<ClaimRecord> before = onFx(() -> List.copyOf(vm.rows()));
        // the label listed most often in one report: renaming it takes several rows at once
        ClaimRecord row = before.stream().max(Comparator.comparingLong((ClaimRecord r) -> before.stream()
                .filter(o -> o.claim().reportId().equals(r.claim().reportId()) && r.claim().attribution()
                        .creditedName().equals(o.claim().attribution().creditedName())).count())).orElseThrow();
        String label = row.claim().attribution().creditedName();
        long same = before.stream().filter(r -> r.claim().reportId().equals(row.claim().reportId())
                && label.equals(r.claim().attribution().creditedName())).count();
        assertTrue(same >= 2, label + ": " + same);

        onFx(() -> vm.renameLabel(row, "Alice Jones"));
        assertEquals(before.size() - same, (int) onFx(() -> vm.rows().size()), "all of them leave at once");
        waitUntil(20, () -> "Alice Jones".equals(workspace.corpus().claim(row.claim().id()).orElseThrow().claim()
                .attribution().speakerName()));
        waitUntil(20, () -> !vm.loadingProperty().get() && vm.doneProperty().get() != null);
        assertTrue(onFx(() -> vm.doneProperty().get()).startsWith("Renamed '" + label + "' to Alice Jones"));
        assertEquals(before.size() - same, (int) onFx(() -> vm.rows().size()));
        // negative: rows of other labels stayed
        assertTrue(onFx(() -> vm.rows().stream().allMatch(r -> !r.claim().reportId().equals(row.claim()
                .reportId()) || !label.equals(r.claim().attribution().creditedName()))));
        assertTrue(onFx(() -> vm.rows().stream().anyMatch(r -> !label.equals(r.claim().attribution()
                .creditedName()))));

        workspace.annotations().undo();
        waitUntil(20, () -> !vm.loadingProperty().get() && vm.rows().size() == before.size());
        assertNotNull(onFx(() -> vm.rows().stream().filter(r -> r.claim().id().equals(row.claim().id()))
                .findFirst().orElse(null)));
    }

    @Test
    void completesTypedNamesFromTheCorpusSpeakers() {
        workspace = FxTestSupport.freshWorkspace(dir.resolve("ws"));
        tasks = new BackgroundTasks();
        ReviewViewModel vm = onFx(() -> new ReviewViewModel(workspace, tasks));
        onFx(vm::refresh);
        waitUntil(20, () -> !vm.speakerNames().isEmpty());
        String someone = onFx(() -> vm.speakerNames().getFirst());
        String part = someone.substring(0, Math.min(3, someone.length()));
        List<String> found = onFx(() -> vm.complete(part.toLowerCase(java.util.Locale.ROOT), 6));
        assertTrue(found.contains(someone), found + " for " + part);
        assertTrue(found.size() <= 6);
        assertTrue(onFx(() -> vm.complete("zzqx", 6)).isEmpty());
        assertTrue(onFx(() -> vm.complete(" ", 6)).isEmpty());
    }
}
