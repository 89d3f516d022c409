package org.rapporteur.pipeline;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.rapporteur.annotations.ClaimRef;
import org.rapporteur.annotations.ClaimResolver;
import org.rapporteur.annotations.Reanchorer;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Report;

/**
 * Lets the annotation store check claims and reports against a workspace: claims from the index, report texts by
 * re-reading the report (cached: a report id is the hash of its bytes, so its text never changes). Thread-safe.
 */
public final class WorkspaceClaimResolver implements ClaimResolver {
    private static final int CACHED_TEXTS = 32;

    private final Workspace workspace;
    private final Map<String, Optional<String>> texts = new ConcurrentHashMap<>();

    public WorkspaceClaimResolver(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Optional<ClaimRef> resolve(String claimId) {
        Optional<ClaimRecord> r = workspace.claim(claimId);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        var c = r.get().claim();
        Optional<String> text = reportText(c.reportId());
        if (text.isPresent() && c.end() <= text.get().length()) {
            return Optional.of(ClaimRef.of(c, text.get()));
        }
        return Optional.of(new ClaimRef(c.id(), c.reportId(), c.start(), c.end(), c.text(), "", ""));
    }

    @Override
    public Optional<String> reportText(String reportId) {
        Optional<String> cached = texts.get(reportId);
        if (cached != null) {
            return cached;
        }
        Optional<String> text = workspace.openReport(reportId).map(Report::source).map(s -> s.text());
        if (texts.size() >= CACHED_TEXTS) {
            texts.clear();
        }
        texts.put(reportId, text);
        return text;
    }

    @Override
    public Optional<String> claimAt(String reportId, int start, int end) {
        return Reanchorer.bestClaim(workspace.claimsOf(reportId).stream().map(ClaimRecord::claim).toList(), start,
                end);
    }
}
