package org.rapporteur.applog;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An appending log file that starts afresh when it reaches its cap, during the run and not only when it is opened: a
 * workbench left open for weeks, or an index of 10,000 hostile PDFs, can never fill the disk. On reaching {@code cap}
 * bytes at the start of a line, the file's closing lines (the counts of repeated warnings) are appended, the older
 * files shift ({@code rapporteur.log.1} becomes {@code .2} ...; the oldest beyond {@code keep} is deleted), and a new
 * file is opened. So the log and its old files together stay under {@code cap × (keep + 1)} plus one line each.
 *
 * <p>Several processes may append to the same file (the workbench and a command line on one machine). Before it
 * rotates, a stream checks that the path still names the file it has open; if another process rotated first, it
 * reopens the path instead of renaming the other's fresh file. When the file cannot be renamed (Windows, while another
 * process has it open) the stream writes nothing more past a margin, rather than grow without bound. Another
 * process's appends are seen every 16 KB this one writes (a quarter of the cap if less), so neither passes the cap
 * by more than that.
 *
 * <p>Thread-safe (every method is synchronized); closing lines must not be written back into this stream.
 */
public final class RotatingLogStream extends OutputStream {
    /** A line may pass the cap by this much before the stream rotates mid-line or, failing that, drops output. */
    private static final long LINE_SLACK = 64 * 1024;
    /** How much this process writes between looks at the file's real size (other processes append to it too). */
    private static final long LOOK_EVERY = 16 * 1024;

    private final Path file;
    private final long cap;
    private final int keep;
    private final Supplier<String> closingLines;
    private final long lookEvery;
    /**
     * A plain stream, not a {@link java.nio.channels.FileChannel}: a channel is closed for every thread when one
     * thread writing to it is interrupted, as the indexer does to a file that takes too long, and the log then
     * stopped in the middle of a run.
     */
    private FileOutputStream out;
    private Object openedKey;
    /** The file's size when last looked at, plus what this stream wrote since. */
    private long size;
    private long sinceLook;
    private boolean atLineStart = true;

    /**
     * Opens (creating folders) {@code file} for appending, rotating it first when it is already at its cap.
     *
     * @param closingLines text to append to a file just before it is rotated away (may be empty), asked for only then
     */
    public RotatingLogStream(Path file, long cap, int keep, Supplier<String> closingLines) throws IOException {
        if (cap < 1 || keep < 0) {
            throw new IllegalArgumentException("cap " + cap + ", keep " + keep);
        }
        this.file = file.toAbsolutePath();
        this.cap = cap;
        this.keep = keep;
        this.closingLines = Objects.requireNonNull(closingLines);
        this.lookEvery = Math.min(LOOK_EVERY, Math.max(1, cap / 4));
        Files.createDirectories(this.file.getParent());
        open();
        if (size >= cap) {
            rotate();
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (len == 0 || out == null) {
            return;
        }
        if (size >= cap || sinceLook >= lookEvery) {
            look();
        }
        if (size >= cap && (atLineStart || size >= cap + LINE_SLACK)) {
            rotate();
        }
        if (size >= cap + LINE_SLACK) {
            return; // could not rotate: drop rather than fill the disk
        }
        out.write(b, off, len);
        size += len;
        sinceLook += len;
        atLineStart = b[off + len - 1] == '\n';
    }

    @Override
    public synchronized void flush() throws IOException {
        if (out != null) {
            out.flush();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    /** The file's real size; when another process rotated it meanwhile, the new file at the path is opened. */
    private void look() throws IOException {
        sinceLook = 0;
        if (!stillNamesOpenFile()) {
            out.close();
            open();
            return;
        }
        try {
            size = Files.size(file);
        } catch (IOException e) {
            // keep the estimate
        }
    }

    /** Closes the current file with its closing lines, shifts the old ones and opens a new file at the path. */
    private void rotate() throws IOException {
        try {
            shiftOldFiles();
        } catch (IOException e) {
            return; // e.g. a file another process holds open on Windows: the caller drops output past the slack
        }
        // the stream still writes to the file just renamed (POSIX): its closing lines go there
        String closing = keep == 0 ? "" : closingLines.get();
        if (!closing.isEmpty()) {
            out.write(closing.getBytes(StandardCharsets.UTF_8));
        }
        out.close();
        open();
        atLineStart = true;
    }

    private void shiftOldFiles() throws IOException {
        if (keep == 0) {
            Files.delete(file);
            return;
        }
        Files.deleteIfExists(old(keep));
        for (int i = keep - 1; i >= 1; i--) {
            if (Files.exists(old(i))) {
                Files.move(old(i), old(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(file, old(1), StandardCopyOption.REPLACE_EXISTING);
    }

    private Path old(int i) {
        return file.resolveSibling(file.getFileName() + "." + i);
    }

    private boolean stillNamesOpenFile() {
        if (openedKey == null) {
            return true; // no file identity on this platform: assume it does
        }
        try {
            return openedKey.equals(Files.readAttributes(file, BasicFileAttributes.class).fileKey());
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private void open() throws IOException {
        out = new FileOutputStream(file.toFile(), true);
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        openedKey = attributes.fileKey();
        size = attributes.size();
        sinceLook = 0;
    }
}
