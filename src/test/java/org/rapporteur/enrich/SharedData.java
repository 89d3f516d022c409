package org.rapporteur.enrich;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The shared sample corpus and UN speeches, read at test time (never copied into the project). */
final class SharedData {
    private SharedData() {
    }

    static Path shared() {
        Path p = Path.of(System.getProperty("rapporteur.shared", "../shared"));
        assumeTrue(Files.isDirectory(p.resolve("corpus")), "shared data not found at " + p.toAbsolutePath());
        return p;
    }

    /** The sample report whose file name starts with {@code prefix}, e.g. {@code 003}. */
    static Path sample(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(shared().resolve("corpus"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no sample report " + prefix));
        }
    }

    static String read(Path p) throws IOException {
        return Files.readString(p).replace("\r\n", "\n");
    }
}
