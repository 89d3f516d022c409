package org.rapporteur.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * The library view model on the sample corpus: reports load and group in the background, a refresh that finds the
 * same reports changes nothing on screen, and another grouping regroups.
 */
class LibraryViewModelTest {
    private static Workspace workspace;

    @BeforeAll
    static void setUp() {
        FxTestSupport.startToolkit();
        workspace = FxTestSupport.sampleWorkspace();
    }

    @Test
    void groupsInTheBackgroundAndLeavesAnUnchangedLibraryAlone() {
        // One worker, so a marker task queued after a refresh runs after it.
        BackgroundTasks tasks = new BackgroundTasks(java.util.concurrent.Executors.newSingleThreadExecutor());
        LibraryViewModel vm = onFx(() -> new LibraryViewModel(workspace, tasks, r -> { }));
        AtomicInteger changes = new AtomicInteger();
        onFx(() -> vm.groupsProperty().addListener(o -> changes.incrementAndGet()));
        onFx(vm::refresh);
        waitUntil(10, () -> !vm.groupsProperty().get().isEmpty());
        List<LibraryGrouping.Group> first = onFx(() -> vm.groupsProperty().get());
        assertEquals(workspace.corpus().reports().size(), first.stream().mapToInt(g -> g.reports().size()).sum());
        assertEquals(1, changes.get());

        onFx(vm::refresh);
        // A second load of the same library: wait for it through a third one queued behind it on the same executor.
        java.util.concurrent.CountDownLatch drained = new java.util.concurrent.CountDownLatch(1);
        tasks.executor().submit(drained::countDown);
        waitUntil(10, () -> drained.getCount() == 0);
        onFx(() -> { }); // the answer's FX callback ran before this one
        assertSame(first, onFx(() -> vm.groupsProperty().get()), "an unchanged library is not replaced");
        assertEquals(1, changes.get());

        onFx(() -> vm.groupingProperty().set(LibraryGrouping.YEAR));
        waitUntil(10, () -> vm.groupsProperty().get() != first);
        assertTrue(onFx(() -> vm.groupsProperty().get().stream().allMatch(g -> g.name().matches("\\d{4}|Undated"))));
        tasks.shutdown();
    }
}
