package org.rapporteur.bench.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapporteur.model.FacetCount;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SearchResult;
import org.rapporteur.model.SortOrder;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.main.MainViewModel;
import org.rapporteur.ui.search.ResultsViewModel;

/**
 * Search as the workbench asks, through {@link Workspace#search}: the request {@code MainViewModel.runSearch} builds
 * (relevance order, a page of {@link ResultsViewModel#DEFAULT_PAGE_SIZE} hits with highlights, every facet dimension
 * with {@link MainViewModel#FACET_VALUES} values each). All queries are warmed up first, then each runs RUNS times in a
 * row; p50 and p99 by nearest rank. Afterwards the totals are checked against a plain Lucene count ({@link ExactTotals}).
 *
 * <p>Usage: {@code WorkbenchSearchLatency WORKSPACE QUERY_FILE WARMUP RUNS [check]}. Prints per query label
 * {@code <label>.p50=}, {@code .p99=}, {@code .max=}, {@code .total=}, {@code .hits=}, {@code .highlighted=},
 * {@code .facetValues=} and, with {@code check}, {@code .plainCount=} or {@code .check=} (why not checked).
 */
public final class WorkbenchSearchLatency {
    private WorkbenchSearchLatency() {
    }

    /** The request the workbench sends for {@code query} with no facet selected. */
    public static SearchRequest workbenchRequest(String query) {
        return new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, ResultsViewModel.DEFAULT_PAGE_SIZE, 0,
                MainViewModel.FACET_VALUES);
    }

    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]);
        Map<String, String> queries = QueryFile.read(Path.of(args[1]));
        int warmup = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        boolean check = args.length > 4 && args[4].equals("check");
        Map<String, Long> totals = new java.util.LinkedHashMap<>();
        try (Workspace ws = Workspace.open(workspace)) {
            for (int i = 0; i < warmup; i++) {
                for (String q : queries.values()) {
                    ws.corpus().search(workbenchRequest(q));
                }
            }
            for (Map.Entry<String, String> e : queries.entrySet()) {
                SearchRequest request = workbenchRequest(e.getValue());
                double[] ms = new double[runs];
                SearchResult last = null;
                for (int i = 0; i < runs; i++) {
                    long t0 = System.nanoTime();
                    last = ws.corpus().search(request);
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                }
                String l = e.getKey();
                print(l + ".p50", Percentiles.of(ms, 50));
                print(l + ".p99", Percentiles.of(ms, 99));
                print(l + ".max", Percentiles.of(ms, 100));
                System.out.println(l + ".total=" + last.total());
                System.out.println(l + ".hits=" + last.hits().size());
                System.out.println(l + ".highlighted=" + last.hits().stream().filter(h -> !h.highlights().isEmpty())
                        .count());
                System.out.println(l + ".facetValues=" + last.facets().stream().mapToInt(f -> f.values().size())
                        .sum());
                System.out.println(l + ".facetDimensions=" + last.facets().stream().map(FacetCount::dimension)
                        .distinct().count());
                totals.put(l, last.total());
            }
            if (check) {
                List<String> lines = new ArrayList<>();
                ExactTotals.check(workspace.resolve("index"), queries, totals, lines);
                lines.forEach(System.out::println);
            }
        }
    }

    private static void print(String key, double ms) {
        System.out.printf(Locale.ROOT, "%s=%.2f%n", key, ms);
    }
}
