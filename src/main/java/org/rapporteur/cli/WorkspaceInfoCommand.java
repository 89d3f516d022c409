package org.rapporteur.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.rapporteur.model.MeaningState;
import org.rapporteur.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rapporteur workspace}: where the workspace is and what it holds, the claim vectors included. */
@Command(name = "workspace", description = "Say where the workspace is and what it holds: corpus folders, reports, "
        + "claims, and how many claims have their sentence vectors (search by meaning).")
final class WorkspaceInfoCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    JsonOption json;


    record InfoJson(String folder, List<String> corpusRoots, long reports, long claims, MeaningJson meaning) {
    }

    record MeaningJson(String model, long embedded, long claims, long truncated, boolean complete, String problem) {
    }

    @Override
    public Integer call() {
        try (Workspace ws = workspace.open()) {
            return print(ws, workspace.out());
        }
    }

    private int print(Workspace ws, PrintWriter out) {
        MeaningState s = ws.meaning().state();
        List<String> roots = ws.corpusRoots().stream().map(Object::toString).toList();
        if (json.wanted()) {
            json.print(new InfoJson(ws.dir().toString(), roots, ws.corpus().reportCount(), ws.corpus().claimCount(),
                    new MeaningJson(s.modelId(), s.embedded(), s.claims(), ws.meaning().truncated(), s.complete(),
                            s.problem())));
        } else {
            out.println("workspace: " + ws.dir());
            out.println("corpus: " + (roots.isEmpty() ? "no folder yet" : String.join(", ", roots)));
            out.printf(Locale.ROOT, "index: %,d reports, %,d claims%n", ws.corpus().reportCount(), ws.corpus().claimCount());
            out.println(MeaningLines.state(s));
            long truncated = ws.meaning().truncated();
            if (truncated > 0) {
                out.printf(Locale.ROOT, "  %,d claim%s longer than the model reads: embedded by %s leading window%n",
                        truncated, truncated == 1 ? " is" : "s are", truncated == 1 ? "its" : "their");
            }
        }
        out.flush();
        return 0;
    }
}
