package org.rapporteur.pipeline;

import java.util.Collection;

import org.rapporteur.model.ClaimRecord;

/** The title an export carries, from what was selected. */
final class ExportTitles {
    private ExportTitles() {
    }

    static String of(ExportSelection selection, Collection<ClaimRecord> rows) {
        return switch (selection) {
            case ExportSelection.Query q -> q.query() == null || q.query().isBlank() ? "All claims"
                    : "Claims matching “" + q.query() + "”";
            case ExportSelection.Search q -> q.request().query().isBlank() ? "Search results"
                    : "Claims matching “" + q.request().query() + "”";
            case ExportSelection.Tag t -> "Claims tagged “" + t.tag() + "”";
            case ExportSelection.Report r -> "Claims of " + rows.stream().findFirst()
                    .map(ClaimRecord::reportTitle).orElse(r.report());
            case ExportSelection.Coded c -> "Coded claims";
            case ExportSelection.Claims c -> "Chosen claims";
            case ExportSelection.All a -> "All annotations";
        };
    }
}
