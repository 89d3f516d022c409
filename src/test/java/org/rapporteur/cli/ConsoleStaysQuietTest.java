package org.rapporteur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.testing.HostileFiles;
import org.rapporteur.testing.SharedData;

/**
 * {@code bin/rapporteur} itself, as a user runs it (its JVM options, its logging), in a child process: the console
 * gets what the command says and nothing else; what libraries and the JVM have to say goes to the log file.
 * The script runs on the classes Maven compiled ({@code RAPPORTEUR_CLASS_PATH}) so the test needs no jar.
 */
class ConsoleStaysQuietTest {
    @TempDir
    static Path tmp;
    static Path workspace;

    @BeforeAll
    static void indexSamples() {
        workspace = tmp.resolve("ws");
        assertEquals(ExitCodes.OK, CliRun.run(workspace, "index", "--corpus", SharedData.corpus().toString()).exit());
    }

    record Run(int exit, String out, String err) {
    }

    private static Run rapporteur(String... args) throws IOException, InterruptedException {
        return rapporteur(tmp.resolve("rapporteur.log"), args);
    }

    private static Run rapporteur(Path log, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = command(log, args);
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "bin/rapporteur " + List.of(args) + " did not finish");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static ProcessBuilder command(Path log, String... args) {
        List<String> cmd = new ArrayList<>(List.of("bash", Path.of("bin", "rapporteur").toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("RAPPORTEUR_CLASS_PATH", System.getProperty("java.class.path"));
        env.put("RAPPORTEUR_LOG", log.toString());
        env.put("RAPPORTEUR_AOT", "0");
        env.remove("RAPPORTEUR_WORKSPACE");
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        env.remove("RAPPORTEUR_JAVA_OPTS");
        return pb;
    }

    /**
     * {@code bin/rapporteur} without arguments: the workbench, on a fresh workspace (the samples are indexed at its
     * first start), on JavaFX's headless platform (Monocle, a test dependency) instead of a display. Once its window
     * is usable (the log says so), it is asked to stop as a session's end would (SIGTERM).
     */
    @Test
    void theWorkbenchSaysNothingOnTheConsoleAndLogsToTheCommandLinesFile() throws Exception {
        Path log = tmp.resolve("workbench.log");
        ProcessBuilder pb = command(log);
        pb.environment().put("RAPPORTEUR_WORKSPACE", tmp.resolve("ws-workbench").toString());
        pb.environment().put("RAPPORTEUR_JAVA_OPTS", "-Dglass.platform=Monocle -Dmonocle.platform=Headless "
                + "-Dprism.order=sw -Dprism.text=t2k -Djava.awt.headless=true "
                + "-Dorg.slf4j.simpleLogger.log.org.rapporteur.ui.App=info"); // App's "Usable window" line
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
            while (!(Files.exists(log) && Files.readString(log).contains("Usable window")) && p.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            assertTrue(p.isAlive(), "the workbench ended early: " + Files.readString(err));
        } finally {
            p.destroy();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the workbench did not stop");
        }
        assertEquals("", Files.readString(out), "nothing on stdout");
        assertEquals("", Files.readString(err), "nothing on stderr");
        List<String> lines = Files.readAllLines(log);
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(" rapporteur")), "the session's header line: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.contains("Usable window")), lines::toString);
        assertEquals(1, lines.stream().filter(l -> l.contains("JavaFX") && l.contains("Unsupported JavaFX configuration")
                && l.endsWith("[first of its kind; repeats are counted]")).count(),
                "JavaFX's class-path notice, once, in the log: " + lines);
    }

    @Test
    void aSearchPrintsItsAnswerAndNoWarnings() throws Exception {
        Run r = rapporteur("search", "security", "--workspace", workspace.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().matches("(?s)\\d+ claims \\(\\d+ ms\\).*"), r.out());
        assertEquals("", r.err(), "nothing on stderr");
        String log = Files.readString(tmp.resolve("rapporteur.log"));
        assertTrue(log.contains("rapporteur search security --workspace"), "the run is in the log: " + log);
    }

    @Test
    void aPdfWhoseFontsAreMissingLeavesOneLineAndItsCountInTheLogAndNothingOnTheConsole() throws Exception {
        int pages = 12; // each page a font of its own that PDFBox must replace: 12 warnings of one kind
        Path corpus = Files.createDirectories(tmp.resolve("unusual-fonts"));
        HostileFiles.pdfWithUnknownFonts(corpus.resolve("briefing.pdf"), pages);
        Path log = tmp.resolve("fonts.log");
        Run r = rapporteur(log, "index", "--corpus", corpus.toString(), "--workspace", tmp.resolve("ws-fonts").toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        // progress lines are redrawn with \r: the indexing line, then embedding's (the child embeds its one claim),
        // then the re-theme by meaning that ends the embedding run
        assertTrue(java.util.Arrays.stream(r.err().split("[\r\n]+")).allMatch(l -> l.isBlank()
                        || l.startsWith("indexing 1/1 briefing.pdf") || l.startsWith("Checking which claims need vectors")
                        || l.startsWith("Embedding claims: ") || l.startsWith("Preparing themes by meaning")
                        || l.startsWith("Theming claims by meaning: ")),
                "only progress lines on stderr: " + r.err());
        List<String> fallback = Files.readAllLines(log).stream().filter(l -> l.contains("Using fallback font")).toList();
        assertEquals(2, fallback.size(), "the first in full, then its count: " + fallback);
        assertTrue(fallback.get(0).matches(".* WARN PDFBox \\w+ - Using fallback font \\S+ for "
                + "Rapporteur-Invented-Serif-A .*first of its kind.*"), fallback.get(0));
        assertTrue(fallback.get(1).endsWith("Using fallback font … for … — " + (pages - 1) + " more since "
                + fallback.get(1).substring(fallback.get(1).length() - 8)), fallback.get(1));
    }

    @Test
    void anErrorIsOneLineOnTheConsole() throws Exception {
        Path typo = tmp.resolve("typo");
        Run r = rapporteur("reports", "--workspace", typo.toString());
        assertEquals(ExitCodes.USER_ERROR, r.exit(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.getFirst().startsWith("rapporteur: No workspace at " + typo), r.err());
        assertFalse(r.err().contains("WARNING"), r.err());
        assertFalse(Files.exists(typo));
    }
}
