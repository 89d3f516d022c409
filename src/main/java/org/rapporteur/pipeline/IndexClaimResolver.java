package org.rapporteur.pipeline;

import java.util.Optional;

import org.rapporteur.annotations.ClaimRef;
import org.rapporteur.annotations.ClaimResolver;
import org.rapporteur.index.ClaimIndex;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ClaimRecord;

/** Lets the annotation store check claims and anchor on report text through the index. Thread-safe. */
final class IndexClaimResolver implements ClaimResolver {
    private final ClaimIndex index;

    IndexClaimResolver(ClaimIndex index) {
        this.index = index;
    }

    @Override
    public Optional<ClaimRef> resolve(String claimId) {
        Optional<ClaimRecord> record = index.corpus().claim(claimId);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        Claim c = record.get().claim();
        return index.corpus().reportText(c.reportId()).map(text -> ClaimRef.of(c, text));
    }

    @Override
    public Optional<String> reportText(String reportId) {
        return index.corpus().reportText(reportId);
    }

    @Override
    public Optional<String> speaker(String claimId) {
        return index.corpus().claim(claimId).map(r -> r.claim().attribution().creditedName());
    }

    @Override
    public Optional<String> reportTitle(String reportId) {
        return index.corpus().report(reportId).map(r -> r.title() != null && !r.title().isBlank() ? r.title() : r.source());
    }

    @Override
    public Optional<String> claimAt(String reportId, int start, int end) {
        String best = null;
        int bestOverlap = 0;
        for (ClaimRecord r : index.corpus().claimsOf(reportId)) {
            int overlap = Math.min(end, r.claim().end()) - Math.max(start, r.claim().start());
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = r.claim().id();
            }
        }
        return Optional.ofNullable(best);
    }
}
