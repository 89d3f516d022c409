package org.rapporteur.cli;

import java.nio.file.Path;

import org.rapporteur.annotations.ChangeOrigin;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.pipeline.WorkspaceLocator;
import picocli.CommandLine.Option;

/** {@code --workspace DIR}, shared by every command. */
final class WorkspaceOption {
    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Workspace folder (index, annotations, settings). Default: $RAPPORTEUR_WORKSPACE or the "
                    + "per-user data folder.")
    Path workspace;

    Workspace open() {
        return Workspace.open(WorkspaceLocator.resolve(workspace), ChangeOrigin.COMMAND_LINE);
    }
}
