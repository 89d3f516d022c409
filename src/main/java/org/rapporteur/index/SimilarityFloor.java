package org.rapporteur.index;

import java.util.Map;

/**
 * The least cosine similarity at which a claim counts as found by meaning. Without it a semantic search would list
 * the whole corpus in order of likeness, most of it unrelated. Each model spreads its similarities differently (e5
 * puts unrelated sentences near 0.7, MiniLM near 0.0), so the floor is per model; how each was chosen is in ADR 0033.
 */
final class SimilarityFloor {
    private static final Map<String, Float> BY_MODEL = Map.of(
            "all-minilm-l6-v2-q", 0.30f,
            "e5-small-v2-q", 0.80f);
    /** For a model not listed: MiniLM's, the shipped model's. */
    static final float DEFAULT = 0.30f;

    private SimilarityFloor() {
    }

    /** The model's floor; {@code -Drapporteur.similarityFloor=X} replaces it, for measuring only (ADR 0033). */
    static float of(String modelId) {
        String measured = System.getProperty("rapporteur.similarityFloor");
        if (measured != null) {
            try {
                return Float.parseFloat(measured.strip());
            } catch (NumberFormatException e) {
                // not a number: the model's own floor
            }
        }
        return modelId == null ? DEFAULT : BY_MODEL.getOrDefault(modelId, DEFAULT);
    }
}
