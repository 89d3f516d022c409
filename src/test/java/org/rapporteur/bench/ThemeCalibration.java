package org.rapporteur.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rapporteur.embed.Embedders;
import org.rapporteur.embed.Embedding;
import org.rapporteur.embed.SentenceEmbedder;
import org.rapporteur.enrich.MeaningThemeScorer;
import org.rapporteur.enrich.ThemePrototypes;
import org.rapporteur.enrich.ThemeScoring;
import org.rapporteur.enrich.ThemeTagger;
import org.rapporteur.enrich.ThemeTaxonomy;
import org.rapporteur.index.ThemeTermAnalyzer;
import org.rapporteur.model.ThemeMatch;

/**
 * Calibrates {@link ThemeScoring}: embeds the texts of a pairs file ({@code claim text<TAB>Parent/Leaf|…}, as
 * {@code bin/eval-themes.py --pairs} writes it from the tuning key — never the blind key) with the shipped model, runs
 * the scorer over a grid of the global parameters (threshold, keyword bonus, margin, top-k, weight of the per-theme
 * adjustment) and prints leaf and parent micro precision, recall and F1 per setting, best leaf F1 first, with the
 * keyword-only coding and the shipped setting for comparison.
 *
 * <p>Usage: {@code java -cp target/test-classes:target/rapporteur.jar:target/lib/* org.rapporteur.bench.ThemeCalibration
 * PAIRS.tsv [TAXONOMY.json] [--top N]}. Not a test: nothing runs it but a person.
 */
public final class ThemeCalibration {
    private record Pair(String text, Set<String> gold) {
    }

    /** Micro counts: true positives, predicted, gold. */
    private record Counts(long tp, long predicted, long gold) {
        double p() {
            return predicted == 0 ? 0 : (double) tp / predicted;
        }

        double r() {
            return gold == 0 ? 0 : (double) tp / gold;
        }

        double f1() {
            return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r());
        }
    }

    private record Result(ThemeScoring s, Counts leaf, Counts parent) {
    }

    private ThemeCalibration() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length < 1) {
            out.println("usage: ThemeCalibration PAIRS.tsv [TAXONOMY.json] [--top N]");
            return;
        }
        int top = 25;
        ThemeTaxonomy taxonomy = ThemeTaxonomy.defaults();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--top")) {
                top = Integer.parseInt(args[++i]);
            } else {
                taxonomy = ThemeTaxonomy.load(Path.of(args[i]));
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Set<String> gold = new LinkedHashSet<>();
            if (f.length > 1) {
                for (String t : f[1].split("\\|")) {
                    if (!t.isBlank()) {
                        gold.add(t.strip());
                    }
                }
            }
            pairs.add(new Pair(f[0], gold));
        }
        ThemeTagger tagger = new ThemeTagger(new ThemeTermAnalyzer(), taxonomy);
        List<List<ThemeMatch>> keywords = pairs.stream().map(p -> tagger.tag(p.text())).toList();
        List<String> protoTexts = ThemePrototypes.taxonomyTexts(taxonomy);
        List<float[]> protoVectors;
        List<float[]> vectors;
        long t0 = System.nanoTime();
        try (SentenceEmbedder e = Embedders.open(Embedders.defaultModel())) {
            protoVectors = embed(e, protoTexts);
            vectors = embed(e, pairs.stream().map(Pair::text).toList());
        }
        out.printf(Locale.ROOT, "%d pairs, %d themes, %d prototypes embedded in %.1f s%n%n", pairs.size(),
                taxonomy.themes().size(), protoTexts.size(), (System.nanoTime() - t0) / 1e9);
        ThemePrototypes prototypes = ThemePrototypes.builder().addTaxonomy(taxonomy, protoVectors).build();
        String dump = System.getProperty("calibration.dump");
        if (dump != null) {
            dumpVectors(Path.of(dump), taxonomy, protoVectors, pairs, vectors, keywords);
        }

        List<Set<String>> golds = pairs.stream().map(Pair::gold).toList();
        Result keywordOnly = score(ThemeScoring.DEFAULT, golds,
                keywords.stream().map(k -> k.stream().map(ThemeMatch::theme).toList()).toList());
        List<Result> results = new ArrayList<>();
        Result shipped = null;
        for (double w : new double[] {0, 0.5, 1}) {
            for (int k = 1; k <= 3; k++) {
                ThemeScoring base = ThemeScoring.DEFAULT.withAdjustmentWeight(w).withTopK(k);
                MeaningThemeScorer scorer = new MeaningThemeScorer(prototypes, base);
                List<MeaningThemeScorer.Evidence> ev = new ArrayList<>();
                for (int i = 0; i < pairs.size(); i++) {
                    ev.add(scorer.evidence(vectors.get(i), keywords.get(i)));
                }
                for (int ti = 0; ti <= 20; ti++) {
                    for (int bi = 0; bi <= 15; bi++) {
                        for (double m : new double[] {0.02, 0.04, 0.06, 0.08, 0.10, 0.15, 0.20, 0.30}) {
                            ThemeScoring s = base.withThreshold(0.20 + 0.02 * ti).withKeywordBonus(0.03 * bi)
                                    .withMargin(m);
                            List<List<String>> predicted = new ArrayList<>();
                            for (MeaningThemeScorer.Evidence e : ev) {
                                predicted.add(scorer.decide(e, s).stream().map(ThemeMatch::theme).toList());
                            }
                            results.add(score(s, golds, predicted));
                        }
                    }
                }
                if (w == ThemeScoring.DEFAULT.adjustmentWeight() && k == ThemeScoring.DEFAULT.topK()) {
                    List<List<String>> predicted = new ArrayList<>();
                    for (MeaningThemeScorer.Evidence e : ev) {
                        predicted.add(scorer.decide(e, ThemeScoring.DEFAULT).stream().map(ThemeMatch::theme).toList());
                    }
                    shipped = score(ThemeScoring.DEFAULT, golds, predicted);
                }
            }
        }
        results.sort(Comparator.comparingDouble((Result r) -> r.leaf().f1())
                .thenComparingDouble(r -> r.parent().f1()).reversed());
        out.println("setting                                        | leaf P  R  F1        | parent P  R  F1");
        out.println(line("keywords only", keywordOnly));
        out.println(line("shipped " + describe(ThemeScoring.DEFAULT), shipped));
        out.println();
        out.println("best per top-k and weight of the per-theme adjustment:");
        for (double w : new double[] {0, 0.5, 1}) {
            for (int k = 1; k <= 3; k++) {
                final double fw = w;
                final int fk = k;
                results.stream().filter(r -> r.s().adjustmentWeight() == fw && r.s().topK() == fk).findFirst()
                        .ifPresent(r -> out.println(line(describe(r.s()), r)));
            }
        }
        out.println();
        for (int i = 0; i < Math.min(top, results.size()); i++) {
            out.println(line(describe(results.get(i).s()), results.get(i)));
        }
        MeaningThemeScorer scorer = new MeaningThemeScorer(prototypes, ThemeScoring.DEFAULT);
        out.println();
        out.println("per-theme thresholds of the shipped setting:");
        for (Map.Entry<String, Double> t : scorer.thresholds().entrySet()) {
            out.printf(Locale.ROOT, "  %.3f  %s%n", t.getValue(), t.getKey());
        }
    }

    private static List<float[]> embed(SentenceEmbedder e, List<String> texts) {
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i += 64) {
            for (Embedding m : e.embedPassages(texts.subList(i, Math.min(texts.size(), i + 64)))) {
                out.add(m.vector());
            }
        }
        return out;
    }

    private static String describe(ThemeScoring s) {
        return String.format(Locale.ROOT, "t=%.2f bonus=%.2f margin=%.2f k=%d w=%.1f", s.threshold(),
                s.keywordBonus(), s.margin(), s.topK(), s.adjustmentWeight());
    }

    private static String line(String name, Result r) {
        return String.format(Locale.ROOT, "%-46s | %.2f %.2f %.3f | %.2f %.2f %.3f", name, r.leaf().p(), r.leaf().r(),
                r.leaf().f1(), r.parent().p(), r.parent().r(), r.parent().f1());
    }

    private static Result score(ThemeScoring s, List<Set<String>> golds, List<List<String>> predicted) {
        long tp = 0;
        long pr = 0;
        long go = 0;
        long ptp = 0;
        long ppr = 0;
        long pgo = 0;
        for (int i = 0; i < golds.size(); i++) {
            Set<String> gold = golds.get(i);
            Set<String> pred = new LinkedHashSet<>(predicted.get(i));
            for (String p : pred) {
                if (gold.contains(p)) {
                    tp++;
                }
            }
            pr += pred.size();
            go += gold.size();
            Set<String> goldParents = parents(gold);
            Set<String> predParents = parents(pred);
            for (String p : predParents) {
                if (goldParents.contains(p)) {
                    ptp++;
                }
            }
            ppr += predParents.size();
            pgo += goldParents.size();
        }
        return new Result(s, new Counts(tp, pr, go), new Counts(ptp, ppr, pgo));
    }

    private static Set<String> parents(Set<String> themes) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : themes) {
            int slash = t.indexOf('/');
            out.add(slash < 0 ? t : t.substring(0, slash));
        }
        return out;
    }

    /** Writes the vectors (prototypes with their theme, pairs with gold and keyword themes) for experiments outside. */
    private static void dumpVectors(Path dir, ThemeTaxonomy taxonomy, List<float[]> protoVectors, List<Pair> pairs,
                                    List<float[]> vectors, List<List<ThemeMatch>> keywords) throws java.io.IOException {
        Files.createDirectories(dir);
        List<String> protoLines = new ArrayList<>();
        int i = 0;
        for (org.rapporteur.model.Theme t : taxonomy.themes()) {
            int n = (t.description().isEmpty() ? 0 : 1) + t.examples().size();
            for (int k = 0; k < n; k++) {
                protoLines.add(t.path() + "\t" + (k == 0 && !t.description().isEmpty() ? "D" : "E") + "\t"
                        + csv(protoVectors.get(i++)));
            }
        }
        Files.write(dir.resolve("prototypes.tsv"), protoLines, StandardCharsets.UTF_8);
        List<String> pairLines = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            pairLines.add(String.join("|", pairs.get(k).gold()) + "\t" + String.join("|",
                    keywords.get(k).stream().map(ThemeMatch::theme).toList()) + "\t" + csv(vectors.get(k)));
        }
        Files.write(dir.resolve("pairs.tsv"), pairLines, StandardCharsets.UTF_8);
    }

    private static String csv(float[] v) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < v.length; k++) {
            sb.append(k == 0 ? "" : ",").append(v[k]);
        }
        return sb.toString();
    }
}
