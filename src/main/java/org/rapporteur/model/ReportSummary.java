package org.rapporteur.model;

import java.util.List;

/** What the library shows of one indexed report. {@code path} is where its bytes were read. */
public record ReportSummary(String id, String source, String path, String title, String organisation, String date,
                            ReportKind kind, List<String> authors, int claims, List<String> problems) {
    public ReportSummary {
        authors = List.copyOf(authors);
        problems = List.copyOf(problems);
    }

    public static ReportSummary of(Report r, String path) {
        ReportMetadata m = r.metadata();
        return new ReportSummary(r.id(), r.source().sourceName(), path, r.title(), m.organisation(), m.date(),
                m.kind(), m.authors(), r.claims().size(), r.source().problems().stream().map(Problem::reason).toList());
    }

    public Integer year() {
        return ReportMetadata.yearOf(date);
    }
}
