package org.rapporteur.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.rapporteur.annotations.ChangeOrigin;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SearchResult;
import org.rapporteur.pipeline.Workspace;

/**
 * One cold opening of a team workspace for {@link TeamOpenBenchmark}, in a fresh JVM: what the workbench does before
 * the analyst can work — {@link Workspace#open}, the library's reports, the codebook (tag tree and colours), the undo
 * state, and the first search with its facets (the tag facet among them). Prints one line:
 * {@code open=MS library=MS codebook=MS undo=MS search=MS total=MS tags=N tagFacetValues=N hits=N}.
 */
public final class TeamOpenProbe {
    private TeamOpenProbe() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        long t0 = System.nanoTime();
        try (Workspace ws = Workspace.open(dir, ChangeOrigin.WORKBENCH)) {
            ws.prepareSearch();
            long t1 = System.nanoTime();
            int reports = ws.corpus().reports().size();
            long t2 = System.nanoTime();
            int tags = ws.annotations().tagTree().size();
            Map<String, String> colours = ws.annotations().tagColoursByPath();
            long t3 = System.nanoTime();
            boolean undo = ws.annotations().canUndo() | ws.annotations().canRedo();
            long t4 = System.nanoTime();
            SearchResult r = ws.corpus().search(new SearchRequest("", Map.of(), null, 50, 0, 30));
            long t5 = System.nanoTime();
            long tagValues = r.facets().stream().filter(f -> f.dimension() == FacetDimension.TAG)
                    .mapToLong(f -> f.values().size()).sum();
            System.out.printf(Locale.ROOT, "open=%.0f library=%.0f codebook=%.0f undo=%.0f search=%.0f total=%.0f"
                    + " reports=%d topTags=%d tagPaths=%d tagFacetValues=%d hits=%d undoable=%b%n", ms(t0, t1),
                    ms(t1, t2), ms(t2, t3), ms(t3, t4), ms(t4, t5), ms(t0, t5), reports, tags, colours.size(),
                    tagValues, r.total(), undo);
        }
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
