package org.rapporteur.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.rapporteur.annotations.Orphan;
import org.rapporteur.pipeline.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rapporteur orphans}: annotations whose text could not be found after a re-index. Never dropped. */
@Command(name = "orphans", description = "List annotations that lost their text after a re-index (kept, to re-attach).")
final class OrphansCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--json")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    record OrphanJson(String kind, long annotationId, String reportId, String exact, String label) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = workspace.open()) {
            List<Orphan> orphans = ws.annotations().orphans();
            if (json) {
                Json.print(out, orphans.stream().map(o -> new OrphanJson(o.kind(), o.annotationId(),
                        o.anchor().reportId(), o.anchor().quote() == null ? null : o.anchor().quote().exact(),
                        o.label())).toList());
            } else {
                for (Orphan o : orphans) {
                    out.printf(Locale.ROOT, "%s %d  %s%n", o.kind(), o.annotationId(), o.label());
                }
                out.printf(Locale.ROOT, "%d orphans%n", orphans.size());
                out.flush();
            }
        }
        return 0;
    }
}
