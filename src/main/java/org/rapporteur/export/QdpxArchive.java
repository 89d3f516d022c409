package org.rapporteur.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a REFI-QDA project archive ({@code .qdpx}) defensively. Before anything is used every entry is checked: its
 * name must stay inside the archive's folder (no {@code ..}, no absolute or drive paths: "zip slip"), and the
 * archive must stay within {@link ImportLimits} in file size, entry count, uncompressed size per entry and in total
 * (counted while inflating, since headers can lie) and compression ratio ("zip bombs"). A failed check refuses the
 * whole archive with an {@link ImportException}.
 */
public final class QdpxArchive {
    private QdpxArchive() {
    }

    /** The bytes of {@code project.qde}, after every entry of the archive passed the checks. */
    public static byte[] readProject(Path file, ImportLimits limits) {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > limits.maxFileBytes()) {
                throw new ImportException(name + " is larger than the limit of " + Sizes.human(limits.maxFileBytes())
                        + "; refused.");
            }
            try (ZipFile zip = new ZipFile(file.toFile())) {
                if (zip.size() > limits.maxEntries()) {
                    throw new ImportException(name + " has " + zip.size() + " entries, more than the limit of "
                            + limits.maxEntries() + "; refused.");
                }
                byte[] project = null;
                long total = 0;
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    checkName(name, e.getName());
                    if (e.isDirectory()) {
                        continue;
                    }
                    if (e.getSize() > limits.maxEntryBytes()) {
                        throw new ImportException(name + ": entry " + e.getName() + " declares "
                                + Sizes.human(e.getSize()) + ", more than the limit of "
                                + Sizes.human(limits.maxEntryBytes()) + "; refused.");
                    }
                    Inflated content = read(zip, e, limits, name, limits.maxTotalBytes() - total);
                    total += content.size();
                    if (content.bytes() != null) {
                        project = content.bytes();
                    }
                }
                if (project == null) {
                    throw new ImportException(name + " has no " + QdpxExporter.PROJECT_ENTRY
                            + "; it is not a REFI-QDA project.");
                }
                return project;
            }
        } catch (NoSuchFileException e) {
            throw new ImportException("No file " + file + ".", e);
        } catch (ZipException e) {
            throw new ImportException(name + " is not a valid zip archive: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** An inflated entry: its size, and its bytes when it is the project (others are only counted). */
    private record Inflated(long size, byte[] bytes) {
    }

    private static Inflated read(ZipFile zip, ZipEntry e, ImportLimits limits, String name, long totalLeft)
            throws IOException {
        long cap = Math.min(limits.maxEntryBytes(), totalLeft);
        String what = totalLeft < limits.maxEntryBytes() ? name + " (all entries uncompressed)"
                : name + ": entry " + e.getName();
        boolean keep = e.getName().equals(QdpxExporter.PROJECT_ENTRY);
        try (InputStream raw = zip.getInputStream(e);
             LimitedInputStream in = new LimitedInputStream(raw, cap, what)) {
            ByteArrayOutputStream out = keep ? new ByteArrayOutputStream() : null;
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out != null) {
                    out.write(buf, 0, n);
                }
                long compressed = Math.max(1, e.getCompressedSize());
                if (in.count() > 1024 * 1024 && in.count() / compressed > limits.maxRatio()) {
                    throw new ImportException(name + ": entry " + e.getName() + " inflates more than "
                            + limits.maxRatio() + " times; it looks like a zip bomb. Refused.");
                }
            }
            return new Inflated(in.count(), out == null ? null : out.toByteArray());
        }
    }

    /** Refuses names that would land outside the folder the archive is unpacked in. */
    static void checkName(String archive, String entry) {
        String n = entry.replace('\\', '/');
        boolean escapes = n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.indexOf('\0') >= 0;
        Path base = Path.of("/qdpx-root");
        if (!escapes) {
            try {
                escapes = !base.resolve(n).normalize().startsWith(base);
            } catch (java.nio.file.InvalidPathException e) {
                escapes = true;
            }
        }
        for (String part : n.split("/")) {
            escapes |= part.equals("..");
        }
        if (escapes) {
            throw new ImportException(archive + " has an entry '" + entry + "' that would be written outside the"
                    + " folder it is unpacked in (zip slip); refused.");
        }
    }
}
