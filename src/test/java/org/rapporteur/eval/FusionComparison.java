package org.rapporteur.eval;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rapporteur.model.SearchMode;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.testing.SharedData;

/**
 * The two fusion rules of ADR 0033 side by side on the paraphrase key, in the workspace {@code bin/eval-meaning}
 * built and embedded: recall@10 and MRR@10 of hybrid search with reciprocal rank fusion and with the weighted sum of
 * normalised scores ({@code rapporteur.fusion}, read at every search), for the key's queries as typed (their words
 * AND-ed, as the search bar does) and with their words OR-ed, where the words side brings many claims and none of
 * them right: what each rule loses to noise from the words. Semantic search alone is the yardstick. Prints Markdown.
 *
 * <p>{@code bin/eval-meaning} first, then {@code java -cp … org.rapporteur.eval.FusionComparison [target/eval-meaning]}.
 */
public final class FusionComparison {
    private FusionComparison() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/eval-meaning");
        try (Workspace ws = Workspace.open(dir.resolve("workspace"))) {
            Map<ParaphraseKey.Entry, Set<String>> relevant = MeaningEvaluation.resolve(ParaphraseKey.load(), ws,
                    SharedData.root());
            System.out.printf(Locale.ROOT, "%,d claims, model %s, %d key queries%n%n", ws.corpus().claimCount(),
                    ws.meaning().state().modelId(), relevant.size());
            System.out.println("| search | words as typed (AND): recall@10 / MRR@10 | words OR-ed: recall@10 / MRR@10 |");
            System.out.println("|---|---|---|");
            row("semantic alone", ws, SearchMode.SEMANTIC, relevant);
            for (String rule : new String[] {"rrf", "weighted"}) {
                System.setProperty("rapporteur.fusion", rule);
                row("hybrid, " + (rule.equals("rrf") ? "reciprocal rank fusion" : "weighted sum of normalised scores"),
                        ws, SearchMode.HYBRID, relevant);
            }
            System.clearProperty("rapporteur.fusion");
        }
    }

    private static void row(String label, Workspace ws, SearchMode mode, Map<ParaphraseKey.Entry, Set<String>> relevant) {
        ModeRecall and = MeaningEvaluation.measure(ws, mode, relevant, false);
        ModeRecall or = MeaningEvaluation.measure(ws, mode, relevant, true);
        System.out.printf(Locale.ROOT, "| %s | %.2f (%d / %d) / %.2f | %.2f (%d / %d) / %.2f |%n", label, and.recall(),
                and.found(), and.outcomes().size(), and.mrr(), or.recall(), or.found(), or.outcomes().size(), or.mrr());
    }
}
