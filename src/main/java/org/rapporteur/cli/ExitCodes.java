package org.rapporteur.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import org.rapporteur.model.QuerySyntaxException;
import org.rapporteur.model.RapporteurException;

/**
 * The command line's one table of exit codes (ADR 0020), shown by {@code rapporteur --help} (the root command's
 * {@code exitCodeList}, which must say the same) and the README. Scripts can
 * rely on it: 1 means "look at your data or arguments", 3 means "this is a bug, see the log".
 */
final class ExitCodes {
    /** Done. */
    static final int OK = 0;
    /** No such report or claim, a file that cannot be read or written, a folder that is not a workspace. */
    static final int USER_ERROR = 1;
    /** The command line itself is wrong (unknown option, missing argument, bad value), or the query's syntax is. */
    static final int USAGE = 2;
    /** An unexpected failure: a bug. One line on the console, the stack trace in the log file. */
    static final int INTERNAL = 3;

    private ExitCodes() {
    }

    /** The exit code for an exception a command threw. */
    static int of(Throwable e) {
        if (e instanceof QuerySyntaxException) {
            return USAGE;
        }
        if (e instanceof RapporteurException || e instanceof IOException || e instanceof UncheckedIOException) {
            return USER_ERROR;
        }
        return INTERNAL;
    }

    /** What the user reads for a user or data error: the message, and for a file error which file and why. */
    static String userMessage(Throwable e) {
        Throwable io = e instanceof UncheckedIOException u ? u.getCause() : e;
        return switch (io) {
            case NoSuchFileException n -> "no such file or folder: " + n.getFile();
            case AccessDeniedException a -> "permission denied: " + a.getFile();
            case FileSystemException f -> "cannot use " + f.getFile() + ": " + (f.getReason() == null
                    ? f.getClass().getSimpleName() : f.getReason());
            case IOException i -> "cannot read or write a file: " + (i.getMessage() == null ? i.toString()
                    : i.getMessage());
            default -> e.getMessage() == null ? e.toString() : e.getMessage();
        };
    }
}
