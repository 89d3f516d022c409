package org.rapporteur.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapporteur.model.ThemeMatch;

/**
 * Assigns themes to a claim by meaning: its sentence vector is compared with each theme's {@link ThemePrototypes},
 * and the claim's keyword matches ({@link ThemeTagger}) add a bonus. Pure arithmetic on vectors handed in: it neither
 * embeds nor reads an index.
 *
 * <p>The rule, per theme T with prototypes: {@code score(T) = mean of the top-k cosine similarities to T's prototypes
 * + (a term of T matched ? bonus : 0)}. T is a candidate when {@code score(T) >= threshold(T)} and the claim is not
 * nearer to one of T's negatives (claims the analyst took T off) than to T's nearest prototype. Of the candidates, the
 * best and those within {@code margin} of it are given, at most {@code maxThemes}, best first. A theme without
 * prototypes (an analyst's theme with terms only) is given on its keywords alone, as before.
 *
 * <p>Per-theme thresholds: {@code threshold(T) = threshold + w * (pull(T) - mean of pull over the themes)}, capped at
 * {@code maxAdjustment} either way, where {@code pull(T)} is measured on the prototypes alone, leaving T's own out: the
 * mean top-k similarity of every other theme's prototypes to T's prototypes. Why: similarities are not on one scale
 * across themes. A broad theme written in the common words of policy prose ("Public administration and ethics",
 * "Diplomacy and alliances") is near the examples of every other theme, and so near most claims: it needs more
 * similarity before it says anything; a theme of its own vocabulary ("Nuclear and strategic stability") less. Measured
 * with {@code ThemeCalibration} on the tuning pairs: this ties the best single global threshold on leaf F1 (0.598 at
 * w = 0.5 and w = 0, k = 3); the other candidate, the point half-way between how near a theme's examples are to one
 * another and to the next theme (leave-one-out on T's own examples), did worse (0.581 against 0.588 on the 35-leaf
 * taxonomy). The tuning key has 160 rows, one hit is worth about 0.004 F1: the adjustment is kept small and capped.
 *
 * <p>Immutable and thread-safe.
 */
public final class MeaningThemeScorer {
    /** What {@code like:} evidence is shortened to. */
    static final int EVIDENCE_CHARS = 80;

    private final ThemePrototypes prototypes;
    private final ThemeScoring scoring;
    private final Map<String, Double> adjustment;

    public MeaningThemeScorer(ThemePrototypes prototypes, ThemeScoring scoring) {
        this.prototypes = prototypes;
        this.scoring = scoring;
        this.adjustment = adjustments(prototypes, scoring);
    }

    public ThemeScoring scoring() {
        return scoring;
    }

    /** A scorer over the same prototypes with other parameters (the per-theme adjustments are measured again). */
    public MeaningThemeScorer with(ThemeScoring other) {
        return new MeaningThemeScorer(prototypes, other);
    }

    /** The threshold of each theme with prototypes: the global one plus the theme's adjustment. */
    public Map<String, Double> thresholds() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String t : prototypes.themes()) {
            out.put(t, scoring.threshold() + adjustment.getOrDefault(t, 0.0));
        }
        return out;
    }

    /** The themes of a claim with this vector and these keyword matches, best first. */
    public List<ThemeMatch> themes(float[] vector, List<ThemeMatch> keywords) {
        return themes(null, vector, keywords);
    }

    /**
     * The themes of the claim {@code claimId}, leaving out the analyst's own coding of it: that coding is the claim
     * itself (similarity 1), which would crowd every other theme out of the margin; the correction is applied on top.
     */
    public List<ThemeMatch> themes(String claimId, float[] vector, List<ThemeMatch> keywords) {
        return decide(evidence(claimId, vector, keywords), scoring);
    }

    /** What a decision is made from: per theme, its similarity and nearest prototype; the keyword matches. */
    public record Evidence(Map<String, Similarity> similarities, List<ThemeMatch> keywords) {
    }

    /** A theme's top-k similarity, its nearest prototype, and whether a negative is nearer than that prototype. */
    public record Similarity(double topK, ThemePrototypes.Prototype nearest, boolean nearerToNegative) {
    }

    /** The similarities of one claim to every theme: the costly part, computed once per claim (calibration reuses it). */
    public Evidence evidence(float[] vector, List<ThemeMatch> keywords) {
        return evidence(null, vector, keywords);
    }

    /** The similarities of the claim {@code claimId} (null: any text), leaving out prototypes that are this claim. */
    public Evidence evidence(String claimId, float[] vector, List<ThemeMatch> keywords) {
        Map<String, Similarity> sims = new HashMap<>();
        for (String t : prototypes.themes()) {
            List<ThemePrototypes.Prototype> ps = prototypes.of(t);
            double best = Double.NEGATIVE_INFINITY;
            ThemePrototypes.Prototype nearest = null;
            int compared = (int) ps.stream().filter(p -> !isClaim(p.claimId(), claimId)).count();
            double[] top = new double[Math.min(scoring.topK(), compared)];
            java.util.Arrays.fill(top, Double.NEGATIVE_INFINITY);
            for (ThemePrototypes.Prototype p : ps) {
                if (isClaim(p.claimId(), claimId)) {
                    continue;
                }
                double s = dot(vector, p.vector());
                if (s > best) {
                    best = s;
                    nearest = p;
                }
                insert(top, s);
            }
            boolean negative = false;
            for (ThemePrototypes.Negative n : prototypes.negativesOf(t)) {
                if (!isClaim(n.claimId(), claimId) && dot(vector, n.vector()) > best) {
                    negative = true;
                    break;
                }
            }
            if (nearest != null) {
                sims.put(t, new Similarity(mean(top), nearest, negative));
            }
        }
        return new Evidence(sims, keywords);
    }

    private static boolean isClaim(String prototypeClaimId, String claimId) {
        return claimId != null && claimId.equals(prototypeClaimId);
    }

    /** The themes given under {@code params} (the per-theme adjustments stay those of this scorer's weight). */
    public List<ThemeMatch> decide(Evidence e, ThemeScoring params) {
        Map<String, ThemeMatch> byKeyword = new LinkedHashMap<>();
        for (ThemeMatch m : e.keywords()) {
            byKeyword.put(m.theme(), m);
        }
        record Candidate(String theme, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        e.similarities().forEach((theme, s) -> {
            double score = s.topK() + (byKeyword.containsKey(theme) ? params.keywordBonus() : 0);
            if (!s.nearerToNegative() && score >= params.threshold() + adjustment.getOrDefault(theme, 0.0)) {
                candidates.add(new Candidate(theme, score));
            }
        });
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::theme));
        List<ThemeMatch> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (out.size() == params.maxThemes() || c.score() < candidates.getFirst().score() - params.margin()) {
                break;
            }
            ThemeMatch kw = byKeyword.get(c.theme());
            out.add(kw != null ? kw : new ThemeMatch(c.theme(), List.of(like(e.similarities().get(c.theme()).nearest()))));
        }
        // a theme the scorer has no prototypes for (an analyst's theme of terms only) keeps its keyword coding
        for (ThemeMatch m : e.keywords()) {
            if (!prototypes.themes().contains(m.theme())) {
                out.add(m);
            }
        }
        return List.copyOf(out);
    }

    /** The evidence of a theme given by meaning: the nearest prototype, shortened. */
    static String like(ThemePrototypes.Prototype p) {
        String text = ThemeTagger.collapseSpaces(p.text().strip());
        if (text.length() > EVIDENCE_CHARS) {
            int cut = text.lastIndexOf(' ', EVIDENCE_CHARS - 1);
            text = text.substring(0, cut > EVIDENCE_CHARS / 2 ? cut : EVIDENCE_CHARS - 1).strip() + "…";
        }
        return (p.source() == ThemePrototypes.Source.ANALYST ? "like your coding of: " : "like: ") + text;
    }

    /**
     * The per-theme threshold adjustments, measured on the taxonomy's own prototypes: how near a theme lies to the
     * others is a property of its description and examples, and an analyst's coding of one claim must not move the
     * threshold of every theme (it teaches the claims near it, through the similarities).
     */
    private static Map<String, Double> adjustments(ThemePrototypes prototypes, ThemeScoring scoring) {
        Map<String, Double> pull = new HashMap<>();
        List<String> themes = List.copyOf(prototypes.themes());
        for (String t : themes) {
            List<ThemePrototypes.Prototype> own = taxonomyOnly(prototypes.of(t));
            if (own.isEmpty()) {
                continue; // a theme only the analyst's codings describe keeps the global threshold
            }
            double sum = 0;
            int n = 0;
            for (String o : themes) {
                if (o.equals(t)) {
                    continue;
                }
                for (ThemePrototypes.Prototype p : taxonomyOnly(prototypes.of(o))) {
                    sum += topK(p.vector(), own, -1, scoring.topK());
                    n++;
                }
            }
            if (n > 0) {
                pull.put(t, sum / n);
            }
        }
        Map<String, Double> out = new HashMap<>();
        if (pull.isEmpty() || scoring.adjustmentWeight() == 0) {
            return out;
        }
        double mean = pull.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        pull.forEach((t, m) -> out.put(t, Math.clamp(scoring.adjustmentWeight() * (m - mean), -scoring.maxAdjustment(),
                scoring.maxAdjustment())));
        return out;
    }

    private static List<ThemePrototypes.Prototype> taxonomyOnly(List<ThemePrototypes.Prototype> ps) {
        return ps.stream().filter(p -> p.source() != ThemePrototypes.Source.ANALYST).toList();
    }

    /** Mean of the k highest similarities of {@code v} to {@code ps}, leaving out index {@code skip}. */
    private static double topK(float[] v, List<ThemePrototypes.Prototype> ps, int skip, int k) {
        int n = ps.size() - (skip >= 0 ? 1 : 0);
        if (n <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double[] top = new double[Math.min(k, n)];
        java.util.Arrays.fill(top, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < ps.size(); i++) {
            if (i != skip) {
                insert(top, dot(v, ps.get(i).vector()));
            }
        }
        return mean(top);
    }

    /** Keeps {@code top} the highest values seen, descending. */
    private static void insert(double[] top, double s) {
        for (int i = 0; i < top.length; i++) {
            if (s > top[i]) {
                System.arraycopy(top, i, top, i + 1, top.length - i - 1);
                top[i] = s;
                return;
            }
        }
    }

    private static double mean(double[] xs) {
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        return xs.length == 0 ? Double.NEGATIVE_INFINITY : sum / xs.length;
    }

    /**
     * The dot product: the cosine similarity of unit vectors. Four float sums rather than one double: the loop is most
     * of a re-theme's time (every claim against some 600 prototypes of 384 dimensions), and independent sums let the
     * compiler pipeline it; a float sum of 96 products of unit-vector components loses nothing a threshold can see.
     */
    static double dot(float[] a, float[] b) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (int n = a.length & ~3; i < n; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (double) s0 + s1 + s2 + s3;
    }
}
