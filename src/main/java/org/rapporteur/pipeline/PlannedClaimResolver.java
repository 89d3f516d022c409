package org.rapporteur.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapporteur.annotations.ClaimRef;
import org.rapporteur.annotations.ClaimResolver;
import org.rapporteur.model.Claim;

/**
 * The claims and texts an import's planning read, as a resolver: the batch checks each annotation's claim against
 * these instead of searching the index once per annotation. What planning did not read falls through to the index.
 */
final class PlannedClaimResolver implements ClaimResolver {
    private final Map<String, Claim> byId = new HashMap<>();
    private final Map<String, List<Claim>> claims;
    private final Map<String, Optional<String>> texts;

    PlannedClaimResolver(Map<String, List<Claim>> claims, Map<String, Optional<String>> texts) {
        this.claims = claims;
        this.texts = texts;
        claims.values().forEach(list -> list.forEach(c -> byId.put(c.id(), c)));
    }

    @Override
    public Optional<ClaimRef> resolve(String claimId) {
        Claim c = byId.get(claimId);
        return c == null ? Optional.empty() : reportText(c.reportId()).map(t -> ClaimRef.of(c, t));
    }

    @Override
    public Optional<String> reportText(String reportId) {
        Optional<String> t = texts.get(reportId);
        return t == null ? Optional.empty() : t;
    }

    @Override
    public Optional<String> claimAt(String reportId, int start, int end) {
        List<Claim> inReport = claims.get(reportId);
        if (inReport == null) {
            return Optional.empty();
        }
        String best = null;
        int bestOverlap = 0;
        for (Claim c : inReport) { // as IndexClaimResolver: the claim overlapping the words most
            int overlap = Math.min(end, c.end()) - Math.max(start, c.start());
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = c.id();
            }
        }
        return Optional.ofNullable(best);
    }
}
