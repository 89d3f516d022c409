package org.rapporteur.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.rapporteur.pipeline.ImportResult;
import org.rapporteur.pipeline.ImportService;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import picocli.CommandLine;
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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Workspace ws = workspace.open()) {
            ImportService service = new ImportService(ws);
            LineProgress progress = new LineProgress(err, "import");
            ImportResult r = service.importFile(file, progress, Cancellation.NEVER);
            progress.end();
            out.printf("%s (%s): %d tags created, %d codings, %d notes, %d links imported%n", file.getFileName(),
                    r.kind(), r.tagsCreated(), r.codings(), r.notes(), r.links());
            r.messages().forEach(out::println);
            out.flush();
            return 0;
        }
    }
}
