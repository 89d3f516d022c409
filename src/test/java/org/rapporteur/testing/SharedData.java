package org.rapporteur.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * The one way tests, evaluations and benchmarks find the shared data beside the repository (read where it lies, never
 * copied into the project): the folder named by {@code -Drapporteur.shared} (surefire sets it to the project's
 * {@code ../shared}), else {@code ../shared} from the working directory, as when a benchmark is started from the
 * repository root.
 *
 * <p>Each accessor checks that its part is there. A JUnit test whose part is missing is skipped with a message naming
 * the part and where it was looked for; a {@code main} started without JUnit on its class path (bin/bench) gets an
 * {@link IllegalStateException} with the same message.
 */
public final class SharedData {
    private static final String HOW_TO_FIX =
            "; put the shared data folder beside the repository or name it with -Drapporteur.shared=DIR";

    private SharedData() {
    }

    /** The shared data folder itself, for files named relative to it (the eval keys' quote locators). */
    public static Path root() {
        return present(unchecked(), "the shared data folder");
    }

    /** The five sample reports. */
    public static Path corpus() {
        return present(unchecked().resolve("corpus"), "the sample corpus");
    }

    /** The UN General Debate speeches with their speakers.csv. */
    public static Path ungdc() {
        return present(unchecked().resolve("ungdc"), "the UN General Debate speeches");
    }

    /** Every speech file of the UN General Debate speeches, sorted by path. */
    public static List<Path> speeches() {
        try (Stream<Path> files = Files.walk(ungdc().resolve("speeches"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real reports of other layouts with their hand-made answer keys. */
    public static Path devcorpus() {
        return present(unchecked().resolve("devcorpus"), "the dev corpus");
    }

    /** Damaged, scanned and unusual PDFs. */
    public static Path robustnessPdfs() {
        return present(unchecked().resolve("robustness").resolve("pdf"), "the robustness PDFs");
    }

    /** The REFI-QDA XML schemas (Project-mrt2019.xsd, Codebook.xsd). */
    public static Path refiQdaSchemas() {
        return present(unchecked().resolve("standards").resolve("refi-qda"), "the REFI-QDA schemas");
    }

    /** The sample report whose file name starts with {@code number + "_"}, e.g. {@code 003}. */
    public static Path sample(String number) {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.filter(f -> f.getFileName().toString().startsWith(number + "_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no sample report " + number + " in " + corpus()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of {@link #sample}. */
    public static String sampleText(String number) {
        return text(sample(number));
    }

    /** A UTF-8 file of the shared data, with Windows line ends made plain (a checkout may have converted them). */
    public static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path unchecked() {
        return Path.of(System.getProperty("rapporteur.shared", "../shared")).toAbsolutePath().normalize();
    }

    private static Path present(Path p, String what) {
        if (!Files.isDirectory(p)) {
            String why = what + " is missing: looked for " + p + HOW_TO_FIX;
            if (junitPresent()) {
                Assumptions.abort(why);
            }
            throw new IllegalStateException(why);
        }
        return p;
    }

    /** Benchmarks started by bin/bench run without the test libraries, where an assumption cannot even be loaded. */
    private static boolean junitPresent() {
        try {
            Class.forName("org.junit.jupiter.api.Assumptions", false, SharedData.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
