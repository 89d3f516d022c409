package org.rapporteur.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** Where the shared sample corpus and UN speeches are: {@code -Drapporteur.shared}, else {@code ../shared}. */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        Path p = Path.of(System.getProperty("rapporteur.shared", "../shared")).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(p), "the shared data folder is missing: " + p);
        return p;
    }

    public static Path corpus() {
        return root().resolve("corpus");
    }

    public static Path ungdc() {
        return root().resolve("ungdc");
    }
}
