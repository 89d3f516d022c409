package org.rapporteur.bench.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Row 4: search as the workbench asks on the UN workspace ({@link WorkbenchSearchLatency}), against plain Lucene top
 * 20 + UnifiedHighlighter on the plain index ({@link PlainSearchLatency}), each in its own JVM; exact totals checked
 * ({@link ExactTotals}); then the first search after opening, in fresh JVMs ({@link FirstSearch}), twice each for a
 * browse (what the workbench shows on opening with an empty query) and for {@code security}.
 */
final class SearchRow {
    /** label → query, target p99 in ms. */
    record Query(String label, String work, String query, double p99Target) {
    }

    static final String FIRST = "First search after opening (fresh JVM)";

    private SearchRow() {
    }

    static List<Query> queries(String orQuery) {
        return List.of(
                new Query("term", "Search `security` (term)", "security", 40),
                new Query("phrase", "Search `\"nuclear weapons\"` (phrase)", "\"nuclear weapons\"", 40),
                new Query("boolean", "Search `terrorism AND afghanistan` (boolean)", "terrorism AND afghanistan", 40),
                new Query("wildcard", "Search `terror*` (wildcard)", "terror*", 40),
                new Query("fielded", "Search `speakerCountry:India` (fielded)", "speakerCountry:India", 40),
                new Query("browse", "Search blank (browse every claim)", "", 20),
                new Query("fuzzy", "Search `securty~` (fuzzy)", "securty~", 100),
                new Query("or300", "Search a 300-term OR", orQuery, 300));
    }

    static void run(BenchContext ctx, RowReport out) throws Exception {
        Path ws = ctx.unWorkspace();
        Path plain = ctx.plainIndex();
        Measured words = ctx.runner().java("or-query-words", OrQueryWords.class, List.of(),
                List.of(plain.toString(), "300", ctx.quick() ? "2" : "20")).requireOk();
        List<Query> queries = queries(words.value("query"));
        Map<String, String> byLabel = new LinkedHashMap<>();
        queries.forEach(q -> byLabel.put(q.label(), q.query()));
        Path file = ctx.fresh("queries.tsv");
        QueryFile.write(file, byLabel);
        String warm = Integer.toString(ctx.searchWarmup());
        String runs = Integer.toString(ctx.searchRuns());
        Measured r = ctx.runner().java("search-rapporteur", WorkbenchSearchLatency.class, List.of(),
                List.of(ws.toString(), file.toString(), warm, runs, "check")).requireOk();
        Measured p = ctx.runner().java("search-plain", PlainSearchLatency.class, List.of(),
                List.of(plain.toString(), file.toString(), warm, runs)).requireOk();
        List<String> exactness = new ArrayList<>();
        for (Query q : queries) {
            String l = q.label();
            double p50 = r.number(l + ".p50");
            double p99 = r.number(l + ".p99");
            String ref = p.values().containsKey(l + ".p99")
                    ? BenchContext.fmt("%s / %s", Figures.ms(p.number(l + ".p50")), Figures.ms(p.number(l + ".p99")))
                    : "— (" + p.values().getOrDefault(l + ".skipped", "not run") + ")";
            String ratio = p.values().containsKey(l + ".p99") ? Figures.ratio(p99 / p.number(l + ".p99")) : "—";
            String work = l.equals("or300") ? q.work() + " (" + words.value("words") + " words)" : q.work();
            long total = (long) r.number(l + ".total");
            out.add(new ComparisonRow(work, BenchContext.fmt("%s / %s, %s hit%s", Figures.ms(p50), Figures.ms(p99),
                    Figures.count(total), total == 1 ? "" : "s"), ref, ratio,
                    "p99 ≤ " + (int) q.p99Target() + " ms", p99 <= q.p99Target()));
            exactness.add(l + ": " + (r.values().containsKey(l + ".exact")
                    ? (r.value(l + ".exact").equals("yes") ? "exact" : "**DIFFERS**") + " (Rapporteur "
                    + Figures.count((long) r.number(l + ".total")) + ", plain count "
                    + Figures.count((long) r.number(l + ".plainCount")) + ")"
                    : r.values().getOrDefault(l + ".check", "not checked")));
        }
        out.detail(BenchContext.fmt("Row 4, %s warm-up rounds, %s runs per query, p50 / p99 (nearest rank); the "
                        + "workbench's request: %s hits a page with highlights, every facet dimension (%s) with up to "
                        + "%s values. Rapporteur JVM: %s; plain JVM: %s.", warm, runs,
                r.value("term.hits"), r.value("term.facetDimensions"),
                org.rapporteur.ui.main.MainViewModel.FACET_VALUES, Figures.usage(r), Figures.usage(p)));
        out.detail("Row 4, totals against a plain `IndexSearcher.count` of the same claims query: "
                + String.join("; ", exactness) + ".");
        out.detail("Row 4, the 300-term OR: " + abbreviate(words.value("query"), 160));

        List<String> firsts = new ArrayList<>();
        double worst = 0;
        for (String q : List.of("", "security", "", "security")) {
            Measured f = ctx.runner().java("first-search", FirstSearch.class, List.of(), List.of(ws.toString(), q))
                    .requireOk();
            worst = Math.max(worst, f.number("first.ms"));
            firsts.add(BenchContext.fmt("%s %s ms (open %s ms)", q.isEmpty() ? "browse" : "`" + q + "`",
                    f.value("first.ms"), f.value("open.ms")));
        }
        out.add(new ComparisonRow(FIRST, Figures.ms(worst) + " (slowest of 4)", "—", "—", "≤ 150 ms", worst <= 150));
        out.detail("Row 4, first search after opening, fresh JVMs: " + String.join("; ", firsts) + ".");
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? "`" + s + "`" : "`" + s.substring(0, max) + "` …";
    }
}
