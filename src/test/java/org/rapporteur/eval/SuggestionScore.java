package org.rapporteur.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of the leave-one-out evaluation of code suggestions, from what was suggested for each keyed claim: a
 * hit when one of the claim's keyed tags is among the first three suggestions (the measure), the same for the
 * first suggestion alone, how confident the first suggestion was when right and when wrong, and per tag how often a
 * claim keyed with it got it in its top three. Pure arithmetic, so it is tested on its own.
 */
final class SuggestionScore {
    /** One keyed claim: its keyed tag ids, and the suggested tag ids (most confident first) with their confidences. */
    record Outcome(String claimId, Set<String> keyed, List<String> suggested, List<Double> confidences) {
        Outcome {
            keyed = Set.copyOf(keyed);
            suggested = List.copyOf(suggested);
            confidences = List.copyOf(confidences);
            if (suggested.size() != confidences.size()) {
                throw new IllegalArgumentException("one confidence per suggestion");
            }
        }

        boolean hitAt(int k) {
            return suggested.stream().limit(k).anyMatch(keyed::contains);
        }
    }

    /** Per tag: claims keyed with it, and how many of them had it among their first three suggestions. */
    record TagRecall(String tag, int keyed, int inTop3) {
        double recall() {
            return keyed == 0 ? 0 : (double) inTop3 / keyed;
        }
    }

    private final List<Outcome> outcomes = new ArrayList<>();

    void add(Outcome o) {
        outcomes.add(o);
    }

    int claims() {
        return outcomes.size();
    }

    /** Claims for which nothing at all was suggested (counted as misses). */
    int withoutSuggestion() {
        return (int) outcomes.stream().filter(o -> o.suggested().isEmpty()).count();
    }

    double top3() {
        return share(o -> o.hitAt(3));
    }

    double top1() {
        return share(o -> o.hitAt(1));
    }

    /** Mean confidence of the first suggestion over the claims where it was one of the keyed tags (NaN if none). */
    double meanConfidenceRightFirst() {
        return meanFirstConfidence(true);
    }

    double meanConfidenceWrongFirst() {
        return meanFirstConfidence(false);
    }

    int rightFirst() {
        return (int) outcomes.stream().filter(o -> !o.suggested().isEmpty() && o.hitAt(1)).count();
    }

    int wrongFirst() {
        return (int) outcomes.stream().filter(o -> !o.suggested().isEmpty() && !o.hitAt(1)).count();
    }

    /** Per tag of the key, in the order given. */
    List<TagRecall> perTag(List<String> tags) {
        List<TagRecall> out = new ArrayList<>();
        for (String t : tags) {
            int keyed = 0;
            int hit = 0;
            for (Outcome o : outcomes) {
                if (o.keyed().contains(t)) {
                    keyed++;
                    if (o.suggested().stream().limit(3).anyMatch(t::equals)) {
                        hit++;
                    }
                }
            }
            out.add(new TagRecall(t, keyed, hit));
        }
        return out;
    }

    /**
     * What suggesting the three tags most used on the <em>other</em> keyed claims would score (right tag in top 3):
     * the floor a suggester that ignores the claim's meaning reaches on this key.
     */
    double frequencyBaselineTop3() {
        Map<String, Integer> all = new HashMap<>();
        outcomes.forEach(o -> o.keyed().forEach(t -> all.merge(t, 1, Integer::sum)));
        return share(o -> {
            Map<String, Integer> others = new LinkedHashMap<>(all);
            o.keyed().forEach(t -> others.merge(t, -1, Integer::sum));
            return others.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(3).map(Map.Entry::getKey).anyMatch(o.keyed()::contains);
        });
    }

    private double meanFirstConfidence(boolean right) {
        return outcomes.stream().filter(o -> !o.suggested().isEmpty() && o.hitAt(1) == right)
                .mapToDouble(o -> o.confidences().get(0)).average().orElse(Double.NaN);
    }

    private double share(java.util.function.Predicate<Outcome> hit) {
        return outcomes.isEmpty() ? 0 : (double) outcomes.stream().filter(hit).count() / outcomes.size();
    }

    /**
     * Code by example for one tag: {@code heldOut} keyed claims of the tag had their coding removed before asking;
     * of the candidates returned, {@code keyedCandidates} are keyed claims, {@code positives} of those carry the tag
     * in the key; {@code unkeyed} candidates are claims outside the key (no verdict, left out of the precision).
     */
    record ByExample(String tag, int coded, int heldOut, int candidates, int keyedCandidates, int positives,
                     int unkeyed) {
        /** Positives among the keyed candidates (NaN when no candidate was keyed). */
        double precision() {
            return keyedCandidates == 0 ? Double.NaN : (double) positives / keyedCandidates;
        }

        /** Share of the held-out claims found among the candidates. */
        double recallOfHeldOut() {
            return heldOut == 0 ? Double.NaN : (double) positives / heldOut;
        }
    }

    /** Pools per-tag by-example results: positives over keyed candidates, over all tags. */
    static double pooledPrecision(List<ByExample> rows) {
        int keyed = rows.stream().mapToInt(ByExample::keyedCandidates).sum();
        return keyed == 0 ? Double.NaN : (double) rows.stream().mapToInt(ByExample::positives).sum() / keyed;
    }

    static double pooledRecall(List<ByExample> rows) {
        int held = rows.stream().mapToInt(ByExample::heldOut).sum();
        return held == 0 ? Double.NaN : (double) rows.stream().mapToInt(ByExample::positives).sum() / held;
    }
}
