package org.rapporteur.model;

import java.util.List;

/**
 * What the library shows of one indexed report. {@code path} is where its bytes were read, and the path citations
 * give; {@code otherPaths} are further files with the very same bytes (the same report id), indexed once with it.
 */
public record ReportSummary(String id, String source, String path, String title, String organisation, String date,
                            ReportKind kind, List<String> authors, int claims, List<String> problems,
                            List<String> otherPaths) {
    public ReportSummary {
        authors = List.copyOf(authors);
        problems = List.copyOf(problems);
        otherPaths = otherPaths == null ? List.of() : List.copyOf(otherPaths);
    }

    /** A report read from one file only. */
    public ReportSummary(String id, String source, String path, String title, String organisation, String date,
                         ReportKind kind, List<String> authors, int claims, List<String> problems) {
        this(id, source, path, title, organisation, date, kind, authors, claims, problems, List.of());
    }

    public static ReportSummary of(Report r, String path) {
        return of(r, path, List.of());
    }

    public static ReportSummary of(Report r, String path, List<String> otherPaths) {
        ReportMetadata m = r.metadata();
        return new ReportSummary(r.id(), r.source().sourceName(), path, r.title(), m.organisation(), m.date(),
                m.kind(), m.authors(), r.claims().size(), r.source().problems().stream().map(Problem::reason).toList(),
                otherPaths);
    }

    /** The same report found at other paths: {@code path} stays, {@code otherPaths} become {@code others}. */
    public ReportSummary withPaths(String path, List<String> others) {
        return new ReportSummary(id, source, path, title, organisation, date, kind, authors, claims, problems, others);
    }

    /** Every path the report's bytes were found at, the citation path first. */
    public List<String> paths() {
        if (path == null) {
            return otherPaths;
        }
        java.util.ArrayList<String> all = new java.util.ArrayList<>(otherPaths.size() + 1);
        all.add(path);
        all.addAll(otherPaths);
        return all;
    }

    public Integer year() {
        return ReportMetadata.yearOf(date);
    }
}
