package org.rapporteur.pipeline;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileStore;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a workspace's disk being read-only, not writable for the user, or full, in whatever form the failure
 * arrives: the JDK's file exceptions ({@code AccessDeniedException}, {@code FileSystemException} "Read-only file
 * system", {@code IOException} "No space left on device"), Lucene's (the same, often wrapped in an
 * {@code AlreadyClosedException} or added as suppressed), and SQLite's result codes in the driver's message
 * ({@code [SQLITE_READONLY]}, {@code [SQLITE_FULL]}, {@code [SQLITE_CANTOPEN]}). Matched on the exceptions' own
 * words, since the libraries stay behind their packages (ADR 0001); the operating system's wording of these errors
 * ({@code strerror}) is the same on Linux and macOS. See ADR 0028.
 */
public final class StorageErrors {
    private StorageErrors() {
    }

    /** Refuses a workspace folder that cannot be written, before anything is opened in it. */
    static void requireWritable(Path dir) {
        try {
            FileStore store = Files.getFileStore(dir);
            if (store.isReadOnly()) {
                throw WorkspaceUnusableException.readOnly(dir, null);
            }
        } catch (IOException e) {
            // the store cannot be asked: the writes say what is wrong, if anything
        }
        if (!Files.isWritable(dir)) {
            throw WorkspaceUnusableException.notWritable(dir, dir, null);
        }
    }

    /**
     * The workspace failure {@code error} amounts to, if it is one of a read-only, unwritable or full disk under
     * {@code workspace}. SQLite's codes always are (its one database is the workspace's annotation store); a file
     * error is when it names a file in the workspace, or names none and the work was on the workspace only — which
     * only the caller knows: with {@code workspace} null (an export, which writes elsewhere too; a message without
     * context) such an error is left to its own words, rather than blame the workspace's disk for a full USB stick.
     */
    public static Optional<WorkspaceUnusableException> explain(Path workspace, Throwable error) {
        for (Throwable t : chain(error)) {
            // a team server's refusal ("permission denied for schema public") is never about the workspace folder;
            // by name, since the driver is the annotations package's alone
            if (t.getClass().getName().startsWith("org.postgresql.")) {
                return Optional.empty();
            }
        }
        for (Throwable t : chain(error)) {
            if (t instanceof WorkspaceUnusableException w) {
                return Optional.of(w);
            }
        }
        for (Throwable t : chain(error)) {
            String text = words(t);
            boolean sqlite = text.contains("[sqlite_");
            Path file = t instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : null;
            boolean ours = sqlite || (workspace != null && (file == null
                    || file.toAbsolutePath().normalize().startsWith(workspace.toAbsolutePath().normalize())));
            if (!ours) {
                continue;
            }
            if (text.contains("no space left on device") || text.contains("disk quota exceeded")
                    || text.contains("[sqlite_full]")) {
                return Optional.of(WorkspaceUnusableException.diskFull(workspace, freeSpace(workspace, t), error));
            }
            if (text.contains("read-only file system")) {
                return Optional.of(WorkspaceUnusableException.readOnly(workspace, error));
            }
            boolean denied = t instanceof AccessDeniedException || text.contains("permission denied")
                    || text.contains("[sqlite_readonly") || text.contains("[sqlite_perm]");
            boolean cannotOpen = text.contains("[sqlite_cantopen]");
            if (denied || cannotOpen) {
                if (workspace != null && isReadOnly(workspace)) {
                    return Optional.of(WorkspaceUnusableException.readOnly(workspace, error));
                }
                // "cannot open" on a writable folder is something else (a folder where the file should be, ...)
                if (denied || (workspace != null && Files.isDirectory(workspace) && !Files.isWritable(workspace))) {
                    return Optional.of(WorkspaceUnusableException.notWritable(workspace, file, error));
                }
            }
        }
        return Optional.empty();
    }

    /** The message of {@code error} for a user: the workspace failure it amounts to, else its own. */
    public static String describe(Path workspace, Throwable error) {
        return explain(workspace, error).map(Throwable::getMessage).orElse(error.getMessage());
    }

    /** "123 MB free" on the disk holding {@code workspace} (or the file the failure names). */
    static String freeSpace(Path workspace, Throwable failure) {
        Path at = workspace;
        if (at == null && failure instanceof FileSystemException f && f.getFile() != null) {
            at = Path.of(f.getFile());
        }
        if (at == null) {
            return "no space left";
        }
        Path existing = at.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            long bytes = existing == null ? 0 : Files.getFileStore(existing).getUsableSpace();
            return megabytes(bytes);
        } catch (IOException e) {
            return "no space left";
        }
    }

    static String megabytes(long bytes) {
        long mb = bytes / (1024 * 1024);
        return mb == 0 ? "less than 1 MB free" : String.format(Locale.ROOT, "%,d MB free", mb);
    }

    private static boolean isReadOnly(Path dir) {
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing != null && Files.getFileStore(existing).isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }

    /** The exception's own words, lower-cased: its message and, for a file error, the operating system's reason. */
    private static String words(Throwable t) {
        StringBuilder sb = new StringBuilder();
        if (t.getMessage() != null) {
            sb.append(t.getMessage());
        }
        if (t instanceof FileSystemException f && f.getReason() != null) {
            sb.append(' ').append(f.getReason());
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** {@code error}, its causes and what was suppressed along the way (Lucene adds the disk error there). */
    private static Iterable<Throwable> chain(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        java.util.List<Throwable> out = new java.util.ArrayList<>();
        if (error != null) {
            todo.add(error);
        }
        while (!todo.isEmpty() && out.size() < 50) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            out.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            Collections.addAll(todo, t.getSuppressed());
        }
        return out;
    }
}
