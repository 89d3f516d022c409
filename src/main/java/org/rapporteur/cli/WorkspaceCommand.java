package org.rapporteur.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.rapporteur.pipeline.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** A command that opens the workspace, does its work, and closes it: {@code --workspace}, {@code --json}. */
abstract class WorkspaceCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public final Integer call() {
        try (Workspace ws = workspace.open()) {
            return run(ws, spec.commandLine().getOut());
        }
    }

    /** @return the exit code */
    abstract int run(Workspace ws, PrintWriter out);

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
