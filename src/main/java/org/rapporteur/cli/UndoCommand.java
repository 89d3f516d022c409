package org.rapporteur.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.rapporteur.annotations.ChangeEvent;
import org.rapporteur.annotations.HistoryEntry;
import org.rapporteur.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rapporteur undo | redo | history}: the one undo journal the workbench's Ctrl+Z uses too. */
final class UndoCommand {
    private UndoCommand() {
    }

    /** Undo or redo: one step of the journal, or exit code 1 when there is none to take. */
    private abstract static class Step implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspace;

        @Mixin
        JsonOption json;

        private final String what;
        private final Function<Workspace, Optional<ChangeEvent>> step;

        Step(String what, Function<Workspace, Optional<ChangeEvent>> step) {
            this.what = what;
            this.step = step;
        }

        @Override
        public Integer call() {
            try (Workspace ws = workspace.open()) {
                Optional<ChangeEvent> event = step.apply(ws);
                if (event.isEmpty()) {
                    workspace.err().println("rapporteur: nothing to " + what);
                    return ExitCodes.USER_ERROR;
                }
                json.printChange(event.get());
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "undo", description = "Undo the last annotation change (by anyone on this workspace).")
    static final class Undo extends Step {
        Undo() {
            super("undo", ws -> ws.annotations().undo());
        }
    }

    @Command(name = "redo", description = "Redo the last undone annotation change.")
    static final class Redo extends Step {
        Redo() {
            super("redo", ws -> ws.annotations().redo());
        }
    }

    @Command(name = "history", description = "The latest annotation changes, newest first.")
    static final class History implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspace;

        @Mixin
        JsonOption json;

        @Option(names = "--limit", defaultValue = "20")
        int limit;

        @Override
        public Integer call() {
            try (Workspace ws = workspace.open()) {
                var entries = ws.annotations().history(limit);
                if (json.wanted()) {
                    json.print(entries);
                    return ExitCodes.OK;
                }
                PrintWriter out = workspace.out();
                for (HistoryEntry h : entries) {
                    out.printf(Locale.ROOT, "%5d  %-9s %s  %s (%s)  %s%n", h.changeId(), h.state(), h.createdAt(), h.creator(),
                            h.origin().name().toLowerCase(Locale.ROOT).replace('_', ' '), h.summary());
                }
                out.flush();
                return ExitCodes.OK;
            }
        }
    }
}
