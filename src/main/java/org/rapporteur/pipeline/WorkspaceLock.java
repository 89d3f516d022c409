package org.rapporteur.pipeline;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;

import org.rapporteur.model.RapporteurException;

/**
 * The workbench's claim on a workspace: one window per workspace (ADR 0028). An operating-system lock on
 * {@code workbench.lock} in the workspace folder, held while the window has the workspace open; the file says who
 * holds it (process id, host, since when) so a second window can name the first. The operating system drops the
 * lock when its process ends, however it ends, so the lock of a crashed window never blocks: the file stays behind
 * and is simply taken over. The command line does not take it: it works beside an open window (ADR 0025).
 *
 * <p>The lock covers one byte far past the file's end rather than the file itself, because on Windows a locked
 * region cannot be read by other processes, and the second window must read who holds the lock.
 */
public final class WorkspaceLock implements AutoCloseable {
    public static final String FILE_NAME = "workbench.lock";
    private static final long REGION = 1L << 30;

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the workspace for this process's window, or refuses with a {@link WorkspaceUnusableException}
     * ({@link WorkspaceUnusableException.Reason#IN_USE}) naming the window that has it.
     */
    public static WorkspaceLock acquire(Path workspace) {
        Path file = workspace.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw StorageErrors.explain(workspace, e).<RapporteurException>map(w -> w).orElseGet(() -> new RapporteurException(
                    "Cannot write the workspace's lock file " + file + ": " + e.getMessage(), e));
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock(REGION, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null; // this very process has the workspace open in a window
            }
            if (lock == null) {
                String holder = holder(file);
                channel.close();
                throw WorkspaceUnusableException.inUse(workspace, holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(contents().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new WorkspaceLock(channel, lock);
        } catch (IOException e) {
            try {
                channel.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw StorageErrors.explain(workspace, e).<RapporteurException>map(w -> w).orElseGet(() -> new RapporteurException(
                    "Cannot lock the workspace " + workspace + ": " + e.getMessage(), e));
        }
    }

    private static String contents() {
        return "pid=" + ProcessHandle.current().pid() + "\nhost=" + hostName() + "\nsince=" + Instant.now() + "\n";
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "";
        }
    }

    /** "process 1234 since 14:02", with the host when it is another machine's and the day when not today. */
    static String holder(Path file) {
        Properties p = new Properties();
        try {
            p.load(new java.io.StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            return "another process";
        }
        return describe(p.getProperty("pid"), p.getProperty("host"), p.getProperty("since"), hostName(),
                ZoneId.systemDefault(), LocalDate.now(ZoneId.systemDefault()));
    }

    static String describe(String pid, String host, String since, String thisHost, ZoneId zone, LocalDate today) {
        if (pid == null || pid.isBlank()) {
            return "another process";
        }
        StringBuilder sb = new StringBuilder("process ").append(pid.strip());
        if (host != null && !host.isBlank() && !host.equals(thisHost)) {
            sb.append(" on ").append(host.strip());
        }
        try {
            ZonedDateTime at = Instant.parse(since.strip()).atZone(zone);
            sb.append(" since ");
            if (!at.toLocalDate().equals(today)) {
                sb.append(at.format(DateTimeFormatter.ofPattern("d MMM ", Locale.ENGLISH)));
            }
            sb.append(at.format(DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH)));
        } catch (RuntimeException e) {
            // no start time written (a crash between creating and writing the file): the pid says enough
        }
        return sb.toString();
    }

    /** Lets another window take the workspace. The file stays: deleting it could let two windows lock two files. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel's closing releases it too
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was written since acquiring
        }
    }
}
