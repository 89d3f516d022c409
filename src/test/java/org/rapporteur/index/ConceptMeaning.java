package org.rapporteur.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rapporteur.model.MeaningState;

/**
 * A test double of meaning: a sentence's vector counts the concepts its words stand for (a small hand-made table:
 * "havens", "shelter" and "sanctuaries" are one concept), so paraphrases that share no word are near each other, as
 * with a real model, and everything is predictable. Nearest claims by brute force over the claims given. Records the
 * calls the searcher makes; its state, and failures, are set by the test.
 */
final class ConceptMeaning implements MeaningLookup {
    static final Map<String, Integer> CONCEPTS = concepts();

    private final Map<String, float[]> vectors = new LinkedHashMap<>();
    private final Map<String, String> reports = new LinkedHashMap<>();
    private MeaningState state;
    private RuntimeException embedFailure;
    private RuntimeException nearestFailure;
    final List<String> embedded = new ArrayList<>();
    final List<Integer> askedK = new ArrayList<>();
    final List<Collection<String>> askedOnly = new ArrayList<>();

    ConceptMeaning() {
        state = new MeaningState("test-concepts", 0, 0, false, null);
    }

    private static Map<String, Integer> concepts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        String[][] groups = {
                {"militants", "militant", "insurgents", "insurgent", "fighters", "armed"},
                {"havens", "haven", "shelter", "sanctuaries", "sanctuary", "refuge", "hideouts"},
                {"border", "frontier", "crossing"},
                {"afghanistan", "kabul"},
                {"trade", "tariffs", "exports", "commerce", "customs"},
                {"water", "drought", "reservoirs", "thirst", "rain", "rivers"},
                {"harvest", "crops", "farmers", "grain"},
        };
        for (int c = 0; c < groups.length; c++) {
            for (String w : groups[c]) {
                m.put(w, c);
            }
        }
        return m;
    }

    /** The concept vector of a text, unit length (all zeros when it names no concept). */
    static float[] vector(String text) {
        float[] v = new float[8];
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            Integer c = CONCEPTS.get(w);
            if (c != null) {
                v[c] = 1; // a concept counts once, however many of its words the text has
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) Math.sqrt(norm);
            }
        }
        return v;
    }

    ConceptMeaning add(String claimId, String reportId, String text) {
        vectors.put(claimId, vector(text));
        reports.put(claimId, reportId);
        return this;
    }

    /** Every claim has its vector. */
    ConceptMeaning complete() {
        state = new MeaningState("test-concepts", vectors.size(), vectors.size(), false, null);
        return this;
    }

    ConceptMeaning state(MeaningState s) {
        state = s;
        return this;
    }

    ConceptMeaning failEmbedding(RuntimeException e) {
        embedFailure = e;
        return this;
    }

    ConceptMeaning failNearest(RuntimeException e) {
        nearestFailure = e;
        return this;
    }

    @Override
    public MeaningState state() {
        return state;
    }

    @Override
    public float[] embedQuery(String text) {
        if (embedFailure != null) {
            throw embedFailure;
        }
        embedded.add(text);
        return vector(text);
    }

    @Override
    public List<Neighbour> nearest(float[] vector, int k, String excludeReportId, Collection<String> onlyClaims) {
        if (nearestFailure != null) {
            throw nearestFailure;
        }
        askedK.add(k);
        askedOnly.add(onlyClaims);
        Set<String> only = onlyClaims == null ? null : new HashSet<>(onlyClaims);
        List<Neighbour> all = new ArrayList<>();
        vectors.forEach((id, v) -> {
            if ((only == null || only.contains(id)) && !reports.get(id).equals(excludeReportId)) {
                float dot = 0;
                for (int i = 0; i < v.length; i++) {
                    dot += v[i] * vector[i];
                }
                all.add(new Neighbour(id, reports.get(id), dot));
            }
        });
        all.sort(Comparator.comparingDouble(Neighbour::similarity).reversed());
        return List.copyOf(all.subList(0, Math.min(k, all.size())));
    }

    @Override
    public Optional<float[]> vectorOf(String claimId) {
        return Optional.ofNullable(vectors.get(claimId));
    }
}
