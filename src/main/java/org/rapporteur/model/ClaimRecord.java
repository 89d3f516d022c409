package org.rapporteur.model;

import java.util.List;

/**
 * A claim as the index returns it: the claim, the report it belongs to, the user's tags on it (tag paths) and who
 * coded it (the analysts who made its codings, sorted; the {@code coded by} facet of team mode).
 */
public record ClaimRecord(Claim claim, String source, String reportTitle, String organisation, String date,
                          ReportKind kind, List<String> tags, List<String> codedBy) {
    public ClaimRecord {
        tags = List.copyOf(tags);
        codedBy = codedBy == null ? List.of() : List.copyOf(codedBy);
    }

    /** A claim nobody has coded yet (or whose coders are not known to the caller). */
    public ClaimRecord(Claim claim, String source, String reportTitle, String organisation, String date,
                       ReportKind kind, List<String> tags) {
        this(claim, source, reportTitle, organisation, date, kind, tags, List.of());
    }

    /** The same claim with other tags; who coded it stays. */
    public ClaimRecord withTags(List<String> t) {
        return new ClaimRecord(claim, source, reportTitle, organisation, date, kind, t, codedBy);
    }

    /** The same claim with the annotation store's view of it: its tag paths and who coded it. */
    public ClaimRecord withCodings(List<String> t, List<String> coders) {
        return new ClaimRecord(claim, source, reportTitle, organisation, date, kind, t, coders);
    }

    /** The same record around another version of the claim (re-tagged themes, corrected speaker). */
    public ClaimRecord withClaim(Claim c) {
        return new ClaimRecord(c, source, reportTitle, organisation, date, kind, tags, codedBy);
    }
}
