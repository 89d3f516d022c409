package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.Target;
import org.rapporteur.model.FacetCount;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.SharedData;

/**
 * Two openings of one workspace (a workbench and a CLI, say) code claims at the same time: every change succeeds,
 * and the index's tag facet ends up counting all of them, though only one of them can hold the index's write lock
 * at a time.
 */
class ConcurrentWorkspacesTest {
    @Test
    void twoWritersOnOneWorkspaceBothSucceed(@TempDir Path dir) throws Exception {
        List<String> claims = new ArrayList<>();
        try (Workspace ws = Workspace.open(dir)) {
            ws.index(List.of(SharedData.corpus()), ProgressListener.NONE, Cancellation.NEVER);
            ws.corpus().forEachClaim("", r -> {
                if (claims.size() < 40) {
                    claims.add(r.claim().id());
                }
            });
            ws.annotations().execute(new Change.CreateTag("Left"));
            ws.annotations().execute(new Change.CreateTag("Right"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Workspace a = Workspace.open(dir); Workspace b = Workspace.open(dir)) {
            long left = a.annotations().resolveTag("Left").id();
            long right = b.annotations().resolveTag("Right").id();
            CompletableFuture<Void> fa = CompletableFuture.runAsync(() -> {
                for (String id : claims.subList(0, 20)) {
                    a.annotations().execute(new Change.AddCoding(left, Target.claim(id)));
                }
            }, pool);
            CompletableFuture<Void> fb = CompletableFuture.runAsync(() -> {
                for (String id : claims.subList(20, 40)) {
                    b.annotations().execute(new Change.AddCoding(right, Target.claim(id)));
                }
            }, pool);
            CompletableFuture.allOf(fa, fb).get();
        } finally {
            pool.shutdownNow();
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertEquals(20, ws.annotations().codingsByTag(ws.annotations().resolveTag("Left").id(), false).size());
            assertEquals(20, ws.annotations().codingsByTag(ws.annotations().resolveTag("Right").id(), false).size());
            FacetCount tags = ws.corpus().search(SearchRequest.of("", 1)).facets().stream()
                    .filter(f -> f.dimension() == FacetDimension.TAG).findFirst().orElseThrow();
            assertEquals(List.of(new FacetCount.Value("Left", 20, false), new FacetCount.Value("Right", 20, false)),
                    tags.values().stream().sorted(java.util.Comparator.comparing(FacetCount.Value::value)).toList());
        }
    }
}
