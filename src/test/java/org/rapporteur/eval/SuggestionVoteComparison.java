package org.rapporteur.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.Target;
import org.rapporteur.embed.Embedders;
import org.rapporteur.embed.EmbeddingModel;
import org.rapporteur.eval.CodingKey.KeyTag;
import org.rapporteur.eval.SuggestionScore.ByExample;
import org.rapporteur.eval.SuggestionScore.Outcome;
import org.rapporteur.pipeline.CodeSuggestions;
import org.rapporteur.pipeline.SuggestionsOver;
import org.rapporteur.pipeline.TagSuggestion;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.SharedData;

/**
 * The choices of ADR 0034 measured on the coding key, the same leave-one-out as {@link SuggestionEvaluation}: how
 * many neighbours vote, whether their votes are weighted by similarity, whether a background floor keeps distant ones
 * out, and how code by example combines several examples (best match or centroid). A small grid chosen before
 * looking, compared side by side; vectors are held in memory ({@link InMemoryVectors}) so each setting is a few
 * seconds. Prints Markdown.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:target/lib/* org.rapporteur.eval.SuggestionVoteComparison
 * [--shared DIR] [--model ID] [--work DIR]} ({@code --work} keeps the workspace and the vectors for the next run).
 */
public final class SuggestionVoteComparison {
    private SuggestionVoteComparison() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = SharedData.root();
        EmbeddingModel model = Embedders.defaultModel();
        Path work = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--shared" -> shared = Path.of(args[++i]);
                case "--model" -> model = modelNamed(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: SuggestionVoteComparison [--shared DIR] [--model ID] [--work DIR]");
                    System.exit(2);
                }
            }
        }
        if (work == null) {
            work = Files.createTempDirectory("rapporteur-vote-comparison");
        }
        System.out.print(run(shared, model, work));
        System.exit(0);
    }

    static String run(Path shared, EmbeddingModel model, Path work) {
        CodingKey key = CodingKey.load(shared);
        boolean fresh = !Files.isDirectory(work.resolve("workspace/index"));
        try (Workspace ws = Workspace.open(work.resolve("workspace"))) {
            if (fresh) {
                ws.index(List.of(shared.resolve("corpus"), shared.resolve("devcorpus/texts")), ProgressListener.NONE,
                        Cancellation.NEVER);
            }
            InMemoryVectors vectors = InMemoryVectors.embed(ws, model, work.resolve("vectors-" + model.id()));
            KeyedClaims keyed = KeyedClaims.locate(key, ws, shared);
            Annotations notes = ws.annotations();
            Map<String, Long> tagIds = new HashMap<>();
            Map<Long, String> keyIdOf = new HashMap<>();
            for (KeyTag t : key.tags()) {
                long id = notes.tags().stream().filter(x -> x.name().equals(t.name())).findFirst()
                        .map(x -> x.id()).orElseGet(() -> notes.execute(new Change.CreateTag(t.name(), null, null,
                                t.definition())).entityId());
                tagIds.put(t.id(), id);
                keyIdOf.put(id, t.id());
            }
            if (notes.tagIdsByClaim().isEmpty()) {
                keyed.tagsByClaim().forEach((claim, tags) -> tags.forEach(
                        t -> notes.execute(new Change.AddCoding(tagIds.get(t), new Target.Claim(claim)))));
            }
            CodeSuggestions base = SuggestionsOver.vectors(ws, vectors);

            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "Model %s; %d keyed claims found, %d claims embedded.%n%n",
                    model.id(), keyed.tagsByClaim().size(), vectors.state().embedded()));
            b.append("| neighbours | weighted | floor | right tag in top 3 | right tag first | no suggestion |"
                    + " confidence right / wrong first |\n|---:|---|---|---:|---:|---:|---|\n");
            for (int k : new int[] {5, 10, 20}) {
                for (boolean weighted : new boolean[] {true, false}) {
                    for (boolean floor : new boolean[] {true, false}) {
                        CodeSuggestions s = base.withVote(new CodeSuggestions.Vote(k, weighted, floor));
                        SuggestionScore score = new SuggestionScore();
                        keyed.tagsByClaim().forEach((claim, tags) -> {
                            List<TagSuggestion> got = s.leaveOneOut(claim, 3);
                            score.add(new Outcome(claim, tags, got.stream().map(x -> keyIdOf.getOrDefault(
                                    x.tagId(), "?")).toList(), got.stream().map(TagSuggestion::confidence).toList()));
                        });
                        b.append(String.format(Locale.ROOT, "| %d | %s | %s | %.1f %% | %.1f %% | %d | %.2f / %.2f |%n",
                                k, weighted ? "yes" : "no", floor ? "background" : "none", 100 * score.top3(),
                                100 * score.top1(), score.withoutSuggestion(), score.meanConfidenceRightFirst(),
                                score.meanConfidenceWrongFirst()));
                    }
                }
            }
            b.append("\n| code by example | keyed candidates carrying the tag (top 20) | held-out claims found |\n"
                    + "|---|---:|---:|\n");
            for (CodeSuggestions.Combination how : CodeSuggestions.Combination.values()) {
                List<ByExample> rows = new ArrayList<>();
                for (KeyTag t : key.tags()) {
                    rows.add(SuggestionEvaluation.byExample(base, notes, keyed, t.id(), tagIds.get(t.id()), how));
                }
                b.append(String.format(Locale.ROOT, "| %s | %.1f %% | %.1f %% |%n", how,
                        100 * SuggestionScore.pooledPrecision(rows), 100 * SuggestionScore.pooledRecall(rows)));
            }
            return b.toString();
        }
    }

    private static EmbeddingModel modelNamed(String id) {
        return Embedders.models().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model " + id + "; known: "
                        + Embedders.models().stream().map(EmbeddingModel::id).toList()));
    }
}
