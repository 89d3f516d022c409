package org.rapporteur.ui.welcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.rapporteur.model.RapporteurException;
import org.rapporteur.pipeline.Workspace;

/**
 * The folder chosen with File ▸ Open workspace…: a workspace (index, annotation store or settings in it), or an empty
 * folder, where a new workspace is made. Any other folder is refused with what to do instead — most often it is a
 * folder of reports, which File ▸ Add folder… reads — so a wrong choice never litters a folder of documents with an
 * index (the command line's rule for {@code --workspace}, ADR 0020). Reads the disk: call off the FX thread.
 */
public final class WorkspaceFolderChoice {
    private WorkspaceFolderChoice() {
    }

    /** Why {@code dir} cannot be opened as a workspace, or null when it can. */
    public static String refusal(Path dir) {
        if (Files.isRegularFile(dir)) {
            return dir + " is a file, not a workspace folder. Choose the folder that holds the workspace.";
        }
        if (!Files.isDirectory(dir) || Workspace.isWorkspace(dir) || isEmpty(dir)) {
            return null;
        }
        return dir + " is not a Rapporteur workspace (it has no index, annotations.db or workspace.json) and is not "
                + "empty. Choose a workspace folder, or an empty folder for a new workspace. To read the reports in "
                + "it, use File ▸ Add folder… instead.";
    }

    /**
     * Opens {@code dir} for the workbench, making a new workspace in an empty folder; refuses any other folder, and a
     * workspace another window has open (the window lock, as at start: ADR 0028).
     */
    public static Workspace open(Path dir) {
        String refused = refusal(dir);
        if (refused != null) {
            throw new RapporteurException(refused);
        }
        Workspace ws = Workspace.openForWindow(dir);
        ws.prepareSearch();
        return ws;
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new RapporteurException("Cannot read the folder " + dir + ": " + e.getMessage(), e);
        }
    }
}
