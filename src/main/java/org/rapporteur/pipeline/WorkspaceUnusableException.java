package org.rapporteur.pipeline;

import java.nio.file.Path;

import org.rapporteur.model.RapporteurException;

/**
 * A workspace that cannot be used as it is, for a reason outside Rapporteur: its disk is read-only or full, a newer
 * Rapporteur wrote it, or another workbench window has it open. The message is one plain sentence saying what is
 * wrong and one saying what to do (ADR 0028); nothing in the workspace was changed by the refusal. The command line
 * exits with 1 on it, the workbench shows it in a dialog that offers another workspace.
 */
public final class WorkspaceUnusableException extends RapporteurException {
    /** Why the workspace cannot be used: each has its own remedy. */
    public enum Reason {
        /** The file system is mounted read-only. */
        READ_ONLY,
        /** The user's account may not write there (permissions). */
        NOT_WRITABLE,
        /** No space left on the disk (or the user's quota). */
        DISK_FULL,
        /** A part of the workspace was written by a newer Rapporteur. */
        NEWER_VERSION,
        /** Another workbench window holds the workspace lock. */
        IN_USE
    }

    /** How every message ends its advice, so the command line can say how it opens another workspace. */
    private static final String ANOTHER = "open another workspace";

    private final Reason reason;
    private final Path workspace;

    WorkspaceUnusableException(Reason reason, Path workspace, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.workspace = workspace;
    }

    public Reason reason() {
        return reason;
    }

    /** The message with the command line's way to another workspace: {@code --workspace DIR}. */
    public String commandLineMessage() {
        return getMessage().replace(ANOTHER, "use another workspace (--workspace DIR)");
    }

    /** The workspace folder, or null when the failure did not say which. */
    public Path workspace() {
        return workspace;
    }

    static WorkspaceUnusableException readOnly(Path dir, Throwable cause) {
        return new WorkspaceUnusableException(Reason.READ_ONLY, dir, "The workspace folder" + place(dir)
                + " is read-only: its disk cannot be written, and Rapporteur keeps the index and your annotations "
                + "there. Copy the folder to a disk you can write to and open the copy, or " + ANOTHER + ".",
                cause);
    }

    static WorkspaceUnusableException notWritable(Path dir, Path file, Throwable cause) {
        return new WorkspaceUnusableException(Reason.NOT_WRITABLE, dir, "The workspace folder" + place(dir)
                + " cannot be written by your user account (permission denied"
                + (file == null || file.equals(dir) ? "" : " on " + file) + "). Give your account permission to "
                + "write there, or " + ANOTHER + ".", cause);
    }

    static WorkspaceUnusableException diskFull(Path dir, String free, Throwable cause) {
        return new WorkspaceUnusableException(Reason.DISK_FULL, dir, "The disk holding the workspace"
                + place(dir) + " is full (" + free + "). Free some space on it, or " + ANOTHER + "; "
                + "what was saved before is kept.", cause);
    }

    /**
     * A part of the workspace ({@code found}, e.g. "annotation store version 7") is newer than this build reads
     * ({@code reads}, e.g. "up to 4").
     */
    static WorkspaceUnusableException newer(Path dir, String found, String reads) {
        return newer(dir, found, reads, "");
    }

    static WorkspaceUnusableException newer(Path dir, String found, String reads, String orElse) {
        return new WorkspaceUnusableException(Reason.NEWER_VERSION, dir, "This workspace" + named(dir)
                + " was written by a newer Rapporteur (" + found + "; this one reads " + reads + "). Install the "
                + "newer version, or " + ANOTHER + "" + orElse + ".", null);
    }

    static WorkspaceUnusableException inUse(Path dir, String holder) {
        return new WorkspaceUnusableException(Reason.IN_USE, dir, "This workspace" + named(dir) + " is open in "
                + "another Rapporteur window (" + holder + "). Switch to that window, or " + ANOTHER + ".",
                null);
    }

    private static String place(Path dir) {
        return dir == null ? "" : " " + dir;
    }

    private static String named(Path dir) {
        return dir == null ? "" : " (" + dir + ")";
    }
}
