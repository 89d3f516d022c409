package org.rapporteur.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.rapporteur.pipeline.ImportResult;
import org.rapporteur.pipeline.ImportService;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rapporteur import FILE}: restores our JSON-LD export, or adds a REFI-QDA codebook as tags. */
@Command(name = "import", description = "Import a Rapporteur JSON-LD export (tags, codings, notes, links) or a "
        + "REFI-QDA codebook (.qdc, or the codebook of a .qdpx). All or nothing: a file that does not fit is refused "
        + "and nothing changes.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Parameters(paramLabel = "FILE", description = "A .jsonld, .qdc or .qdpx file.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = workspace.out();
        PrintWriter err = workspace.err();
        try (Workspace ws = workspace.openOrCreate()) {
            ImportService service = new ImportService(ws);
            LineProgress progress = new LineProgress(err, "import");
            ImportResult r;
            try {
                r = service.importFile(file, progress, Cancellation.NEVER);
            } finally {
                progress.end(); // a failure starts its message on a line of its own
            }
            out.printf(Locale.ROOT, "%s (%s): %s created, %s, %s, %s imported%n", file.getFileName(), r.kind(),
                    Plural.count(r.tagsCreated(), "tag"), Plural.count(r.codings(), "coding"),
                    Plural.count(r.notes(), "note"), Plural.count(r.links(), "link"));
            r.messages().forEach(out::println);
            out.flush();
            return 0;
        }
    }
}
