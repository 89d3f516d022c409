package org.rapporteur.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.pipeline.ClaimAggregates;
import org.rapporteur.pipeline.ClaimMatrix;
import org.rapporteur.pipeline.ClaimTable;
import org.rapporteur.pipeline.CooccurrenceGraph;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.SharedData;

/**
 * Benchmark, not a test: times the analysis aggregates over the whole UN General Debate corpus — one pass collecting
 * every matrix dimension for the full corpus, matrices and a co-occurrence graph derived from it, and passes for a
 * query and a facet filter. Prints a Markdown table. Arguments: a workspace folder (indexed from the UN corpus if it
 * holds no claims yet) and the corpus folder. Run it on an otherwise idle machine:
 * {@code java -cp target/test-classes:target/classes:<deps> org.rapporteur.bench.AggregatesBenchmark WS ../shared/ungdc}.
 */
public final class AggregatesBenchmark {
    private static final int RUNS = 3;

    private AggregatesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path wsDir = Path.of(args.length > 0 ? args[0] : Files.createTempDirectory("rapporteur-agg").toString());
        Path ungdc = (args.length > 1 ? Path.of(args[1]) : SharedData.ungdc()).toAbsolutePath().normalize();
        StringBuilder report = new StringBuilder("## Analysis aggregates on the UN General Debate corpus\n\n");
        try (Workspace ws = Workspace.open(wsDir)) {
            if (ws.corpus().claimCount() == 0) {
                long t0 = System.nanoTime();
                ws.index(List.of(ungdc), ProgressListener.NONE, Cancellation.NEVER);
                report.append(String.format(Locale.ROOT, "- Indexed in %.0f s%n", (System.nanoTime() - t0) / 1e9));
            }
            ClaimAggregates agg = new ClaimAggregates(ws);
            report.append(String.format(Locale.ROOT, "- %,d claims in %,d reports; JVM %s, max heap %d MB, %d cores%n%n",
                    ws.corpus().claimCount(), ws.corpus().reports().size(), System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors()));
            report.append("| step | result | first ms | median ms |\n|---|---|---|---|\n");

            SearchRequest all = SearchRequest.of("", 20);
            ClaimTable[] table = new ClaimTable[1];
            time(report, "collect all 9 matrix dimensions, whole corpus", () -> {
                table[0] = agg.collect(all, ClaimAggregates.MATRIX_DIMENSIONS, ProgressListener.NONE,
                        Cancellation.NEVER);
                return String.format(Locale.ROOT, "%,d claims", table[0].size());
            });
            long before = usedHeap();
            report.append(String.format(Locale.ROOT, "| heap in use after a GC, table held | %d MB | | |%n", before >> 20));
            time(report, "speaker × theme, top 25 × 10 (from the table)", () -> describe(
                    table[0].matrix(FacetDimension.SPEAKER, FacetDimension.THEME, 25, 10, Cancellation.NEVER)));
            time(report, "speaker's country × year, top 200 × 100 (from the table)", () -> describe(
                    table[0].matrix(FacetDimension.SPEAKER_COUNTRY, FacetDimension.YEAR, 200, 100,
                            Cancellation.NEVER)));
            time(report, "co-occurrence speakers/countries/themes, top 15 each (from the table)", () -> {
                CooccurrenceGraph g = table[0].cooccurrence(List.of(FacetDimension.SPEAKER, FacetDimension.COUNTRY,
                        FacetDimension.THEME), 15, 1, Cancellation.NEVER);
                return g.nodes().size() + " nodes, " + g.edges().size() + " edges";
            });
            time(report, "one-shot matrix speaker × country mentioned, whole corpus", () -> describe(agg.matrix(all,
                    FacetDimension.SPEAKER, FacetDimension.COUNTRY, 25, 10, ProgressListener.NONE,
                    Cancellation.NEVER)));
            time(report, "one-shot matrix, query `climate`", () -> describe(agg.matrix(SearchRequest.of("climate",
                    20), FacetDimension.SPEAKER_COUNTRY, FacetDimension.YEAR, 25, 80, ProgressListener.NONE,
                    Cancellation.NEVER)));
            time(report, "one-shot matrix, filter speaker's country = Pakistan", () -> describe(agg.matrix(
                    all.withFilters(Map.of(FacetDimension.SPEAKER_COUNTRY, Set.of("Pakistan"))),
                    FacetDimension.COUNTRY, FacetDimension.YEAR, 25, 80, ProgressListener.NONE,
                    Cancellation.NEVER)));
            time(report, "collect 2 dimensions, whole corpus", () -> String.format(Locale.ROOT, "%,d claims", agg.collect(all,
                    EnumSet.of(FacetDimension.SPEAKER, FacetDimension.THEME), ProgressListener.NONE,
                    Cancellation.NEVER).size()));
        }
        System.out.println(report);
    }

    private static String describe(ClaimMatrix m) {
        return String.format(Locale.ROOT, "%d × %d, %,d claims", m.rows().size(), m.columns().size(), m.total());
    }

    private static void time(StringBuilder report, String step, Supplier<String> work) {
        long[] ms = new long[RUNS];
        String result = null;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            result = work.get();
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
            System.err.println(step + ": " + ms[i] + " ms");
        }
        long first = ms[0];
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        report.append(String.format(Locale.ROOT, "| %s | %s | %d | %d |%n", step, result, first, sorted[RUNS / 2]));
    }

    private static long usedHeap() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
