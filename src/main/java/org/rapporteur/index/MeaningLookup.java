package org.rapporteur.index;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.rapporteur.model.MeaningState;

/**
 * What the searcher needs of meaning: the query as a vector and the claims nearest to a vector. The index cannot
 * embed (the model lives in its own stage); the pipeline implements this over the vector index and the embedder and
 * hands it to the {@link ClaimIndex}.
 */
public interface MeaningLookup {
    /** No vectors, no model: every search is lexical. */
    MeaningLookup NONE = new MeaningLookup() {
        @Override
        public MeaningState state() {
            return MeaningState.unavailable("meaning search is not set up");
        }

        @Override
        public float[] embedQuery(String text) {
            throw new IllegalStateException("no model");
        }

        @Override
        public List<Neighbour> nearest(float[] vector, int k, String excludeReportId, Collection<String> onlyClaims) {
            return List.of();
        }

        @Override
        public Optional<float[]> vectorOf(String claimId) {
            return Optional.empty();
        }
    };

    MeaningState state();

    /** The search text as a unit vector (with the model's query prefix). */
    float[] embedQuery(String text);

    /**
     * Up to {@code k} claims nearest to {@code vector}, nearest first; without the claims of {@code excludeReportId}
     * when it is not null; only among {@code onlyClaims} when that is not null.
     */
    List<Neighbour> nearest(float[] vector, int k, String excludeReportId, Collection<String> onlyClaims);

    /** The stored vector of a claim, if it has one. */
    Optional<float[]> vectorOf(String claimId);
}
