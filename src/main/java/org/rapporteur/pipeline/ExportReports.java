package org.rapporteur.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rapporteur.export.ReportEntry;
import org.rapporteur.model.Problem;
import org.rapporteur.model.ProblemKind;
import org.rapporteur.model.Report;
import org.rapporteur.model.ReportSummary;

/**
 * The reports of an export, in library order, with their texts when the format needs them (re-read from the files:
 * about a second a report). A report the index lost, or whose file changed, is a problem and stays in by its id.
 */
final class ExportReports {
    private final ExportContext context;
    private final Workspace workspace;
    private final boolean texts;

    ExportReports(ExportContext context, boolean texts) {
        this.context = context;
        this.workspace = context.workspace();
        this.texts = texts;
    }

    /** Report summaries and texts, in library order; a report whose file changed becomes a problem. */
    List<ReportEntry> read(Set<String> ids) {
        List<String> sorted = inLibraryOrder(ids);
        List<ReportEntry> out = new ArrayList<>();
        int done = 0;
        for (String id : sorted) {
            context.cancel().check();
            context.progress().progress(done++, sorted.size(), "Reading report " + shortId(id));
            out.add(entry(id));
        }
        context.progress().progress(sorted.size(), sorted.size(), "Reports read");
        return out;
    }

    private List<String> inLibraryOrder(Set<String> ids) {
        Map<String, Integer> order = new HashMap<>();
        List<ReportSummary> library = workspace.corpus().reports();
        for (int i = 0; i < library.size(); i++) {
            order.put(library.get(i).id(), i);
        }
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(Comparator.comparingInt((String id) -> order.getOrDefault(id, Integer.MAX_VALUE))
                .thenComparing(id -> id));
        return sorted;
    }

    private ReportEntry entry(String id) {
        Optional<ReportSummary> summary = workspace.corpus().report(id);
        Optional<Report> report = summary.isPresent() && texts ? workspace.openReport(id)
                : Optional.empty();
        if (summary.isEmpty()) {
            context.problems().add(Problem.warning(id, ProblemKind.STALE_INDEX, "the report is not in the index",
                    "re-index the corpus; its annotations are exported from their anchors"));
            summary = Optional.of(new ReportSummary(id, null, null, "report " + shortId(id), null, null, null,
                    List.of(), 0, List.of()));
        } else if (report.isEmpty() && texts) {
            context.problems().add(Problem.warning(summary.get().path(), ProblemKind.STALE_INDEX,
                    "the report's file changed or vanished since"
                    + " indexing", "re-index the corpus; REFI-QDA exports leave this report out"));
        }
        return new ReportEntry(summary.get(), report.map(x -> x.source().text()).orElse(null),
                report.map(x -> x.source().pages()).orElse(List.of()));
    }

    private static String shortId(String id) {
        return id.substring(0, Math.min(12, id.length()));
    }
}
