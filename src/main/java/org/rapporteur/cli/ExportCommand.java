package org.rapporteur.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.rapporteur.export.ExportFormat;
import org.rapporteur.export.ExportOptions;
import org.rapporteur.model.Problem;
import org.rapporteur.pipeline.ExportResult;
import org.rapporteur.pipeline.ExportSelection;
import org.rapporteur.pipeline.ExportService;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rapporteur export}: writes a selection of claims with the analyst's work in one of nine formats. */
@Command(name = "export", description = "Export claims with their tags, notes, links and citations: csv, md, html, "
        + "jsonld (W3C Web Annotation), qdpx/qdc (REFI-QDA), csl-json, ris, bibtex.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Scope scope;

    static final class Scope {
        @Option(names = "--query", paramLabel = "Q", description = "Claims matching a search query.")
        String query;

        @Option(names = "--tag", paramLabel = "T", description = "Claims and selections coded with a tag or its "
                + "sub-tags (name, path or id).")
        String tag;

        @Option(names = "--report", paramLabel = "R", description = "Every claim of a report: id, a unique "
                + "prefix of the id or of the file name, or the file name (with or without folder or extension).")
        String report;

        @Option(names = "--coded", description = "Every coded claim.")
        boolean coded;

        @Option(names = "--claims", paramLabel = "ID,ID", split = ",", description = "Chosen claims by id.")
        List<String> claims = new ArrayList<>();

        @Option(names = "--all", description = "All annotations (every coding, note and link): a full backup, "
                + "best as jsonld.")
        boolean all;
    }

    @Option(names = "--format", required = true, paramLabel = "F",
            description = "csv, md, html, jsonld, qdpx, qdc, csl-json, ris or bibtex.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Option(names = "--bom", description = "Start a CSV with a UTF-8 byte order mark (for Excel).")
    boolean bom;

    @Option(names = "--group-by", defaultValue = "tag", paramLabel = "tag|speaker",
            description = "How md and html dossiers group excerpts (default ${DEFAULT-VALUE}).")
    String groupBy;

    @Override
    public Integer call() {
        PrintWriter out = workspace.out();
        PrintWriter err = workspace.err();
        ExportFormat f;
        try {
            f = ExportFormat.byKey(format);
        } catch (RuntimeException e) {
            throw workspace.usageError(e.getMessage());
        }
        ExportOptions.GroupBy group = switch (groupBy.toLowerCase(Locale.ROOT)) {
            case "tag" -> ExportOptions.GroupBy.TAG;
            case "speaker" -> ExportOptions.GroupBy.SPEAKER;
            default -> throw workspace.usageError("--group-by must be tag or speaker, not '" + groupBy + "'");
        };
        try (Workspace ws = workspace.open()) {
            ExportService service = new ExportService(ws);
            LineProgress progress = new LineProgress(err, "export");
            ExportResult r;
            try {
                r = service.export(selection(), f, new ExportOptions(bom, group),
                        output, progress, Cancellation.NEVER);
            } finally {
                progress.end(); // a failure starts its message on a line of its own
            }
            for (Problem p : r.problems()) {
                err.println("warning: " + p.line());
            }
            out.printf(Locale.ROOT, "%s: %s from %s, %s, %s, %s (%s, %d bytes)%n", r.file(),
                    Plural.count(r.claims(), "claim"),
                    Plural.count(r.reports(), "report"), Plural.count(r.codings(), "coding"),
                    Plural.count(r.notes(), "note"), Plural.count(r.links(), "link"), f.label(), r.bytes());
            out.flush();
            err.flush();
            return 0;
        }
    }

    private ExportSelection selection() {
        if (scope.query != null) {
            return new ExportSelection.Query(scope.query);
        }
        if (scope.tag != null) {
            return new ExportSelection.Tag(scope.tag);
        }
        if (scope.report != null) {
            return new ExportSelection.Report(scope.report);
        }
        if (scope.coded) {
            return new ExportSelection.Coded();
        }
        if (scope.all) {
            return new ExportSelection.All();
        }
        return new ExportSelection.Claims(scope.claims);
    }
}
