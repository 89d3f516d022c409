package org.rapporteur.bench.compare;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

import org.rapporteur.model.SearchResult;
import org.rapporteur.pipeline.Workspace;

/**
 * The first search after opening a workspace, in a fresh JVM (nothing loaded, nothing compiled, no facet state
 * built): opens the workspace, then times one workbench request (see
 * {@link WorkbenchSearchLatency#workbenchRequest}). Usage: {@code FirstSearch WORKSPACE QUERY}. Prints
 * {@code open.ms=}, {@code first.ms=}, {@code total=}, {@code jvmToAnswer.ms=}.
 */
public final class FirstSearch {
    private FirstSearch() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            long t1 = System.nanoTime();
            SearchResult r = ws.corpus().search(WorkbenchSearchLatency.workbenchRequest(args.length > 1 ? args[1] : ""));
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "open.ms=%.1f%nfirst.ms=%.1f%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
            System.out.println("total=" + r.total());
            System.out.println("jvmToAnswer.ms=" + (System.currentTimeMillis()
                    - ManagementFactory.getRuntimeMXBean().getStartTime()));
        }
    }
}
