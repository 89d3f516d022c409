package org.rapporteur.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.rapporteur.annotations.HistoryEntry;
import org.rapporteur.pipeline.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rapporteur undo | redo | history}: the one undo journal the workbench's Ctrl+Z uses too. */
final class UndoCommand {
    private UndoCommand() {
    }

    abstract static class JournalCommand implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--json")
        boolean json;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
    }

    @Command(name = "undo", description = "Undo the last annotation change (by anyone on this workspace).")
    static final class Undo extends JournalCommand {
        @Override
        public Integer call() {
            try (Workspace ws = workspace.open()) {
                var e = ws.annotations().undo();
                if (e.isEmpty()) {
                    spec.commandLine().getErr().println("rapporteur: nothing to undo");
                    return 1;
                }
                AnnotationCommandSupport.print(spec.commandLine().getOut(), json, e.get());
            }
            return 0;
        }
    }

    @Command(name = "redo", description = "Redo the last undone annotation change.")
    static final class Redo extends JournalCommand {
        @Override
        public Integer call() {
            try (Workspace ws = workspace.open()) {
                var e = ws.annotations().redo();
                if (e.isEmpty()) {
                    spec.commandLine().getErr().println("rapporteur: nothing to redo");
                    return 1;
                }
                AnnotationCommandSupport.print(spec.commandLine().getOut(), json, e.get());
            }
            return 0;
        }
    }

    @Command(name = "history", description = "The latest annotation changes, newest first.")
    static final class History extends JournalCommand {
        @Option(names = "--limit", defaultValue = "20")
        int limit;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace ws = workspace.open()) {
                var entries = ws.annotations().history(limit);
                if (json) {
                    Json.print(out, entries);
                } else {
                    for (HistoryEntry h : entries) {
                        out.printf("%5d  %-9s %s  %s  %s%n", h.changeId(), h.state(), h.createdAt(), h.creator(),
                                h.summary());
                    }
                    out.flush();
                }
            }
            return 0;
        }
    }
}
