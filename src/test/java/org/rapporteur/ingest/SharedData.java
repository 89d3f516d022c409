package org.rapporteur.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Finds the shared data folder ({@code rapporteur.shared}, set by surefire; else {@code ../shared}). */
final class SharedData {
    private SharedData() {
    }

    static Path root() {
        Path p = Path.of(System.getProperty("rapporteur.shared", "../shared"));
        Assumptions.assumeTrue(Files.isDirectory(p), "shared data folder absent: " + p.toAbsolutePath());
        return p;
    }

    static Path corpus() {
        return root().resolve("corpus");
    }

    static Path ungdc() {
        return root().resolve("ungdc");
    }
}
