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
     * (never the blind key), the default model (all-MiniLM-L6-v2) and the default taxonomy of issue 19 (36 leaves, 612
     * descriptions and examples), on 4 Dec 2026: leaf P/R/F1 0.66/0.54/0.593 and parent 0.76/0.65/0.700, against
     * keywords alone (the same terms) 0.58/0.48/0.526 and 0.70/0.57/0.626. The grid's best, 0.598, is one hit away.
     * A key that small (one hit is about 0.004 F1) picks a region rather than a point: see the comment at each value.
     */
    public static final ThemeScoring DEFAULT = new ThemeScoring(
            0.36,  // global threshold: best leaf F1 of the grid 0.20 to 0.60 by 0.02 (0.34 and 0.38 within 0.01)
            0.24,  // keyword bonus: from 0.24 up leaf F1 is flat (0.593 to 0.596): a matched term nearly always
                   // passes; below it recall falls (0.21: 0.595 at margin 0.08, 0.12: 0.57). Meaning adds the
                   // themes no term names and, through the margin, drops terms far weaker than the claim's best
            0.10,  // margin: 0.08 to 0.10 best of 0.02 to 0.30 (0.15 and up: precision falls)
            3,     // the rule: at most three themes
            3,     // top-3: k = 3 0.598, k = 2 0.590, k = 1 0.573 (each at its best threshold, bonus and margin)
            0.5,   // weight of the per-theme adjustment: 0.5 ties 0 (0.598 each at margin 0.08); 1.0: 0.594
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
