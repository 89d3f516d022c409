package org.rapporteur.bench.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The UN speeches as the harness uses them: a private copy of {@code ungdc/speeches} and {@code speakers.csv} in the
 * run's temp folder (row 3 changes and adds files, which the shared corpus must never see), or in quick mode every
 * {@value #QUICK_STEP}th speech only. Subsets for the growth row are hard links into the copy.
 */
public final class UnCorpus {
    static final int QUICK_STEP = 50;

    private final Path root;
    private final List<Path> speeches;

    private UnCorpus(Path root, List<Path> speeches) {
        this.root = root;
        this.speeches = speeches;
    }

    /** Copies the corpus at {@code ungdc} into {@code target}: all speeches, or every 50th in quick mode. */
    public static UnCorpus copy(Path ungdc, Path target, boolean quick) throws IOException {
        Path sidecar = ungdc.resolve("speakers.csv");
        if (!Files.isDirectory(ungdc.resolve("speeches")) || !Files.isRegularFile(sidecar)) {
            throw new IOException("no UN General Debate corpus at " + ungdc + " (speeches/ and speakers.csv); "
                    + "pass --ungdc DIR");
        }
        List<Path> all = speechFiles(ungdc.resolve("speeches"));
        List<Path> copied = new ArrayList<>();
        Files.createDirectories(target);
        Files.copy(sidecar, target.resolve("speakers.csv"));
        for (int i = 0; i < all.size(); i++) {
            if (quick && i % QUICK_STEP != 0) {
                continue;
            }
            Path rel = ungdc.relativize(all.get(i));
            Path to = target.resolve(rel.toString());
            Files.createDirectories(to.getParent());
            Files.copy(all.get(i), to);
            copied.add(to);
        }
        return new UnCorpus(target, List.copyOf(copied));
    }

    /**
     * Every {@code step}th speech of this copy (distinct speeches: copies of one file would be one report), with the
     * sidecar, as hard links under {@code target}.
     */
    public UnCorpus subset(int step, Path target) throws IOException {
        Files.createDirectories(target);
        Files.createLink(target.resolve("speakers.csv"), root.resolve("speakers.csv"));
        List<Path> picked = new ArrayList<>();
        for (int i = 0; i < speeches.size(); i += step) {
            Path to = target.resolve(root.relativize(speeches.get(i)).toString());
            Files.createDirectories(to.getParent());
            Files.createLink(to, speeches.get(i));
            picked.add(to);
        }
        return new UnCorpus(target, List.copyOf(picked));
    }

    public Path root() {
        return root;
    }

    public List<Path> speeches() {
        return speeches;
    }

    /** Bytes of the speeches (the MB/s figures divide by this). */
    public long bytes() throws IOException {
        long n = 0;
        for (Path p : speeches) {
            n += Files.size(p);
        }
        return n;
    }

    static List<Path> speechFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
