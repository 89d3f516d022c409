package org.rapporteur.ui.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapporteur.export.ExcerptCitation;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.pipeline.Workspace;

/**
 * Claims with their citations, for the clipboard (Ctrl+C on the results): one line per claim, {@code “the claim”
 * — Speaker (role; country), Report, Organisation, date, p. N}, the citation the exports and the reader's copy give.
 * Reads the reports' summaries from the index: call off the FX thread.
 */
final class ClaimCitations {
    private ClaimCitations() {
    }

    static String lines(Workspace workspace, List<ClaimRecord> claims) {
        Map<String, ReportSummary> reports = new HashMap<>();
        List<String> out = new ArrayList<>(claims.size());
        for (ClaimRecord r : claims) {
            String reportId = r.claim().reportId();
            ReportSummary summary = reports.computeIfAbsent(reportId, id -> workspace.corpus().report(id).orElseGet(() ->
                    new ReportSummary(id, r.source(), null, r.reportTitle(), r.organisation(), r.date(), r.kind(),
                            List.of(), 0, List.of())));
            out.add(ExcerptCitation.of(r, summary, r.claim().page(), r.claim().section()).quoting(r.claim().text()));
        }
        return String.join("\n", out);
    }
}
