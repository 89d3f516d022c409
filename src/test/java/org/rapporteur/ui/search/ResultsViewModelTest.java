package org.rapporteur.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.QuerySyntaxException;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SortOrder;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.tasks.BackgroundTasks;

/** The results view model without a window: paging, stale answers dropped, syntax errors, sorting by the index. */
class ResultsViewModelTest {
    private static Workspace workspace;

    @BeforeAll
    static void setUp() {
        FxTestSupport.startToolkit();
        workspace = FxTestSupport.sampleWorkspace();
    }

    private static SearchRequest request(String q) {
        return new SearchRequest(q, Map.of(), SortOrder.RELEVANCE, 10, 0, 20);
    }

    @Test
    void loadsOnePageAtATimeUntilAllAreThere() {
        BackgroundTasks tasks = new BackgroundTasks();
        ResultsViewModel vm = new ResultsViewModel(workspace, tasks, 50);
        onFx(() -> vm.search(request("")));
        waitUntil(10, () -> !vm.loadingProperty().get());
        long total = onFx(() -> vm.totalProperty().get());
        assertEquals(workspace.corpus().claimCount(), total, "a blank query lists every claim");
        assertTrue(total > 100, "the sample corpus has more than two pages");
        assertEquals(50, onFx(() -> vm.hits().size()));

        onFx(vm::loadMore);
        waitUntil(10, () -> !vm.loadingProperty().get() && vm.hits().size() == 100);
        while (onFx(vm::hasMore)) {
            int before = onFx(() -> vm.hits().size());
            onFx(vm::loadMore);
            waitUntil(10, () -> !vm.loadingProperty().get() && vm.hits().size() > before);
        }
        List<ClaimHit> hits = onFx(() -> List.copyOf(vm.hits()));
        assertEquals(total, hits.size());
        assertEquals(total, new HashSet<>(hits.stream().map(h -> h.record().claim().id()).toList()).size(),
                "pages do not overlap");
        tasks.shutdown();
    }

    @Test
    void anOlderSearchFinishingLastIsDropped() {
        // The first search submitted is held back, so it answers after the second one.
        AtomicInteger submitted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        BackgroundTasks tasks = new BackgroundTasks(new java.util.concurrent.AbstractExecutorService() {
            public void execute(Runnable r) {
                boolean first = submitted.getAndIncrement() == 0;
                pool.execute(() -> {
                    if (first) {
                        try {
                            Thread.sleep(700);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    r.run();
                });
            }

            public void shutdown() {
                pool.shutdown();
            }

            public List<Runnable> shutdownNow() {
                return pool.shutdownNow();
            }

            public boolean isShutdown() {
                return pool.isShutdown();
            }

            public boolean isTerminated() {
                return pool.isTerminated();
            }

            public boolean awaitTermination(long t, java.util.concurrent.TimeUnit u) throws InterruptedException {
                return pool.awaitTermination(t, u);
            }
        });
        ResultsViewModel vm = new ResultsViewModel(workspace, tasks, 500);
        onFx(() -> {
            vm.search(request("Pakistan"));
            vm.search(request("Afghanistan"));
        });
        waitUntil(10, () -> vm.searchesCompleted() >= 1 && !vm.loadingProperty().get());
        long expected = workspace.corpus().search(request("Afghanistan").withLimit(500)).total();
        // Give the held-back search time to finish; its answer must not replace the newer one.
        waitUntil(10, () -> submitted.get() == 2);
        org.testfx.util.WaitForAsyncUtils.sleep(1200, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertEquals(expected, onFx(() -> vm.totalProperty().get()));
        assertEquals("Afghanistan", onFx(() -> vm.requestProperty().get().query()));
        assertEquals(1, vm.searchesCompleted(), "the stale answer was not counted or shown");
        tasks.shutdown();
    }

    @Test
    void aQueryThatDoesNotParseReportsItsPosition() {
        BackgroundTasks tasks = new BackgroundTasks();
        ResultsViewModel vm = new ResultsViewModel(workspace, tasks, 20);
        onFx(() -> vm.search(request("peace AND (talks")));
        waitUntil(10, () -> vm.syntaxErrorProperty().get() != null);
        QuerySyntaxException e = onFx(() -> vm.syntaxErrorProperty().get());
        assertTrue(e.position() >= 0, "position known");
        assertNull(onFx(() -> vm.errorMessageProperty().get()), "a syntax error is not a general failure");
        onFx(() -> vm.search(request("peace")));
        waitUntil(10, () -> vm.syntaxErrorProperty().get() == null && !vm.loadingProperty().get());
        tasks.shutdown();
    }

    @Test
    void sortingIsDoneByTheIndex() {
        BackgroundTasks tasks = new BackgroundTasks();
        ResultsViewModel vm = new ResultsViewModel(workspace, tasks, 500);
        onFx(() -> vm.search(request("").withSort(SortOrder.REPORT)));
        waitUntil(10, () -> !vm.loadingProperty().get() && !vm.hits().isEmpty());
        List<String> titles = onFx(() -> vm.hits().stream().map(h -> h.record().reportTitle() == null ? ""
                : h.record().reportTitle().toLowerCase(java.util.Locale.ROOT)).toList());
        assertNotNull(titles);
        for (int i = 1; i < titles.size(); i++) {
            assertFalse(titles.get(i).compareTo(titles.get(i - 1)) < 0, "sorted by report at " + i);
        }
        tasks.shutdown();
    }
}
