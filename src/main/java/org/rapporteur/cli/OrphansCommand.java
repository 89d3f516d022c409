package org.rapporteur.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.rapporteur.annotations.Orphan;
import org.rapporteur.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rapporteur orphans}: annotations whose text could not be found after a re-index. Never dropped. */
@Command(name = "orphans", description = "List annotations that lost their text after a re-index (kept, to re-attach).")
final class OrphansCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    JsonOption json;


    record OrphanJson(String kind, long annotationId, String reportId, String exact, String label) {
    }

    @Override
    public Integer call() {
        PrintWriter out = workspace.out();
        try (Workspace ws = workspace.open()) {
            List<Orphan> orphans = ws.annotations().orphans();
            if (json.wanted()) {
                json.print(orphans.stream().map(o -> new OrphanJson(o.kind(), o.annotationId(),
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
