package org.rapporteur.annotations;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The resolver of one batch: asks what the caller already knows first (an import has read every claim and text it
 * anchors on while planning), then the store's resolver, and remembers each answer for the batch. A batch of
 * thousands of annotations then costs one lookup per claim and report instead of one index search per change, which
 * is most of what made an import slow. Lives for one batch, inside its transaction, on one thread.
 */
final class BatchResolver implements ClaimResolver {
    private final ClaimResolver known;
    private final ClaimResolver store;
    private final Map<String, Optional<ClaimRef>> claims = new HashMap<>();
    private final Map<String, Optional<String>> texts = new HashMap<>();

    BatchResolver(ClaimResolver known, ClaimResolver store) {
        this.known = known;
        this.store = store;
    }

    @Override
    public Optional<ClaimRef> resolve(String claimId) {
        return claims.computeIfAbsent(claimId, id -> known.resolve(id).or(() -> store.resolve(id)));
    }

    @Override
    public Optional<String> reportText(String reportId) {
        return texts.computeIfAbsent(reportId, id -> known.reportText(id).or(() -> store.reportText(id)));
    }

    @Override
    public Optional<String> claimAt(String reportId, int start, int end) {
        return known.claimAt(reportId, start, end).or(() -> store.claimAt(reportId, start, end));
    }
}
