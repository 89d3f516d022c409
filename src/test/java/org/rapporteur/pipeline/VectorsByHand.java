package org.rapporteur.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapporteur.index.MeaningLookup;
import org.rapporteur.index.Neighbour;
import org.rapporteur.model.MeaningState;

/**
 * A test double of the vector index: vectors a test gives its claims by hand (unit length after normalising), and an
 * exact nearest-neighbour search over them. Lets the tests of code suggestions say which claims are near which,
 * without the model.
 */
final class VectorsByHand implements MeaningLookup {
    private final Map<String, float[]> vectors = new HashMap<>();
    private final Map<String, String> reports = new HashMap<>();
    private final long claims;

    VectorsByHand(long claims) {
        this.claims = claims;
    }

    /** Gives the claim this direction (any length; stored as a unit vector). */
    VectorsByHand put(String claimId, String reportId, double... direction) {
        float[] v = new float[direction.length];
        double norm = 0;
        for (double d : direction) {
            norm += d * d;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (direction[i] / norm);
        }
        vectors.put(claimId, v);
        reports.put(claimId, reportId);
        return this;
    }

    @Override
    public MeaningState state() {
        return vectors.isEmpty() ? new MeaningState("by-hand", 0, claims, false, null)
                : new MeaningState("by-hand", vectors.size(), claims, false, null);
    }

    @Override
    public float[] embedQuery(String text) {
        throw new UnsupportedOperationException("the double has no model");
    }

    @Override
    public List<Neighbour> nearest(float[] vector, int k, String excludeReportId, Collection<String> onlyClaims) {
        List<Neighbour> all = new ArrayList<>();
        for (Map.Entry<String, float[]> e : vectors.entrySet()) {
            String report = reports.get(e.getKey());
            if ((excludeReportId != null && excludeReportId.equals(report))
                    || (onlyClaims != null && !onlyClaims.contains(e.getKey()))) {
                continue;
            }
            float s = 0;
            for (int i = 0; i < vector.length; i++) {
                s += vector[i] * e.getValue()[i];
            }
            all.add(new Neighbour(e.getKey(), report, s));
        }
        all.sort(Comparator.comparingDouble(Neighbour::similarity).reversed().thenComparing(Neighbour::claimId));
        return List.copyOf(all.subList(0, Math.min(k, all.size())));
    }

    @Override
    public Optional<float[]> vectorOf(String claimId) {
        return Optional.ofNullable(vectors.get(claimId)).map(float[]::clone);
    }
}
