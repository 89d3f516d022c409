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
 * @param topK            how many of a theme's nearest prototypes are averaged: 2 rather than 1 so one odd example
 *                        does not carry a theme alone, rather than all so a theme with several senses finds each
 * @param cohesionWeight  how much of the theme's own separation point (see {@link MeaningThemeScorer}) moves its
 *                        threshold away from the global one: 0 is one threshold for all themes
 * @param maxAdjustment   the most the per-theme adjustment moves a threshold either way
 */
public record ThemeScoring(double threshold, double keywordBonus, double margin, int maxThemes, int topK,
                           double cohesionWeight, double maxAdjustment) {
    /**
     * The shipped values. Chosen with {@code org.rapporteur.bench.ThemeCalibration} over the tuning key's pairs (never
     * the blind key) with the default model (all-MiniLM-L6-v2): see the comment at each value.
     */
    public static final ThemeScoring DEFAULT = new ThemeScoring(
            0.42,  // global threshold: best leaf F1 of the calibration grid (0.30 to 0.60 by 0.02)
            0.12,  // keyword bonus: best of 0 to 0.25 by 0.03 at that threshold
            0.10,  // margin: best of 0.04 to 0.30
            3,     // the rule: at most three themes
            2,     // top-2: the suggestion; top-1 and top-3 were measured too (ThemeCalibration)
            0.5,   // half of the theme's own separation point: calibration grid 0, 0.5, 1
            0.06); // a cap so a theme with few examples cannot move far on their chance similarities

    public ThemeScoring {
        if (maxThemes < 1 || topK < 1) {
            throw new IllegalArgumentException("at least one theme and one prototype");
        }
    }

    public ThemeScoring withThreshold(double t) {
        return new ThemeScoring(t, keywordBonus, margin, maxThemes, topK, cohesionWeight, maxAdjustment);
    }

    public ThemeScoring withKeywordBonus(double b) {
        return new ThemeScoring(threshold, b, margin, maxThemes, topK, cohesionWeight, maxAdjustment);
    }

    public ThemeScoring withMargin(double m) {
        return new ThemeScoring(threshold, keywordBonus, m, maxThemes, topK, cohesionWeight, maxAdjustment);
    }

    public ThemeScoring withTopK(int k) {
        return new ThemeScoring(threshold, keywordBonus, margin, maxThemes, k, cohesionWeight, maxAdjustment);
    }

    public ThemeScoring withCohesionWeight(double w) {
        return new ThemeScoring(threshold, keywordBonus, margin, maxThemes, topK, w, maxAdjustment);
    }
}
