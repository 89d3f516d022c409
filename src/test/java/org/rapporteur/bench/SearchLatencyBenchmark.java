package org.rapporteur.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.rapporteur.embed.Embedders;
import org.rapporteur.embed.SentenceEmbedder;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.FacetCount;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.MatchKind;
import org.rapporteur.model.MeaningState;
import org.rapporteur.model.SearchMode;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SearchResult;
import org.rapporteur.model.SortOrder;
import org.rapporteur.pipeline.Workspace;

/**
 * Benchmark, not a test: search latency as the workbench asks (200 hits, every facet dimension with the workbench's
 * 30 values, highlights) through {@link Workspace#search}, on an indexed workspace. Prints, in this order:
 * <ol>
 *   <li>opening the workspace and the first search after it (this JVM is fresh, so this is the first search of a
 *   start), blank query as a workbench with no last query sends;</li>
 *   <li>"repeat": one query per kind run {@value #RUNS} times after {@value #WARMUP} unmeasured runs (what issue 13
 *   measured), p50 / p99 / max of wall time and of the calling thread's CPU time;</li>
 *   <li>"varied": {@value #VARIED} different queries per kind, each run once after the repeat phase warmed the JIT, so
 *   no per-query cache can answer them (search as you type sends a new query at each key).</li>
 * </ol>
 * Each row also prints the total and a digest of all facet counts, so two builds can be compared for exactness.
 * These tables search by words (lexical mode). Then "modes" (issue 16, ADR 0033): four searches repeated and
 * {@link #SENTENCES} varied in lexical, semantic and hybrid mode, and the query embedding alone — the semantic and
 * hybrid figures include embedding the query. {@code -Dbench.only=modes} runs only that part.
 * Thread CPU time is the figure to compare on a loaded machine; wall time only on an idle one.
 *
 * <p>{@code java -Xmx4g -cp target/test-classes:target/rapporteur.jar:target/lib/* \
 * org.rapporteur.bench.SearchLatencyBenchmark WORKSPACE [runs]} — copy a shared workspace first: opening may change it.
 */
public final class SearchLatencyBenchmark {
    static final int RUNS = 60;
    static final int WARMUP = 5;
    static final int VARIED = 50;
    /** As MainViewModel asks: one page of results, 30 values per facet dimension. */
    static final int PAGE = 200;
    static final int FACET_VALUES = 30;

    /** Words of every kind of frequency in UN speeches; the varied runs build their queries from them. */
    static final List<String> WORDS = List.of("security", "development", "peace", "nuclear", "refugees", "climate",
            "terrorism", "sanctions", "apartheid", "colonialism", "disarmament", "poverty", "democracy", "sovereignty",
            "independence", "cooperation", "trade", "debt", "hunger", "famine", "ocean", "fisheries", "drought",
            "pandemic", "vaccine", "migration", "education", "women", "children", "youth", "energy", "oil", "water",
            "desertification", "genocide", "tribunal", "ceasefire", "occupation", "embargo", "aggression", "treaty",
            "reform", "council", "charter", "mandate", "peacekeeping", "humanitarian", "solidarity", "globalization",
            "environment", "investment", "agriculture", "tourism", "hurricane", "earthquake", "tsunami", "malaria",
            "tuberculosis", "narcotics", "piracy");

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SearchLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path wsDir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : RUNS;
        long t0 = System.nanoTime();
        try (Workspace ws = Workspace.open(wsDir)) {
            long opened = System.nanoTime();
            // -Dbench.prepare=MILLIS: as the workbench, prepare the index for search at once, then search MILLIS later
            // (the window being built); without it, the first search does all the work itself, as the CLI's does
            String prepare = System.getProperty("bench.prepare");
            if (prepare != null) {
                ws.prepareSearch();
                Thread.sleep(Long.parseLong(prepare.isBlank() ? "0" : prepare));
            }
            long c0 = THREADS.getCurrentThreadCpuTime();
            long asked = System.nanoTime();
            SearchResult first = ws.corpus().search(request("", Map.of()));
            long firstNanos = System.nanoTime() - asked;
            long firstCpu = THREADS.getCurrentThreadCpuTime() - c0;
            System.out.printf(Locale.ROOT, "Workspace %s: %,d claims; Java %s; %d cores; max heap %d MB%n%n", wsDir,
                    first.total(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(Locale.ROOT, "- open: %.0f ms; first search (blank) %s: %.0f ms wall, %.0f ms CPU of the searching thread; total %,d, facets %s%n", (opened - t0) / 1e6,
                    prepare == null ? "right after open" : "with prepareSearch() at open, searched " + prepare
                            + " ms later", firstNanos / 1e6, firstCpu / 1e6, first.total(), digest(first));
            long s1 = System.nanoTime();
            SearchResult firstTerm = ws.corpus().search(request("security", Map.of()));
            System.out.printf(Locale.ROOT, "- first `security` after that: %.0f ms%n%n", (System.nanoTime() - s1) / 1e6);

            System.out.println("Repeat: the same query " + runs + " times after " + WARMUP + " unmeasured runs");
            System.out.println();
            System.out.println("| kind | query | filters | total | facets digest | wall p50 / p99 / max ms "
                    + "| CPU p50 / p99 ms |");
            System.out.println("|---|---|---|---|---|---|---|");
            Map<String, Case> cases = repeatCases(ws, firstTerm);
            for (Map.Entry<String, Case> e : cases.entrySet()) {
                if (chosen(e.getKey())) {
                    repeat(ws, e.getKey(), e.getValue(), runs);
                }
            }

            System.out.println();
            System.out.println("Varied: " + VARIED + " different queries per kind, each run once (no repeats)");
            System.out.println();
            System.out.println("| kind | example | wall p50 / p99 / max ms | CPU p50 / p99 ms | slowest query |");
            System.out.println("|---|---|---|---|---|");
            for (Map.Entry<String, List<Case>> e : variedCases(ws).entrySet()) {
                if (chosen(e.getKey())) {
                    varied(ws, e.getKey(), e.getValue());
                }
            }
            if (chosen("modes")) {
                modes(ws, runs);
            }
        }
    }

    /**
     * Issue 16: the same searches by words, by meaning and both (ADR 0033), and what embedding the query costs of
     * that. Semantic and hybrid searches embed the query on every call (nothing caches it), so their figures include
     * it; the last row times the embedding alone, with the same model in an embedder of its own.
     */
    private static void modes(Workspace ws, int runs) {
        MeaningState state = ws.meaning().state();
        System.out.println();
        System.out.printf(Locale.ROOT, "Modes (issue 16): model %s, vectors for %,d of %,d claims%s%n%n",
                state.modelId().isBlank() ? "—" : state.modelId(), state.embedded(), state.claims(),
                state.problem() == null ? "" : " — " + state.problem());
        System.out.println("| kind | query | filters | mode | total | meaning hits on page | wall p50 / p99 / max ms "
                + "| CPU p50 / p99 ms |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Map.Entry<String, Case> e : modeCases().entrySet()) {
            for (SearchMode mode : SearchMode.values()) {
                repeat(ws, e.getKey(), e.getValue(), runs, mode);
            }
        }
        System.out.println();
        System.out.println("Varied: " + SENTENCES.size() + " different queries of words, each run once per mode");
        System.out.println();
        System.out.println("| mode | wall p50 / p99 / max ms | CPU p50 / p99 ms | mean total | slowest query |");
        System.out.println("|---|---|---|---|---|");
        for (SearchMode mode : SearchMode.values()) {
            varied(ws, mode);
        }
        try (SentenceEmbedder embedder = Embedders.open(Embedders.defaultModel())) {
            embedder.embedQuery("warm up the model");
            long[] wall = new long[SENTENCES.size()];
            long[] cpu = new long[SENTENCES.size()];
            for (int i = 0; i < SENTENCES.size(); i++) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                embedder.embedQuery(SENTENCES.get(i));
                wall[i] = System.nanoTime() - t0;
                cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
            }
            System.out.printf(Locale.ROOT, "| query embedding alone (%s) | %s | %s | — | — |%n",
                    embedder.model().id(), stats(wall, true), stats(cpu, false));
        }
    }

    /** Searches an analyst types in words, on UN speeches: plain, fielded, with a facet, and a paraphrase. */
    private static Map<String, Case> modeCases() {
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("term", Case.of("security"));
        cases.put("sentence", Case.of("small island states threatened by rising seas"));
        cases.put("fielded", Case.of("year:[1990 TO 2000] AND economic sanctions"));
        cases.put("facet", new Case("refugees returning home", Map.of(FacetDimension.SPEAKER_COUNTRY,
                Set.of("Pakistan", "India"))));
        return cases;
    }

    /** The varied queries of the modes table: topics of the General Debate in an analyst's words. */
    static final List<String> SENTENCES = List.of("nuclear weapons must be abolished", "debt relief for poor countries",
            "climate change threatens our survival", "reform of the security council", "the right to self-determination",
            "end the occupation of palestine", "apartheid in south africa", "the fight against terrorism",
            "refugees fleeing war", "peacekeeping operations in africa", "famine and hunger", "drug trafficking cartels",
            "access to clean water", "women's rights and equality", "education for every child",
            "the unfair world trade system", "sanctions hurt ordinary people", "piracy off the coast",
            "pandemic preparedness and vaccines", "landmines kill civilians", "the arms race in outer space",
            "sea level rise and small islands", "foreign aid is too small", "the legacy of colonial rule",
            "disarmament talks in geneva", "the middle east peace process", "human rights violations",
            "the north-south divide", "migrants drowning at sea", "ethnic cleansing in the balkans",
            "genocide in rwanda", "oil prices and the economy", "a new international economic order",
            "the digital divide", "youth unemployment", "protecting the ozone layer", "deforestation of rainforests",
            "the united nations budget crisis", "a ceasefire in the gulf war", "chemical weapons attacks",
            "nuclear tests in the pacific", "the rights of indigenous peoples", "corruption and good governance",
            "tourism after a hurricane", "malaria and tuberculosis", "the cold war is over",
            "solidarity among developing nations", "landlocked countries need ports", "cyber attacks",
            "the sovereignty of small states");

    private static void repeat(Workspace ws, String kind, Case c, int runs, SearchMode mode) {
        SearchRequest r = request(c.query(), c.filters(), mode);
        SearchResult last = null;
        for (int i = 0; i < WARMUP; i++) {
            last = ws.corpus().search(r);
        }
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            last = ws.corpus().search(r);
            wall[i] = System.nanoTime() - t0;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
        }
        long byMeaning = last.hits().stream().filter(h -> h.match() != MatchKind.WORDS).count();
        System.out.printf(Locale.ROOT, "| %s | `%s` | %s | %s | %,d | %d%s | %s | %s |%n", kind, c.query(),
                c.filterText(), mode.label(), last.total(), byMeaning,
                last.meaningNote() == null ? "" : " (" + last.meaningNote() + ")", stats(wall, true),
                stats(cpu, false));
    }

    private static void varied(Workspace ws, SearchMode mode) {
        long[] wall = new long[SENTENCES.size()];
        long[] cpu = new long[SENTENCES.size()];
        long totals = 0;
        String slowest = "";
        long worst = -1;
        for (int i = 0; i < SENTENCES.size(); i++) {
            SearchRequest r = request(SENTENCES.get(i), Map.of(), mode);
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            totals += ws.corpus().search(r).total();
            wall[i] = System.nanoTime() - t0;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
            if (wall[i] > worst) {
                worst = wall[i];
                slowest = SENTENCES.get(i);
            }
        }
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %,d | `%s` |%n", mode.label(), stats(wall, true),
                stats(cpu, false), totals / SENTENCES.size(), slowest);
    }

    /** {@code -Dbench.only=term,browse}: only the kinds whose names start with one of these (for profiling). */
    private static boolean chosen(String kind) {
        String only = System.getProperty("bench.only", "");
        return only.isBlank() || Arrays.stream(only.split(",")).anyMatch(k -> kind.startsWith(k.strip()));
    }

    record Case(String query, Map<FacetDimension, Set<String>> filters) {
        static Case of(String query) {
            return new Case(query, Map.of());
        }

        String filterText() {
            return filters.isEmpty() ? "—" : filters.toString();
        }
    }

    /** Lexical, as before issue 16, so the tables of words stay comparable with earlier builds. */
    static SearchRequest request(String query, Map<FacetDimension, Set<String>> filters) {
        return request(query, filters, SearchMode.LEXICAL);
    }

    static SearchRequest request(String query, Map<FacetDimension, Set<String>> filters, SearchMode mode) {
        return new SearchRequest(query, filters, SortOrder.RELEVANCE, PAGE, 0, FACET_VALUES, mode);
    }

    private static Map<String, Case> repeatCases(Workspace ws, SearchResult security) {
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("term", Case.of("security"));
        cases.put("phrase", Case.of("\"nuclear weapons\""));
        cases.put("boolean", Case.of("terrorism AND afghanistan"));
        cases.put("boolean OR", Case.of("climate OR environment OR ocean"));
        cases.put("wildcard", Case.of("climat*"));
        cases.put("wildcard+phrase", Case.of("climat* OR \"sea level\"~3"));
        cases.put("fielded", Case.of("year:[1990 TO 2000] AND sanctions"));
        cases.put("fielded name", Case.of("speakerCountry:Pakistan AND kashmir"));
        cases.put("fielded+facet", new Case("refugees", Map.of(FacetDimension.SPEAKER_COUNTRY,
                Set.of("Pakistan", "India"))));
        cases.put("browse", Case.of(""));
        cases.put("browse+facet", new Case("", Map.of(FacetDimension.SPEAKER_COUNTRY, Set.of("Pakistan"))));
        cases.put("fuzzy", Case.of("securty~"));
        cases.put("300-term OR", Case.of(String.join(" OR ", manyWords(ws, 300))));
        return cases;
    }

    /** 300 different words from the claims themselves, so every one is in the index. */
    static List<String> manyWords(Workspace ws, int n) {
        Set<String> words = new LinkedHashSet<>();
        for (String seed : List.of("", "development", "security", "peace", "economic")) {
            for (ClaimHit h : ws.corpus().search(request(seed, Map.of())).hits()) {
                for (String w : h.record().claim().text().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                    if (w.length() >= 5 && words.size() < n) {
                        words.add(w);
                    }
                }
            }
        }
        return List.copyOf(words);
    }

    private static Map<String, List<Case>> variedCases(Workspace ws) {
        List<String> countries = ws.corpus().search(request("", Map.of())).facets().stream()
                .filter(f -> f.dimension() == FacetDimension.SPEAKER_COUNTRY).findFirst().orElseThrow().values()
                .stream().map(FacetCount.Value::value).toList();
        List<String> w = WORDS.subList(1, VARIED + 1); // "security" is the repeated one
        Map<String, List<Case>> cases = new LinkedHashMap<>();
        cases.put("term", w.stream().map(Case::of).toList());
        List<Case> phrases = new ArrayList<>();
        for (int i = 0; i < VARIED; i++) {
            phrases.add(Case.of("\"" + List.of("international", "economic", "nuclear", "human", "united", "world",
                    "regional", "social", "political", "national").get(i % 10) + " " + w.get(i) + "\"~2"));
        }
        cases.put("phrase", phrases);
        List<Case> bool = new ArrayList<>();
        for (int i = 0; i < VARIED; i++) {
            bool.add(Case.of(i % 2 == 0 ? w.get(i) + " AND " + w.get((i + 7) % VARIED)
                    : w.get(i) + " OR " + w.get((i + 3) % VARIED) + " NOT " + w.get((i + 11) % VARIED)));
        }
        cases.put("boolean", bool);
        cases.put("wildcard", w.stream().map(x -> Case.of(x.substring(0, Math.min(5, x.length() - 1)) + "*"))
                .distinct().toList());
        List<Case> fielded = new ArrayList<>();
        for (int i = 0; i < VARIED; i++) {
            String c = countries.get(i % countries.size());
            fielded.add(i % 2 == 0 ? Case.of("speakerCountry:\"" + c + "\" AND " + w.get(i))
                    : new Case(w.get(i), Map.of(FacetDimension.SPEAKER_COUNTRY, Set.of(c))));
        }
        cases.put("fielded / facet", fielded);
        List<Case> browse = new ArrayList<>();
        for (int i = 0; i < VARIED; i++) {
            browse.add(new Case("", Map.of(FacetDimension.SPEAKER_COUNTRY, Set.of(countries.get(i % countries.size()),
                    countries.get((i + 1) % countries.size())))));
        }
        cases.put("browse + facet", browse);
        cases.put("fuzzy", w.stream().map(x -> Case.of(typo(x) + "~")).toList());
        return cases;
    }

    /** The word with two letters swapped in its middle: a typical typo. */
    static String typo(String w) {
        int i = w.length() / 2;
        return w.substring(0, i - 1) + w.charAt(i) + w.charAt(i - 1) + w.substring(i + 1);
    }

    private static void repeat(Workspace ws, String kind, Case c, int runs) {
        SearchRequest r = request(c.query(), c.filters());
        SearchResult last = null;
        for (int i = 0; i < WARMUP; i++) {
            last = ws.corpus().search(r);
        }
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            last = ws.corpus().search(r);
            wall[i] = System.nanoTime() - t0;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
        }
        String shown = c.query().length() > 60 ? c.query().substring(0, 57) + "…" : c.query();
        System.out.printf(Locale.ROOT, "| %s | `%s` | %s | %,d | %s | %s | %s |%n", kind, shown, c.filterText(),
                last.total(), digest(last), stats(wall, true), stats(cpu, false));
    }

    private static void varied(Workspace ws, String kind, List<Case> cases) {
        long[] wall = new long[cases.size()];
        long[] cpu = new long[cases.size()];
        String slowest = "";
        long worst = -1;
        for (int i = 0; i < cases.size(); i++) {
            SearchRequest r = request(cases.get(i).query(), cases.get(i).filters());
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ws.corpus().search(r);
            wall[i] = System.nanoTime() - t0;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
            if (wall[i] > worst) {
                worst = wall[i];
                slowest = cases.get(i).query() + (cases.get(i).filters().isEmpty() ? "" : " " + cases.get(i).filters());
            }
        }
        System.out.printf(Locale.ROOT, "| %s | `%s` | %s | %s | `%s` |%n", kind, cases.getFirst().query(),
                stats(wall, true), stats(cpu, false), slowest);
    }

    private static String stats(long[] nanos, boolean withMax) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        Supplier<String> max = () -> String.format(Locale.ROOT, " / %.1f", s[s.length - 1] / 1e6);
        return String.format(Locale.ROOT, "%.1f / %.1f%s", percentile(s, 50) / 1e6, percentile(s, 99) / 1e6,
                withMax ? max.get() : "");
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** A short digest of every facet value and count, to compare two builds' answers at a glance. */
    static String digest(SearchResult r) {
        long values = 0;
        long sum = 0;
        int hash = 0;
        for (FacetCount f : r.facets()) {
            for (FacetCount.Value v : f.values()) {
                values++;
                sum += v.count();
                hash = 31 * hash + (f.dimension().key() + "=" + v.value() + ":" + v.count()).hashCode();
            }
        }
        int hits = 0;
        for (ClaimHit h : r.hits()) {
            hits = 31 * hits + h.record().claim().id().hashCode() + h.highlights().hashCode();
        }
        return String.format(Locale.ROOT, "%d values, Σ %,d, #%08x, hits #%08x", values, sum, hash, hits);
    }
}
