package org.rapporteur.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

import org.rapporteur.annotations.ChangeEvent;
import org.rapporteur.annotations.HistoryEntry;
import org.rapporteur.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rapporteur undo | redo | history}: the one undo journal the workbench's Ctrl+Z uses too. */
final class UndoCommand {
    private UndoCommand() {
    }

    @Command(name = "undo", description = "Undo the last annotation change (by anyone on this workspace).")
    static final class Undo extends WorkspaceCommand {
        @Override
        int run(Workspace ws, PrintWriter out) {
            return report(ws.annotations().undo(), "undo", this, out);
        }
    }

    @Command(name = "redo", description = "Redo the last undone annotation change.")
    static final class Redo extends WorkspaceCommand {
        @Override
        int run(Workspace ws, PrintWriter out) {
            return report(ws.annotations().redo(), "redo", this, out);
        }
    }

    private static int report(Optional<ChangeEvent> event, String what, WorkspaceCommand c, PrintWriter out) {
        if (event.isEmpty()) {
            c.err().println("rapporteur: nothing to " + what);
            return 1;
        }
        AnnotationCommandSupport.print(out, c.json, event.get());
        return 0;
    }

    @Command(name = "history", description = "The latest annotation changes, newest first.")
    static final class History extends WorkspaceCommand {
        @Option(names = "--limit", defaultValue = "20")
        int limit;

        @Override
        int run(Workspace ws, PrintWriter out) {
            var entries = ws.annotations().history(limit);
            if (json) {
                Json.print(out, entries);
            } else {
                for (HistoryEntry h : entries) {
                    out.printf(Locale.ROOT, "%5d  %-9s %s  %s (%s)  %s%n", h.changeId(), h.state(), h.createdAt(),
                            h.creator(), h.origin().name().toLowerCase(Locale.ROOT).replace('_', ' '), h.summary());
                }
                out.flush();
            }
            return 0;
        }
    }
}
