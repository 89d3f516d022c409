package org.rapporteur.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.rapporteur.ingest.CorpusScanner;

/**
 * The sample reports a new user can start with, and why there are none when there are none (ADR 0027). Where they
 * are: {@code -Drapporteur.samples} (an installed app's launcher points it at the copy made at package time), else
 * {@code <rapporteur.home>/corpus/samples} (a clone: the link to {@code ../shared/corpus}). Looking them up walks the
 * folder (a few files): do it off the FX thread.
 *
 * @param folder the samples folder, when it exists and holds at least one report file
 * @param files  how many report files it holds (0 when unavailable)
 * @param whyNot why there are no samples to open (null when there are)
 */
public record SampleReports(Path folder, int files, String whyNot) {
    public static final String PROPERTY = "rapporteur.samples";
    /** The sample reports, over their many folders, are few: a walk that finds more stops counting here. */
    private static final int COUNT_LIMIT = 1_000;

    /** Whether there are sample reports to open. */
    public boolean available() {
        return folder != null;
    }

    /** The samples of this program, as its launcher set them up. */
    public static SampleReports locate() {
        return locate(System.getProperty(PROPERTY), System.getProperty("rapporteur.home"));
    }

    static SampleReports locate(String samples, String home) {
        Path candidate;
        if (samples != null && !samples.isBlank()) {
            candidate = Path.of(samples);
        } else if (home != null && !home.isBlank()) {
            candidate = Path.of(home, "corpus", "samples");
        } else {
            return new SampleReports(null, 0, "This copy of Rapporteur came without sample reports.");
        }
        candidate = candidate.toAbsolutePath().normalize();
        if (!Files.isDirectory(candidate)) {
            return new SampleReports(null, 0, Files.isSymbolicLink(candidate)
                    ? "The sample reports are not there: " + candidate + " links to a folder that does not exist."
                    : "The sample reports are not there: " + candidate + " does not exist.");
        }
        int n = countReports(candidate);
        if (n == 0) {
            return new SampleReports(null, 0, "The sample reports folder " + candidate + " holds no report files.");
        }
        return new SampleReports(candidate, n, null);
    }

    /** The report files under {@code folder} (the scanner's own rule for what is one), up to a limit. */
    private static int countReports(Path folder) {
        // corpus/samples in a clone is a link: followed, as the corpus scanner follows it
        try (Stream<Path> files = Files.walk(folder, 8, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return (int) files.filter(Files::isRegularFile)
                    .filter(f -> CorpusScanner.isCandidate(f.getFileName().toString()))
                    .limit(COUNT_LIMIT).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    /** The folder, for callers that checked {@link #available()}. */
    public Optional<Path> folderIfAny() {
        return Optional.ofNullable(folder);
    }
}
