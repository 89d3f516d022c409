package org.rapporteur.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.Coding;
import org.rapporteur.annotations.Target;
import org.rapporteur.eval.CodingKey.KeyTag;
import org.rapporteur.eval.SuggestionScore.ByExample;
import org.rapporteur.eval.SuggestionScore.Outcome;
import org.rapporteur.eval.SuggestionScore.TagRecall;
import org.rapporteur.model.MeaningState;
import org.rapporteur.pipeline.CodeSuggestions;
import org.rapporteur.pipeline.CodeSuggestions.Combination;
import org.rapporteur.pipeline.ExampleCandidate;
import org.rapporteur.pipeline.TagSuggestion;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.SharedData;

/**
 * Code suggestions measured on the coding key ({@link CodingKey}), leave-one-out: a temporary workspace of the five
 * samples and the 13 dev-corpus texts is indexed and embedded, the key's tags are created and each keyed claim is
 * coded with its keyed tags through the annotation store, as an analyst would. Then, for every keyed claim in turn,
 * its codings are taken away, {@code suggestions().suggestFor(claim, 3)} is asked, and its codings are made again
 * (leave-one-out: the claim's own tags neither vote nor are hidden from it as tags it already has); a hit when one of
 * its keyed tags is among the three. Top-1 and the confidence of right and wrong first suggestions are reported too. Code by example: per tag, every second keyed claim of the tag loses that coding,
 * {@code byExample(tag, 20)} is asked, and the keyed candidates are scored (those carrying the tag in the key over all
 * keyed candidates; candidates outside the key have no verdict and are counted apart). Prints Markdown.
 *
 * <p>Run: {@code bin/eval-meaning} (one of its steps), or {@code java -cp target/test-classes:target/rapporteur.jar:
 * target/lib/* org.rapporteur.eval.SuggestionEvaluation [--shared DIR] [--out FILE] [--keep]}.
 */
public final class SuggestionEvaluation {
    static final int TOP = 3;
    static final int BY_EXAMPLE = 20;

    private SuggestionEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = SharedData.root();
        Path out = null;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--shared" -> shared = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--keep" -> keep = true;
                default -> {
                    System.err.println("usage: SuggestionEvaluation [--shared DIR] [--out FILE] [--keep]");
                    System.exit(2);
                }
            }
        }
        if (!Files.isDirectory(shared.resolve("corpus")) || !Files.isDirectory(shared.resolve("devcorpus/texts"))) {
            System.err.println("SuggestionEvaluation: no samples or dev corpus under " + shared.toAbsolutePath());
            System.exit(3);
        }
        Path tmp = Files.createTempDirectory("rapporteur-suggest-eval");
        try {
            String report = run(shared, tmp);
            System.out.print(report);
            if (out != null) {
                Files.writeString(out, report);
            }
        } finally {
            if (keep) {
                System.err.println("SuggestionEvaluation: keeping " + tmp);
            } else {
                deleteTree(tmp);
            }
        }
        System.exit(0); // the workspace's background threads must not keep the JVM alive
    }

    static String run(Path shared, Path tmp) {
        CodingKey key = CodingKey.load(shared);
        try (Workspace ws = Workspace.open(tmp.resolve("workspace"))) {
            long t0 = System.nanoTime();
            ws.index(List.of(shared.resolve("corpus"), shared.resolve("devcorpus/texts")), ProgressListener.NONE,
                    Cancellation.NEVER);
            long t1 = System.nanoTime();
            long embedded = ws.meaning().embedMissing(stderrProgress("embedding"), Cancellation.NEVER);
            long t2 = System.nanoTime();
            MeaningState meaning = ws.meaning().state();
            KeyedClaims keyed = KeyedClaims.locate(key, ws, shared);

            Annotations notes = ws.annotations();
            Map<String, Long> tagIds = new HashMap<>();
            Map<Long, String> keyIdOf = new HashMap<>();
            for (KeyTag t : key.tags()) {
                notes.execute(new Change.CreateTag(t.name(), null, null, t.definition()));
                long id = notes.resolveTag(t.name()).id();
                tagIds.put(t.id(), id);
                keyIdOf.put(id, t.id());
            }
            keyed.tagsByClaim().forEach((claim, tags) -> tags.forEach(
                    t -> notes.execute(new Change.AddCoding(tagIds.get(t), new Target.Claim(claim)))));

            SuggestionScore score = new SuggestionScore();
            long t3 = System.nanoTime();
            keyed.tagsByClaim().forEach((claim, tags) -> {
                List<TagSuggestion> s = leftOut(ws, claim, () -> ws.suggestions().suggestFor(claim, TOP));
                score.add(new Outcome(claim, tags,
                        s.stream().map(x -> keyIdOf.getOrDefault(x.tagId(), "?" + x.tagId())).toList(),
                        s.stream().map(TagSuggestion::confidence).toList()));
            });
            long t4 = System.nanoTime();

            List<ByExample> byExample = new ArrayList<>();
            List<ByExample> byCentroid = new ArrayList<>();
            for (KeyTag t : key.tags()) {
                byExample.add(byExample(ws, keyed, t.id(), tagIds.get(t.id()), CodeSuggestions.DEFAULT_COMBINATION));
                byCentroid.add(byExample(ws, keyed, t.id(), tagIds.get(t.id()), Combination.CENTROID));
            }
            long t5 = System.nanoTime();

            return markdown(key, keyed, score, byExample, byCentroid, ws.corpus().claimCount(), embedded, meaning,
                    new double[] {secs(t0, t1), secs(t1, t2), (t4 - t3) / 1e6 / Math.max(1, score.claims()),
                            secs(t4, t5)});
        }
    }

    /**
     * What {@code ask} answers while the claim has none of its codings: they are removed first and made again after,
     * so the claim's own tags neither vote (the suggester never lets a claim vote for itself) nor are left out of its
     * suggestions as tags it already has. That is the leave-one-out.
     */
    static <T> T leftOut(Workspace ws, String claim, Supplier<T> ask) {
        Annotations notes = ws.annotations();
        List<Coding> own = notes.codings(claim);
        own.forEach(c -> notes.execute(new Change.RemoveCoding(c.id())));
        try {
            return ask.get();
        } finally {
            own.forEach(c -> notes.execute(new Change.AddCoding(c.tagId(), new Target.Claim(claim))));
        }
    }

    /**
     * Holds out every second keyed claim of the tag (its coding with the tag removed), asks for candidates by example
     * and scores them against the key, then codes the held-out claims again.
     */
    static ByExample byExample(Workspace ws, KeyedClaims keyed, String tag, long tagId, Combination combination) {
        return byExample(ws.suggestions(), ws.annotations(), keyed, tag, tagId, combination);
    }

    /** As above, asking {@code suggestions} (another combination of votes, say) over the store of {@code notes}. */
    static ByExample byExample(CodeSuggestions suggestions, Annotations notes, KeyedClaims keyed, String tag,
                               long tagId, Combination combination) {
        List<String> withTag = keyed.tagsByClaim().entrySet().stream().filter(e -> e.getValue().contains(tag))
                .map(Map.Entry::getKey).toList();
        List<String> heldOut = new ArrayList<>();
        for (int i = 1; i < withTag.size(); i += 2) {
            heldOut.add(withTag.get(i));
        }
        for (String claim : heldOut) {
            for (Coding c : notes.codings(claim)) {
                if (c.tagId() == tagId) {
                    notes.execute(new Change.RemoveCoding(c.id()));
                }
            }
        }
        List<ExampleCandidate> candidates = suggestions.byExample(tagId, BY_EXAMPLE, combination);
        int keyedCandidates = 0;
        int positives = 0;
        for (ExampleCandidate c : candidates) {
            Set<String> tags = keyed.tagsByClaim().get(c.claim().claim().id());
            if (tags != null) {
                keyedCandidates++;
                if (tags.contains(tag)) {
                    positives++;
                }
            }
        }
        for (String claim : heldOut) {
            notes.execute(new Change.AddCoding(tagId, new Target.Claim(claim)));
        }
        return new ByExample(tag, withTag.size() - heldOut.size(), heldOut.size(), candidates.size(),
                keyedCandidates, positives, candidates.size() - keyedCandidates);
    }

    static String markdown(CodingKey key, KeyedClaims keyed, SuggestionScore s, List<ByExample> byExample,
                           List<ByExample> byCentroid, long workspaceClaims, long embedded, MeaningState meaning, double[] times) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT,
                "Coding key: %d keyed quotes, %d tags; found in %d claims of the workspace (%d claims in all, "
                        + "%d embedded with %s)%s%s.%n%n",
                key.claims().size(), key.tags().size(), s.claims(), workspaceClaims, embedded,
                meaning == null ? "?" : meaning.modelId(),
                keyed.merged() == 0 ? "" : "; " + keyed.merged() + " quotes shared a claim with another",
                keyed.misses().isEmpty() ? "" : "; " + keyed.misses().size() + " not found: " + keyed.misses()));
        b.append("| measure | value |\n|---|---:|\n");
        b.append(row("right tag in top 3 (leave-one-out)", pct(s.top3()) + " (target ≥ 70 %)"));
        b.append(row("right tag first", pct(s.top1())));
        b.append(row("claims with no suggestion (counted wrong)", Integer.toString(s.withoutSuggestion())));
        b.append(row("mean confidence of a right first suggestion", num(s.meanConfidenceRightFirst())
                + " (" + s.rightFirst() + " claims)"));
        b.append(row("mean confidence of a wrong first suggestion", num(s.meanConfidenceWrongFirst())
                + " (" + s.wrongFirst() + " claims)"));
        b.append(row("baseline: the 3 tags most used on the other keyed claims, top 3", pct(s.frequencyBaselineTop3())));
        b.append(row("code by example (" + label(CodeSuggestions.DEFAULT_COMBINATION) + ", the default): keyed "
                + "candidates carrying the tag, pooled over the tags, top " + BY_EXAMPLE,
                pct(SuggestionScore.pooledPrecision(byExample)) + " (" + pooledCounts(byExample) + ")"));
        b.append(row("code by example (" + label(CodeSuggestions.DEFAULT_COMBINATION) + "): held-out claims found "
                + "in the top " + BY_EXAMPLE, pct(SuggestionScore.pooledRecall(byExample))));
        b.append(row("code by example (" + label(Combination.CENTROID) + "): keyed candidates carrying the tag / "
                + "held-out found", pct(SuggestionScore.pooledPrecision(byCentroid)) + " (" + pooledCounts(byCentroid)
                + ") / " + pct(SuggestionScore.pooledRecall(byCentroid))));
        b.append(String.format(Locale.ROOT, "| time: index / embed / per suggestFor / all byExample (both ways) | %.1f s / %.1f s"
                + " / %.1f ms / %.1f s |%n%n", times[0], times[1], times[2], times[3]));

        b.append("| tag | keyed claims | tag in top 3 | by example: coded / held out | candidates: keyed / "
                + "carrying the tag / outside the key | precision (keyed) | held out found |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        List<String> order = key.tags().stream().map(KeyTag::id).toList();
        Map<String, TagRecall> recall = new HashMap<>();
        s.perTag(order).forEach(r -> recall.put(r.tag(), r));
        for (ByExample e : byExample) {
            TagRecall r = recall.get(e.tag());
            b.append(String.format(Locale.ROOT, "| %s | %d | %s | %d / %d | %d / %d / %d | %s | %s |%n",
                    key.tag(e.tag()).name(), r.keyed(), pct(r.recall()), e.coded(), e.heldOut(), e.keyedCandidates(),
                    e.positives(), e.unkeyed(), pct(e.precision()), pct(e.recallOfHeldOut())));
        }
        return b.toString();
    }

    private static String label(Combination c) {
        return c == Combination.CENTROID ? "centroid of the examples" : "nearest example";
    }

    private static String pooledCounts(List<ByExample> rows) {
        return rows.stream().mapToInt(ByExample::positives).sum() + " of "
                + rows.stream().mapToInt(ByExample::keyedCandidates).sum() + " keyed; "
                + rows.stream().mapToInt(ByExample::unkeyed).sum() + " outside the key";
    }

    private static String row(String measure, String value) {
        return "| " + measure + " | " + value + " |\n";
    }

    private static String pct(double x) {
        return Double.isNaN(x) ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * x);
    }

    private static String num(double x) {
        return Double.isNaN(x) ? "–" : String.format(Locale.ROOT, "%.2f", x);
    }

    private static double secs(long from, long to) {
        return (to - from) / 1e9;
    }

    private static ProgressListener stderrProgress(String what) {
        return new ProgressListener() {
            private long last;

            @Override
            public void progress(long done, long total, String message) {
                long now = System.nanoTime();
                if (now - last > 5_000_000_000L || done == total) {
                    last = now;
                    System.err.printf(Locale.ROOT, "%s: %d / %d%n", what, done, total);
                }
            }
        };
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
