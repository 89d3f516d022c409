package org.rapporteur.pipeline;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.rapporteur.index.MeaningLookup;
import org.rapporteur.index.Neighbour;
import org.rapporteur.model.MeaningState;

/**
 * What the text index's searcher asks of meaning, answered by the vector index and the embedder (the index cannot
 * embed: stages never import each other, ADR 0001). Without vectors, or with a problem, its state is not usable and
 * searches stay lexical.
 */
final class VectorLookup implements MeaningLookup {
    private final MeaningIndex meaning;

    VectorLookup(MeaningIndex meaning) {
        this.meaning = meaning;
    }

    @Override
    public MeaningState state() {
        return meaning.stateForSearch();
    }

    /** Loads the model on the first query; throws a {@link org.rapporteur.model.RapporteurException} if it cannot. */
    @Override
    public float[] embedQuery(String text) {
        return meaning.embedder().embedQuery(text).vector();
    }

    @Override
    public List<Neighbour> nearest(float[] vector, int k, String excludeReportId, Collection<String> onlyClaims) {
        return meaning.vectors().nearest(vector, k, excludeReportId, onlyClaims);
    }

    @Override
    public Optional<float[]> vectorOf(String claimId) {
        return meaning.vectors().vectorOf(claimId);
    }
}
