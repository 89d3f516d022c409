package org.rapporteur.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.rapporteur.model.ReportSummary;
import org.rapporteur.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rapporteur reports}: the indexed reports with their metadata. */
@Command(name = "reports", description = "List indexed reports (or the ones named): title, organisation, date, kind, "
        + "claims, problems.")
final class ReportsCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    JsonOption json;

    @Parameters(paramLabel = "REPORT", arity = "0..*", description = "Only these reports: id, a unique prefix of "
            + "the id or of the file name, or the file name (default: all).")
    List<String> only = new ArrayList<>();

    record ReportJson(String id, String source, String path, String title, String organisation, String date,
                      String kind, List<String> authors, int claims, List<String> problems, List<String> otherPaths) {
        static ReportJson of(ReportSummary r) {
            return new ReportJson(r.id(), r.source(), r.path(), r.title(), r.organisation(), r.date(),
                    r.kind() == null ? null : r.kind().label(), r.authors(), r.claims(), r.problems(), r.otherPaths());
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = workspace.out();
        try (Workspace ws = workspace.open()) {
            List<ReportSummary> reports = only.isEmpty() ? ws.corpus().reports()
                    : only.stream().map(ws::findReport).distinct().toList();
            if (json.wanted()) {
                json.print(reports.stream().map(ReportJson::of).toList());
            } else {
                for (ReportSummary r : reports) {
                    out.printf(Locale.ROOT, "%s  %-40s %s · %s · %s · %d claims%s%n", r.id().substring(0, 12),
                            r.title(), orElse(r.organisation(), "no publisher"), orElse(r.date(), "undated"),
                            r.kind() == null ? "?" : r.kind().label(), r.claims(),
                            r.problems().isEmpty() ? "" : " · " + String.join("; ", r.problems()));
                    for (String other : r.otherPaths()) {
                        out.printf(Locale.ROOT, "              same content also at %s (cited as %s)%n", other,
                                r.path());
                    }
                }
                out.printf(Locale.ROOT, "%d reports%n", reports.size());
                out.flush();
            }
        }
        return 0;
    }

    /** What the list shows for a field the report does not have: words, as the workbench's library says them. */
    private static String orElse(String value, String missing) {
        return value == null || value.isBlank() ? missing : value;
    }
}
