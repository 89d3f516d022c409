package org.rapporteur.model;

import java.util.List;

/**
 * What a report is: title, publisher, date (ISO {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}; event date for
 * event reports), kind, and its authors, rapporteurs or compilers. Any field may be null when unknown.
 */
public record ReportMetadata(String title, String organisation, String date, ReportKind kind, List<String> authors) {
    public ReportMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public static ReportMetadata empty() {
        return new ReportMetadata(null, null, null, null, List.of());
    }

    /** The year of {@link #date()}, or null. */
    public Integer year() {
        return yearOf(date);
    }

    /** The year of an ISO date ({@code yyyy}, {@code yyyy-MM}, {@code yyyy-MM-dd}), or null. */
    public static Integer yearOf(String date) {
        if (date == null || date.length() < 4) {
            return null;
        }
        try {
            return Integer.parseInt(date.substring(0, 4));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public ReportMetadata withTitle(String t) { return new ReportMetadata(t, organisation, date, kind, authors); }
    public ReportMetadata withOrganisation(String o) { return new ReportMetadata(title, o, date, kind, authors); }
    public ReportMetadata withDate(String d) { return new ReportMetadata(title, organisation, d, kind, authors); }
    public ReportMetadata withKind(ReportKind k) { return new ReportMetadata(title, organisation, date, k, authors); }
    public ReportMetadata withAuthors(List<String> a) { return new ReportMetadata(title, organisation, date, kind, a); }
}
