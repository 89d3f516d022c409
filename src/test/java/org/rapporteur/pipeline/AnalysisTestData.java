package org.rapporteur.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.SharedData;

/** Workspaces indexed from the shared data (read at test time, never copied into the project) for analysis tests. */
public final class AnalysisTestData {
    private AnalysisTestData() {
    }

    /** A workspace in {@code dir} with the five sample reports indexed. */
    public static Workspace sampleWorkspace(Path dir) {
        Workspace ws = Workspace.open(dir.resolve("workspace"));
        ws.index(List.of(SharedData.corpus()), ProgressListener.NONE, Cancellation.NEVER);
        return ws;
    }

    /**
     * A workspace with the UN General Debate speeches of the given years indexed (the first {@code perYear} of each
     * year, by file name), laid out under {@code dir} as the dataset is (speakers.csv + speeches/YEAR/) so the
     * built-in sidecar gives each speech its speaker and country.
     */
    public static Workspace ungdcWorkspace(Path dir, List<Integer> years, int perYear) {
        Path source = SharedData.ungdc();
        Path root = dir.resolve("ungdc");
        try {
            Files.createDirectories(root);
            Files.copy(source.resolve("speakers.csv"), root.resolve("speakers.csv"));
            for (int year : years) {
                int copied = 0;
                Path from = source.resolve("speeches").resolve(Integer.toString(year));
                Path to = Files.createDirectories(root.resolve("speeches").resolve(Integer.toString(year)));
                try (Stream<Path> files = Files.list(from)) {
                    for (Path f : files.sorted().toList()) {
                        if (copied++ >= perYear) {
                            break;
                        }
                        Files.copy(f, to.resolve(f.getFileName()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Workspace ws = Workspace.open(dir.resolve("workspace"));
        ws.index(List.of(root), ProgressListener.NONE, Cancellation.NEVER);
        return ws;
    }
}
