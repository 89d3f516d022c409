package org.rapporteur.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.rapporteur.model.Problem;
import org.rapporteur.model.ProblemKind;

/**
 * Finds the report files under corpus roots: walks each root recursively, following symbolic links (a corpus is
 * often a folder of links to shared data), and keeps files with a supported extension ({@link SourceFormat}).
 * Skips hidden files and folders, Office lock files ({@code ~$x.docx}), sidecars ({@link SidecarReader}) and
 * {@code README*} files, which describe a corpus rather than belong to it. A root may also be a single file.
 *
 * <p>Never throws for a bad corpus: a missing root, a dangling link, a link loop, an unreadable folder or a special
 * file (pipe, socket, device) is a WARNING problem and the walk goes on. Files are listed root by root, each root's files sorted by their path
 * relative to it; a file reached twice (through two roots or links) is listed once. Stateless, thread-safe.
 */
public final class CorpusScanner {
    /** Deeper than any real corpus, shallow enough to stop a pathological tree. */
    private static final int MAX_DEPTH = 64;
    /** {@code README}, {@code README.md}, {@code DATASET-README.txt}, {@code readme_first.pdf}: about a corpus, not in it. */
    private static final Pattern README = Pattern.compile("(?i)(?:^|[-_ .])read[-_ ]?me(?:[-_ .]|$)");

    private CorpusScanner() {
    }

    public static CorpusFiles scan(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path root : roots) {
            scanRoot(root, files, problems, seen);
        }
        return new CorpusFiles(files, problems);
    }

    /** True for a file name the scanner would pick, ignoring where it is. */
    public static boolean isCandidate(String fileName) {
        if (fileName.startsWith(".") || fileName.startsWith("~$")) {
            return false;
        }
        if (README.matcher(fileName).find() || SidecarReader.isSidecarName(fileName)) {
            return false;
        }
        return SourceFormat.ofFileName(fileName).isPresent();
    }

    private static void scanRoot(Path root, List<Path> files, List<Problem> problems, Set<Path> seen) {
        if (!Files.exists(root)) {
            if (Files.isSymbolicLink(root)) {
                problems.add(Problem.warning(root.toString(), ProblemKind.NOT_FOUND,
                        "dangling symbolic link, corpus folder skipped (it points to " + linkTarget(root)
                                + ", which does not exist)", "restore the link's target or correct the link"));
            } else {
                problems.add(Problem.warning(root.toString(), ProblemKind.NOT_FOUND, "corpus folder not found",
                        null));
            }
            return;
        }
        if (Files.isRegularFile(root)) {
            if (SourceFormat.of(root).isPresent() && seen.add(identity(root))) {
                files.add(root);
            } else if (SourceFormat.of(root).isEmpty()) {
                problems.add(Problem.warning(root.toString(), ProblemKind.UNSUPPORTED_FORMAT,
                        "not a supported report file", null));
            }
            return;
        }
        List<Found> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new Walker(root, found, problems));
        } catch (IOException e) {
            problems.add(Problem.warning(root.toString(), ProblemKind.NO_ACCESS,
                    "corpus folder not fully read: " + Ingestor.describe(e), null));
        }
        found.sort(Comparator.comparing(Found::sortKey));
        for (Found f : found) {
            if (seen.add(identity(f.path()))) {
                files.add(f.path());
            }
        }
    }

    /**
     * A file found under a root and the key it is listed by, made once (made in the comparator, it cost a path and a
     * string per comparison: 150,000 of each for the UN corpus's 10,952 files).
     */
    private record Found(Path path, String sortKey) {
    }

    private static Path identity(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** "a named pipe (FIFO)", "a socket", "a device", from the file type bits where the platform has them. */
    static String specialKind(Path file) {
        try {
            int type = ((Integer) Files.getAttribute(file, "unix:mode")) & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0140000 -> "a socket";
                case 0020000, 0060000 -> "a device";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "a missing target";
        }
    }

    private static final class Walker extends SimpleFileVisitor<Path> {
        private final Path root;
        private final List<Found> found;
        private final List<Problem> problems;

        Walker(Path root, List<Found> found, List<Problem> problems) {
            this.root = root;
            this.found = found;
            this.problems = problems;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            Path name = dir.getFileName();
            if (!dir.equals(root) && name != null && name.toString().startsWith(".")) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString();
            if (attrs.isSymbolicLink()) {
                // With FOLLOW_LINKS, a link reaches here with its own attributes only when its target is gone.
                if (!name.startsWith(".")) {
                    problems.add(Problem.warning(file.toString(), ProblemKind.NOT_FOUND,
                            "dangling symbolic link skipped (it points to " + linkTarget(file)
                                    + ", which does not exist)", "restore the link's target, or delete the link"));
                }
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isRegularFile() && isCandidate(name)) {
                found.add(new Found(file, root.relativize(file).toString()));
            } else if (attrs.isOther() && !name.startsWith(".")) {
                // reading a pipe blocks until someone writes to it; a device may never end
                problems.add(Problem.warning(file.toString(), ProblemKind.NOT_A_FILE,
                        specialKind(file) + ", not a file: skipped", null));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
            String reason;
            ProblemKind kind = ProblemKind.NO_ACCESS;
            if (exc instanceof FileSystemLoopException) {
                reason = "symbolic link loop skipped";
                kind = ProblemKind.NOT_A_FILE;
            } else if (exc instanceof AccessDeniedException) {
                reason = "unreadable folder skipped (permission denied)";
            } else if (exc instanceof NoSuchFileException) {
                reason = "vanished while scanning, skipped";
                kind = ProblemKind.NOT_FOUND;
            } else {
                reason = "not read: " + Ingestor.describe(exc);
            }
            problems.add(Problem.warning(file.toString(), kind, reason, null));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
            if (exc != null) {
                problems.add(Problem.warning(dir.toString(), ProblemKind.NO_ACCESS,
                        "folder not fully read: " + Ingestor.describe(exc), null));
            }
            return FileVisitResult.CONTINUE;
        }
    }
}
