package org.rapporteur.annotations;

import java.util.List;
import java.util.Map;

import org.rapporteur.model.Claim;

/**
 * A report's claims as the index and the UI should show them: the extractor's claims with the analyst's corrections
 * applied, the re-anchoring that was done, and the user-tag paths per (corrected) claim id for the {@code tag} facet.
 */
public record ReconciledReport(String reportId, List<Claim> claims, ReanchorReport reanchoring,
                               Map<String, List<String>> tagPaths) {
    public ReconciledReport {
        claims = List.copyOf(claims);
        tagPaths = Map.copyOf(tagPaths);
    }
}
