package org.rapporteur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code rapporteur --version} (ADR 0030): the name and the pom's version first, then the build's commit (or "unknown"
 * outside a git clone) and the libraries' versions as they report themselves.
 */
class VersionTest {
    private static List<String> versionLines(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = RapporteurCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(ExitCodes.OK, cl.execute(args));
        return out.toString().lines().toList();
    }

    /** The project's version as the pom says it (read from the pom, not from what the build wrote). */
    private static String pomVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>rapporteur</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find(), "the pom names its version");
        return m.group(1);
    }

    @Test
    void theFirstLineIsTheNameAndThePomVersion() throws Exception {
        List<String> lines = versionLines("--version");
        assertEquals("Rapporteur " + pomVersion(), lines.getFirst());
        assertEquals(lines, versionLines("search", "--version"), "every command answers -V alike");
    }

    @Test
    void theCommitIsTheOneCheckedOutOrUnknown() throws Exception {
        String build = versionLines("-V").stream().filter(l -> l.startsWith("Commit:")).findFirst().orElseThrow();
        Matcher m = Pattern.compile("^Commit:\\s+([0-9a-f]{7,40})\\b").matcher(build);
        if (!m.find()) {
            assertTrue(build.matches("Commit:\\s+unknown"), build);
            return;
        }
        // a build from a clone names the commit checked out here, the one this build and its tests ran from (in a git
        // worktree too, which shares its repository with another checkout at another commit)
        Process git;
        try {
            git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
        } catch (java.io.IOException noGit) {
            return;
        }
        String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(git.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, git.exitValue(), head);
        assertTrue(head.startsWith(m.group(1)), "built from " + m.group(1) + ", checked out " + head);
    }

    @Test
    void librariesAreTheOnesOnTheClassPath() {
        List<String> lines = versionLines("--version");
        assertTrue(lines.stream().anyMatch(l -> l.matches("Lucene:\\s+" + Pattern.quote(
                org.apache.lucene.util.Version.LATEST.toString()))), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Java:") && l.contains(System.getProperty(
                "java.version"))), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("PDFBox:") && l.endsWith(
                org.apache.pdfbox.util.Version.getVersion())), String.join("\n", lines));
    }

    @Test
    void theEmbeddingModelAndTheOnnxRuntimeThatRunsIt() throws Exception {
        List<String> lines = versionLines("--version");
        // the runtime's own answer (this loads its native library, which --version itself does not)
        String runtime = ai.onnxruntime.OrtEnvironment.getEnvironment().getVersion();
        assertTrue(lines.stream().anyMatch(l -> l.matches("ONNX Runtime:\\s+" + Pattern.quote(runtime))),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.matches("Embedding model:\\s+"
                + Pattern.quote(org.rapporteur.embed.Embedders.defaultModel().id()) + " \\(384 dimensions, .*")),
                String.join("\n", lines));
    }
}
