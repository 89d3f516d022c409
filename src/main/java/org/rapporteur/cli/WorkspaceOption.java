package org.rapporteur.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.rapporteur.annotations.ChangeOrigin;
import org.rapporteur.model.RapporteurException;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.pipeline.WorkspaceLocator;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The mixin every command on a workspace takes (as JabRef's shared options): {@code --workspace DIR}, opening the
 * workspace it names, and the command's console. A command with JSON output adds {@link JsonOption}.
 */
final class WorkspaceOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Workspace folder (index, annotations, settings). Default: $RAPPORTEUR_WORKSPACE or the "
                    + "per-user data folder.")
    Path workspace;

    /**
     * The workspace, which must exist: a command that reads or annotates never makes one, so a mistyped
     * {@code --workspace} is refused instead of answering from a new, empty workspace.
     */
    Workspace open() {
        Path dir = WorkspaceLocator.resolve(workspace);
        if (!Workspace.isWorkspace(dir)) {
            throw new RapporteurException(notAWorkspace(dir));
        }
        return Workspace.open(dir, ChangeOrigin.COMMAND_LINE);
    }

    /** The workspace folder these options name (it may not exist yet). */
    Path dir() {
        return WorkspaceLocator.resolve(workspace);
    }

    /** The workspace, made (folder and all) when there is none yet: for {@code index} and {@code import}. */
    Workspace openOrCreate() {
        return Workspace.open(WorkspaceLocator.resolve(workspace), ChangeOrigin.COMMAND_LINE);
    }

    /** Where the command prints its answer. */
    PrintWriter out() {
        return command.commandLine().getOut();
    }

    /** Where the command prints progress and warnings. */
    PrintWriter err() {
        return command.commandLine().getErr();
    }

    /** A usage error (exit code 2) of this command, for the caller to throw. */
    CommandLine.ParameterException usageError(String message) {
        return new CommandLine.ParameterException(command.commandLine(), message);
    }

    private String notAWorkspace(Path dir) {
        String make = workspace == null ? "rapporteur index" : "rapporteur index --workspace " + dir;
        if (!Files.exists(dir)) {
            return (workspace == null ? "No workspace yet at " + dir + " (the default one)"
                    : "No workspace at " + dir + ": there is no such folder")
                    + ". Make one by indexing a corpus: " + make;
        }
        if (!Files.isDirectory(dir)) {
            return dir + " is a file, not a workspace folder. Name a workspace folder with --workspace DIR, or make "
                    + "one: rapporteur index --workspace NEW_DIR";
        }
        return dir + " is not a Rapporteur workspace (it has no index/, annotations.db or workspace.json). Make one "
                + "by indexing a corpus: " + make;
    }
}
