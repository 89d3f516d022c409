package org.rapporteur.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.rapporteur.model.MeaningState;
import org.rapporteur.pipeline.EmbeddingRun;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rapporteur embed}: makes the sentence vectors of the claims that have none (or whose text changed). */
@Command(name = "embed", description = "Make the sentence vectors that search by meaning and related claims use, for "
        + "every claim that has none (or whose text changed). 'index' does this by itself unless --no-embed; Ctrl+C "
        + "keeps the vectors made so far.")
final class EmbedCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    JsonOption json;


    record EmbedJson(long embedded, long reused, long truncated, long removed, boolean cancelled, long millis,
                     String model, long vectors, long claims, String problem) {
    }

    @Override
    public Integer call() {
        PrintWriter out = workspace.out();
        PrintWriter err = workspace.err();
        Cancellation cancel = new Cancellation();
        StopOnSignal stop = StopOnSignal.install(cancel, err);
        EmbedProgress progress = new EmbedProgress(err);
        try (Workspace ws = workspace.open()) {
            try {
                ws.meaning().embedMissing(progress, cancel);
            } finally {
                progress.end();
            }
            EmbeddingRun r = ws.meaning().lastRun();
            MeaningState s = ws.meaning().state();
            if (json.wanted()) {
                json.print(new EmbedJson(r.embedded(), r.reused(), r.truncated(), r.removed(), r.cancelled(),
                        r.millis(), s.modelId(), s.embedded(), s.claims(), s.problem()));
            } else {
                out.println(MeaningLines.run(r, ws));
                out.println(MeaningLines.state(s));
            }
            out.flush();
            return 0;
        } finally {
            stop.finished();
        }
    }
}
