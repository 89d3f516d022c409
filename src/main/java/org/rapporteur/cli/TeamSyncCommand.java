package org.rapporteur.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.rapporteur.pipeline.SyncReport;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code rapporteur team sync}: compares the team's corpus manifest with this machine's shared folder and index,
 * indexes what changed (incrementally, Ctrl+C stops it with the work done kept) and says what differs. Exit 0 when
 * this workbench is in sync with the team's corpus, 1 when something is missing here or differs (issue 17).
 */
@Command(name = "sync", description = "Bring this workbench's index in line with the team's shared corpus: index "
        + "what is new or changed in the shared folder, record it in the team's manifest, and say which reports are "
        + "missing here or are another version than the team's. Reports outside the shared folder stay private.")
final class TeamSyncCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    JsonOption json;


    @Override
    public Integer call() {
        try (Workspace ws = workspace.open()) {
            return sync(ws, workspace.out());
        }
    }

    private int sync(Workspace ws, PrintWriter out) {
        Cancellation cancel = new Cancellation();
        StopOnSignal stop = StopOnSignal.install(cancel, workspace.err());
        SyncReport report;
        try {
            report = ws.syncTeam(new IndexCommand.TerminalProgress(workspace.err()), cancel);
        } finally {
            stop.finished();
        }
        if (json.wanted()) {
            json.print(report);
        } else {
            report.lines().forEach(out::println);
            out.flush();
        }
        return report.inSync() ? ExitCodes.OK : ExitCodes.USER_ERROR;
    }
}
