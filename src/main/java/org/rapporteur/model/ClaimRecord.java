package org.rapporteur.model;

import java.util.List;

/** A claim as the index returns it: the claim, the report it belongs to, and the user's tags on it (tag paths). */
public record ClaimRecord(Claim claim, String source, String reportTitle, String organisation, String date,
                          ReportKind kind, List<String> tags) {
    public ClaimRecord {
        tags = List.copyOf(tags);
    }

    public ClaimRecord withTags(List<String> t) {
        return new ClaimRecord(claim, source, reportTitle, organisation, date, kind, t);
    }
}
