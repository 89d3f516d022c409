package org.rapporteur.pipeline;

import java.nio.file.Path;

import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/**
 * A workspace's team (issue 17): joining one, its status, moving the annotations between the workspace's own file
 * and a team database, and the shared corpus. The CLI's {@code team} commands and the workbench's File ▸ Connect to
 * team… both go through here. Each method names the part that fills it in.
 */
public final class TeamService {
    private TeamService() {
    }

    /**
     * Checks a team URL without changing anything: reachable, credentials accepted, TLS or not, schema version
     * readable by this build. Never throws for a bad URL or server: the result says what is wrong. Part team.
     */
    public static TeamProbe probe(String url) {
        throw new UnsupportedOperationException("issue 17, part team");
    }

    /**
     * Joins the workspace in {@code workspace} to the team database at {@code url}: checks it, creates or migrates
     * its schema, moves this workspace's annotations into it when {@code moveAnnotations} (refused when both hold
     * annotations), and records the team (URL without password, shared folder) in {@code workspace.json}. The
     * workspace must not be open; reopen it afterwards. Part team.
     */
    public static TeamStatus connect(Path workspace, String url, Path sharedFolder, boolean moveAnnotations,
                                     ProgressListener progress, Cancellation cancel) {
        throw new UnsupportedOperationException("issue 17, part team");
    }

    /**
     * Leaves the team: when {@code copyAnnotations}, the team's annotations are copied into the workspace's own
     * file first (losslessly, checked); then {@code workspace.json} forgets the team. Part team.
     */
    public static void disconnect(Path workspace, boolean copyAnnotations, ProgressListener progress,
                                  Cancellation cancel) {
        throw new UnsupportedOperationException("issue 17, part team");
    }

    /** The result of {@link #probe(String)}. */
    public record TeamProbe(boolean ok, String location, String message, boolean tls, int schemaVersion,
                            long annotations) {
    }

    /**
     * A sentence for a path the analyst gave as the shared folder, or null when it is usable: an existing, readable
     * folder (it may be empty: the first member of a team starts with nothing). Changes nothing. Part corpus.
     */
    public static String checkSharedFolder(Path folder) {
        if (folder == null || folder.toString().isBlank()) {
            return "Give the folder on this machine that holds the team's shared reports.";
        }
        Path f = folder.toAbsolutePath().normalize();
        if (!java.nio.file.Files.exists(f)) {
            return "The shared folder " + f + " does not exist on this machine: give the folder your copy of the"
                    + " team's reports is in (a network drive or a synced folder).";
        }
        if (!java.nio.file.Files.isDirectory(f)) {
            return "The shared folder " + f + " is a file, not a folder: give the folder the team's reports are in.";
        }
        if (!java.nio.file.Files.isReadable(f) || !java.nio.file.Files.isExecutable(f)) {
            return "The shared folder " + f + " cannot be read by this account: check its permissions.";
        }
        if (f.getParent() == null) {
            return "The shared folder cannot be the root of the file system (" + f + "): give the folder the team's"
                    + " reports are in.";
        }
        return null;
    }
}
