package org.rapporteur.enrich;

/**
 * The parameters of theme assignment by meaning ({@link MeaningThemeScorer}), in one place.
 *
 * @param threshold       the global similarity a claim needs to get a theme: its score for the theme (mean of its
 *                        {@code topK} cosine similarities to the theme's prototypes, plus the keyword bonus) must reach
 *                        this plus the theme's own adjustment
 * @param keywordBonus    added to a theme's score when one of its terms matched the claim: the terms are the analyst's
 *                        (and the content writer's) explicit word, so a claim that names the thing needs less
 *                        similarity; a term that matched in a sentence about something else still needs some
 * @param margin          a theme is given only when its score is within this of the claim's best theme: a claim about
 *                        one thing does not also get everything it is vaguely near
 * @param maxThemes       at most this many themes by meaning on one claim
 * @param topK            how many of a theme's nearest prototypes are averaged: a few rather than 1 so one odd
 *                        example does not carry a theme alone, rather than all so a theme with several senses finds each
 * @param adjustmentWeight how much of the theme's pull on other themes' examples, above or below the average (see
 *                        {@link MeaningThemeScorer}), moves its threshold from the global one: 0 is one threshold for all
 * @param maxAdjustment   the most the per-theme adjustment moves a threshold either way
 */
public record ThemeScoring(double threshold, double keywordBonus, double margin, int maxThemes, int topK,
                           double adjustmentWeight, double maxAdjustment) {
    /**
     * The shipped values. Chosen with {@code org.rapporteur.bench.ThemeCalibration} over the tuning key's 160 pairs
     * (never the blind key), the default model (all-MiniLM-L6-v2) and the default taxonomy of issue 19 (36 leaves, 716
     * descriptions and examples), re-checked on 4 Dec 2026 after the last examples were written: leaf P/R/F1
     * 0.70/0.62/0.658 and parent 0.78/0.73/0.753, against keywords alone (the same terms) 0.61/0.54/0.574 and
     * 0.72/0.63/0.670; no setting of the grid does better (0.658 is its best). A key that small (one hit is about
     * 0.004 F1) picks a region rather than a point: see the comment at each value. A logistic regression trained on
     * the examples instead of the nearest prototypes reached 0.670 at its best setting of a grid as large: within the
     * noise of choosing among many settings, so not worth a second kind of model.
     */
    public static final ThemeScoring DEFAULT = new ThemeScoring(
            0.36,  // global threshold: best leaf F1 of the grid 0.20 to 0.60 by 0.02 at every top-k and weight
            0.24,  // keyword bonus: 0.15 to 0.27 are within 0.004 (0.658 at 0.21 and 0.24): a matched term nearly
                   // always passes. Meaning adds the themes no term names and, through the margin, drops terms far
                   // weaker than the claim's best
            0.10,  // margin: 0.06 to 0.10 within 0.004 of 0.02 to 0.30 (0.15 and up: precision falls)
            3,     // the rule: at most three themes
            3,     // top-3: k = 3 0.658, k = 2 0.651, k = 1 0.630 (each at its best threshold, bonus and margin)
            0.5,   // weight of the per-theme adjustment: 0.5 ties 0 (0.658 each); 1.0: 0.651
            0.06); // a cap, so a theme cannot move far on chance similarities of a few examples

    public ThemeScoring {
        if (maxThemes < 1 || topK < 1) {
            throw new IllegalArgumentException("at least one theme and one prototype");
        }
    }

    public ThemeScoring withThreshold(double t) {
        return new ThemeScoring(t, keywordBonus, margin, maxThemes, topK, adjustmentWeight, maxAdjustment);
    }

    public ThemeScoring withKeywordBonus(double b) {
        return new ThemeScoring(threshold, b, margin, maxThemes, topK, adjustmentWeight, maxAdjustment);
    }

    public ThemeScoring withMargin(double m) {
        return new ThemeScoring(threshold, keywordBonus, m, maxThemes, topK, adjustmentWeight, maxAdjustment);
    }

    public ThemeScoring withTopK(int k) {
        return new ThemeScoring(threshold, keywordBonus, margin, maxThemes, k, adjustmentWeight, maxAdjustment);
    }

    public ThemeScoring withAdjustmentWeight(double w) {
        return new ThemeScoring(threshold, keywordBonus, margin, maxThemes, topK, w, maxAdjustment);
    }
}
