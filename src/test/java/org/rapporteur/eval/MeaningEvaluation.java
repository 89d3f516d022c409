package org.rapporteur.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.MatchKind;
import org.rapporteur.model.MeaningState;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.SearchMode;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SearchResult;
import org.rapporteur.pipeline.IndexSummary;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.SharedData;

/**
 * Recall@10 of search by words, by meaning and both on the paraphrase key ({@link ParaphraseKey}): indexes the
 * samples, the dev corpus and UN speeches ({@link MeaningEvalCorpus}) into a workspace, embeds its claims, runs each
 * key query in every mode and counts the queries whose claim is among the first 10 hits. With
 * {@code --compare-models}, semantic recall@10 of every known model by brute force instead ({@link ModelComparison}).
 * Prints a Markdown report on stdout, progress on stderr. Run by {@code bin/eval-meaning}.
 */
public final class MeaningEvaluation {
    static final int K = 10;
    private static final String USAGE = "usage: bin/eval-meaning [--workspace DIR] [--modes lexical,semantic,hybrid]"
            + " [--compare-models] [--distractors N] [--out FILE]";

    /**
     * @param distractors how many of the fixed distractor speeches to include, evenly spaced over their years (all
     *                    by default; fewer for a quick check on a busy machine, in its own workspace folder)
     */
    record Options(Path dir, List<SearchMode> modes, boolean compareModels, Path out, int distractors) {
        static Options parse(String[] args) {
            Path dir = null;
            List<SearchMode> modes = List.of(SearchMode.LEXICAL, SearchMode.SEMANTIC, SearchMode.HYBRID);
            boolean compare = false;
            Path out = null;
            int distractors = Integer.MAX_VALUE;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--workspace" -> dir = Path.of(value(args, ++i));
                    case "--distractors" -> distractors = Integer.parseInt(value(args, ++i));
                    case "--modes" -> modes = java.util.Arrays.stream(value(args, ++i).split(","))
                            .map(SearchMode::parse).toList();
                    case "--compare-models" -> compare = true;
                    case "--out" -> out = Path.of(value(args, ++i));
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
                }
            }
            if (dir == null) { // a smaller corpus gets a folder of its own: links are only ever added to one
                dir = Path.of(distractors == Integer.MAX_VALUE ? "target/eval-meaning" : "target/eval-meaning-" + distractors);
            }
            return new Options(dir, modes, compare, out, distractors);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException(args[i - 1] + " needs a value\n" + USAGE);
            }
            return args[i];
        }
    }

    private MeaningEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) { // NumberFormatException too
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path shared;
        try {
            shared = SharedData.root();
        } catch (RuntimeException e) { // the shared folder is missing (SharedData says where it looked)
            System.err.println("bin/eval-meaning: " + e.getMessage());
            System.exit(3);
            return;
        }
        String report = run(options, shared, System.err);
        System.out.print(report);
        if (options.out() != null) {
            Files.writeString(options.out(), report, StandardCharsets.UTF_8);
        }
    }

    static String run(Options options, Path shared, PrintStream log) {
        ParaphraseKey key = ParaphraseKey.load();
        Set<String> keySpeeches = MeaningEvalCorpus.keySpeeches(key);
        List<String> all = MeaningEvalCorpus.distractors(shared, keySpeeches);
        List<String> distractors = new ArrayList<>();
        int n = Math.min(all.size(), options.distractors());
        for (int i = 0; i < n; i++) { // evenly spaced over the years
            distractors.add(all.get((int) ((long) i * all.size() / n)));
        }
        Set<String> speeches = new LinkedHashSet<>(keySpeeches);
        speeches.addAll(distractors);
        List<Path> roots = MeaningEvalCorpus.roots(shared, options.dir().resolve("corpus"), speeches);
        StringBuilder md = new StringBuilder();
        try (Workspace ws = Workspace.open(options.dir().resolve("workspace"))) {
            long t0 = System.nanoTime();
            IndexSummary summary = ws.index(roots, every(log, "indexed", 50), Cancellation.NEVER);
            log.printf(Locale.ROOT, "indexed in %.0f s: %d files seen, %d indexed, %d unchanged, %d failed%n",
                    (System.nanoTime() - t0) / 1e9, summary.filesSeen(), summary.indexed(), summary.unchanged(),
                    summary.failures().size());
            Map<ParaphraseKey.Entry, Set<String>> relevant = resolve(key, ws, shared);
            md.append("Eval workspace: ").append(ws.corpus().reportCount()).append(" reports, ").append(ws.corpus().claimCount())
                    .append(" claims (the 5 samples, the 13 dev-corpus texts, the ").append(keySpeeches.size())
                    .append(" UN speeches the key quotes and ").append(distractors.size())
                    .append(" distractor speeches).\n\n");
            appendUnresolved(md, relevant);
            if (options.compareModels()) {
                appendModelComparison(md, ws, relevant, log);
            } else {
                appendModes(md, ws, options.modes(), relevant, log);
            }
        }
        return md.toString();
    }

    /** Each key entry's right claims; an entry whose quote is in no claim maps to an empty set. */
    static Map<ParaphraseKey.Entry, Set<String>> resolve(ParaphraseKey key, Workspace ws, Path shared) {
        Map<String, ReportSummary> byFileName = new LinkedHashMap<>();
        for (ReportSummary r : ws.corpus().reports()) {
            for (String p : r.paths()) {
                byFileName.put(Path.of(p).getFileName().toString(), r);
            }
        }
        Map<ParaphraseKey.Entry, Set<String>> out = new LinkedHashMap<>();
        for (ParaphraseKey.Entry e : key.entries()) {
            ReportSummary r = byFileName.get(Path.of(e.file()).getFileName().toString());
            if (r == null) {
                out.put(e, Set.of());
                continue;
            }
            List<org.rapporteur.model.Claim> claims = ws.corpus().claimsOf(r.id()).stream().map(ClaimRecord::claim).toList();
            out.put(e, KeyClaims.of(e.quote(shared), claims));
        }
        return out;
    }

    private static void appendUnresolved(StringBuilder md, Map<ParaphraseKey.Entry, Set<String>> relevant) {
        List<ParaphraseKey.Entry> unresolved = relevant.entrySet().stream().filter(e -> e.getValue().isEmpty())
                .map(Map.Entry::getKey).toList();
        long spanning = relevant.values().stream().filter(s -> s.size() > 1).count();
        md.append("Key entries resolved to a claim: ").append(relevant.size() - unresolved.size()).append(" of ")
                .append(relevant.size());
        md.append(spanning > 0 ? " (" + spanning + " quotes span claims; any claim they overlap counts)" : "");
        md.append(".\n\n");
        for (ParaphraseKey.Entry e : unresolved) {
            md.append("- unresolved (a miss in every mode): ").append(e.file()).append(" \"").append(e.query())
                    .append("\"\n");
        }
        if (!unresolved.isEmpty()) {
            md.append('\n');
        }
    }

    private static void appendModes(StringBuilder md, Workspace ws, List<SearchMode> modes,
                                    Map<ParaphraseKey.Entry, Set<String>> relevant, PrintStream log) {
        if (modes.stream().anyMatch(m -> m != SearchMode.LEXICAL)) {
            long t0 = System.nanoTime();
            long embedded;
            try {
                embedded = ws.meaning().embedMissing(every(log, "embedded", 2000), Cancellation.NEVER);
            } catch (RuntimeException e) { // measured anyway: the searcher says what it can do without vectors
                md.append("Embedding failed: ").append(e).append("\n\n");
                embedded = 0;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            MeaningState state;
            try {
                state = ws.meaning().state();
            } catch (RuntimeException e) {
                state = MeaningState.unavailable(e.toString());
            }
            md.append("Vectors: model ").append(state.modelId()).append(", ").append(state.embedded()).append(" of ")
                    .append(state.claims()).append(" claims (").append(embedded).append(" embedded by this run in ")
                    .append(String.format(Locale.ROOT, "%.0f s", seconds)).append(")")
                    .append(state.problem() == null ? "" : "; problem: " + state.problem()).append(".\n\n");
        }
        List<ModeRecall> results = new ArrayList<>();
        for (SearchMode mode : modes) {
            results.add(measure(ws, mode, relevant, false));
        }
        if (modes.contains(SearchMode.LEXICAL)) {
            results.add(measure(ws, SearchMode.LEXICAL, relevant, true));
        }
        md.append("| mode | found in top ").append(K).append(" | recall@").append(K)
                .append(" | MRR@").append(K).append(" | right claims found by words / meaning / both | mean ms per query |\n")
                .append("|---|---:|---:|---:|---|---:|\n");
        for (ModeRecall r : results) {
            Map<MatchKind, Long> by = r.foundBy();
            md.append(String.format(Locale.ROOT, "| %s | %d / %d | %.2f | %.2f | %d / %d / %d | %.0f |%n",
                    label(r), r.found(), r.outcomes().size(), r.recall(), r.mrr(),
                    by.getOrDefault(MatchKind.WORDS, 0L), by.getOrDefault(MatchKind.MEANING, 0L),
                    by.getOrDefault(MatchKind.BOTH, 0L), r.meanMillis()));
        }
        for (ModeRecall r : results) {
            md.append("\n").append(label(r)).append(": ");
            md.append(r.notes().isEmpty() ? "" : "the searcher said: " + String.join("; ", r.notes()) + ". ");
            List<ModeRecall.Outcome> misses = r.outcomes().stream().filter(o -> !o.found()).toList();
            md.append(misses.size()).append(" misses\n\n");
            for (ModeRecall.Outcome o : misses) {
                md.append("- ").append(o.entry().file()).append(" \"").append(o.entry().query()).append("\" → first hit: ")
                        .append(o.firstHit() == null ? "none" : o.firstHit()).append('\n');
            }
        }
    }

    /**
     * Runs every key query in {@code mode}. With {@code anyWord}, the query's words are OR-ed (the search bar ANDs
     * them): an informative lexical row showing that the key's queries share no words with their claims, not only
     * that an AND of them is too strict.
     */
    static ModeRecall measure(Workspace ws, SearchMode mode, Map<ParaphraseKey.Entry, Set<String>> relevant,
                              boolean anyWord) {
        ModeRecall r = new ModeRecall(mode, K, anyWord);
        for (Map.Entry<ParaphraseKey.Entry, Set<String>> e : relevant.entrySet()) {
            String query = anyWord ? anyWord(e.getKey().query()) : e.getKey().query();
            SearchResult result = ws.corpus().search(SearchRequest.of(query, K).withMode(mode));
            int rank = 0;
            MatchKind match = null;
            for (int i = 0; i < result.hits().size() && i < K; i++) {
                ClaimHit hit = result.hits().get(i);
                if (e.getValue().contains(hit.record().claim().id())) {
                    rank = i + 1;
                    match = hit.match();
                    break;
                }
            }
            String first = result.hits().isEmpty() ? null : KeyClaims.head(result.hits().get(0).record().claim().text(), 12);
            r.add(new ModeRecall.Outcome(e.getKey(), rank, match, first), result.meaningNote(), result.tookMillis());
        }
        return r;
    }

    private static void appendModelComparison(StringBuilder md, Workspace ws,
                                              Map<ParaphraseKey.Entry, Set<String>> relevant, PrintStream log) {
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        ws.corpus().forEachClaimUnordered("", r -> {
            ids.add(r.claim().id());
            texts.add(r.claim().text());
        });
        md.append("Semantic recall@").append(K).append(" by brute-force cosine over all ").append(ids.size())
                .append(" claims (claim text only, embedded as passages; queries embedded as queries):\n\n")
                .append("| model | dimensions | recall@").append(K)
                .append(" | claims/s (all cores) | claims over the model's window |\n|---|---:|---:|---:|---:|\n");
        for (ModelComparison.Result r : ModelComparison.run(ids, texts, relevant, K, log)) {
            if (r.problem() != null) {
                md.append("| ").append(r.modelId()).append(" | ").append(r.dimensions())
                        .append(" | not measured: ").append(r.problem()).append(" | | |\n");
            } else {
                md.append(String.format(Locale.ROOT, "| %s | %d | %.2f (%d / %d) | %.0f | %d |%n", r.modelId(),
                        r.dimensions(), r.recall(), r.found(), r.queries(), r.claimsPerSecond(), r.truncated()));
            }
        }
    }

    /** The query's words OR-ed, without the characters the query language gives a meaning to. */
    static String anyWord(String query) {
        return String.join(" OR ", query.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" "));
    }

    private static String label(ModeRecall r) {
        return r.mode().label() + (r.anyWord() ? " (any word, OR; informative)" : "");
    }

    /** Progress on the log every {@code step} items, and at the end. */
    private static ProgressListener every(PrintStream log, String verb, long step) {
        long[] next = {0}; // progress may come in batches: print when a step is crossed, not only on its multiples
        return (done, total, message) -> {
            if (done >= next[0] || done == total) {
                log.printf(Locale.ROOT, "%s %d / %s%n", verb, done, total < 0 ? "?" : Long.toString(total));
                next[0] = (done / step + 1) * step;
            }
        };
    }
}
