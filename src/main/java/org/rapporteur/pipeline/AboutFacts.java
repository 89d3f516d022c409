package org.rapporteur.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Supplier;

import org.rapporteur.annotations.SqliteVersion;
import org.rapporteur.applog.AppLog;
import org.rapporteur.embed.Embedders;
import org.rapporteur.embed.OnnxRuntimeVersion;
import org.rapporteur.export.JacksonVersion;
import org.rapporteur.index.LuceneVersion;
import org.rapporteur.ingest.PdfBoxVersion;

/**
 * The facts a bug report needs, in one list that Help ▸ About shows and {@code rapporteur --version} prints (ADR 0030):
 * the program's version and build, the Java running it, the libraries' versions as each library reports itself at run
 * time (never written by hand, so they cannot drift from the jars), the operating system, and the workspace and log
 * file. Cheap: reads a few resources and properties, opens nothing.
 */
public final class AboutFacts {
    public static final String APPLICATION = "Application";
    public static final String COMMIT = "Commit";
    public static final String BUILT = "Built";
    public static final String JAVA = "Java";
    public static final String JAVA_HOME = "Java runtime";
    public static final String JAVAFX = "JavaFX";
    public static final String LUCENE = "Lucene";
    public static final String PDFBOX = "PDFBox";
    public static final String SQLITE = "SQLite JDBC";
    public static final String JACKSON = "Jackson";
    public static final String ONNX_RUNTIME = "ONNX Runtime";
    public static final String EMBEDDING_MODEL = "Embedding model";
    public static final String OS = "Operating system";
    public static final String WORKSPACE = "Workspace";
    public static final String LOG = "Log file";

    /**
     * One fact: a label, its value, and the folder a person may want to open for it (the workspace, the folder of the
     * log file, the Java runtime), or null.
     */
    public record Fact(String label, String value, Path folder) {
    }

    private AboutFacts() {
    }

    /** Every fact; the workspace only when {@code workspace} is not null (the command line's --version has none). */
    public static List<Fact> collect(Path workspace) {
        BuildInfo build = BuildInfo.current();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(APPLICATION, build.nameAndVersion(), null));
        facts.add(new Fact(COMMIT, build.commitLine(), null));
        facts.add(new Fact(BUILT, build.built(), null));
        facts.add(new Fact(JAVA, System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("java.vm.name") + ")", null));
        String javaHome = System.getProperty("java.home");
        facts.add(new Fact(JAVA_HOME, javaHome, pathOrNull(javaHome)));
        facts.add(new Fact(JAVAFX, javaFxVersion(), null));
        facts.add(new Fact(LUCENE, version(LuceneVersion::current), null));
        facts.add(new Fact(PDFBOX, version(PdfBoxVersion::current), null));
        facts.add(new Fact(SQLITE, version(SqliteVersion::current), null));
        facts.add(new Fact(JACKSON, version(JacksonVersion::current), null));
        facts.add(new Fact(ONNX_RUNTIME, version(OnnxRuntimeVersion::current), null));
        facts.add(new Fact(EMBEDDING_MODEL, version(Embedders::describeDefault), null));
        facts.add(new Fact(OS, System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")", null));
        if (workspace != null) {
            Path dir = workspace.toAbsolutePath();
            facts.add(new Fact(WORKSPACE, dir.toString(), dir));
        }
        String log = AppLog.where();
        Path logPath = pathOrNull(log);
        facts.add(new Fact(LOG, logPath == null ? "none: this process writes no log file" : log,
                logPath == null ? null : logPath.getParent()));
        return List.copyOf(facts);
    }

    /** The facts as plain text, one "Label: value" per line with the values aligned, for a bug report. */
    public static String text(List<Fact> facts) {
        int width = facts.stream().mapToInt(f -> f.label().length()).max().orElse(0) + 1;
        StringBuilder sb = new StringBuilder();
        for (Fact f : facts) {
            sb.append(String.format(Locale.ROOT, "%-" + (width + 1) + "s%s%n", f.label() + ":", f.value()));
        }
        return sb.toString();
    }

    /** The value of the fact labelled {@code label}, or null. */
    public static String value(List<Fact> facts, String label) {
        return facts.stream().filter(f -> f.label().equals(label)).map(Fact::value).findFirst().orElse(null);
    }

    /**
     * The running toolkit's version when JavaFX has started (the workbench), else the one its jar declares (the
     * command line, which never starts JavaFX); read as a resource, so the core does not depend on JavaFX's classes.
     */
    static String javaFxVersion() {
        String running = System.getProperty("javafx.runtime.version");
        if (running != null && !running.isBlank()) {
            return running;
        }
        Properties p = new Properties();
        try (InputStream in = AboutFacts.class.getResourceAsStream("/javafx.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return BuildInfo.UNKNOWN;
        }
        return p.getProperty("javafx.runtime.version", p.getProperty("javafx.version", "not found"));
    }

    /** A library's own answer; a library that cannot say (a repackaged jar without its version file) is "unknown". */
    private static String version(Supplier<String> library) {
        try {
            String v = library.get();
            return v == null || v.isBlank() ? BuildInfo.UNKNOWN : v;
        } catch (RuntimeException | LinkageError e) {
            return BuildInfo.UNKNOWN;
        }
    }

    /** {@code s} as an absolute path, or null when it is not one (AppLog's "the application log" without a file). */
    private static Path pathOrNull(String s) {
        try {
            Path p = s == null ? null : Path.of(s);
            return p != null && p.isAbsolute() ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
