package org.rapporteur.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.launch.Launcher.Route;

/** The entry class: which arguments open the window and which run a command, and the guard against an old Java. */
class LauncherTest {
    @TempDir
    Path dir;

    @Test
    void noArgumentsOrOnlyWorkbenchOptionsOpenTheWorkbench() {
        assertEquals(Route.WORKBENCH, Launcher.route(new String[0]));
        assertEquals(Route.WORKBENCH, Launcher.route(new String[] {"--workspace", "/tmp/ws"}));
        assertEquals(Route.WORKBENCH, Launcher.route(new String[] {"--workspace=/tmp/ws", "--screenshots", "/tmp/s"}));
    }

    @Test
    void commandsAndTheirOptionsGoToTheCommandLine() {
        assertEquals(Route.COMMAND_LINE, Launcher.route(new String[] {"index"}));
        assertEquals(Route.COMMAND_LINE, Launcher.route(new String[] {"--help"}));
        assertEquals(Route.COMMAND_LINE, Launcher.route(new String[] {"--version"}));
        assertEquals(Route.COMMAND_LINE, Launcher.route(new String[] {"--workspace", "/tmp/ws", "search", "x"}));
        // a workbench option without its value: the command line's parser says what is missing
        assertEquals(Route.COMMAND_LINE, Launcher.route(new String[] {"--workspace"}));
    }

    @Test
    void aLoneImportableFileIsImportedInTheWorkbench() throws IOException {
        Path project = Files.createFile(dir.resolve("Project.QDPX"));
        Path backup = Files.createFile(dir.resolve("backup.jsonld"));
        Path pdf = Files.createFile(dir.resolve("report.pdf"));
        assertEquals(Route.IMPORT_IN_WORKBENCH, Launcher.route(new String[] {project.toString()}));
        assertEquals(Route.IMPORT_IN_WORKBENCH, Launcher.route(new String[] {backup.toString()}));
        // not a file we import, a file that is not there, or a command with a file: the command line
        assertEquals(Route.COMMAND_LINE, Launcher.route(new String[] {pdf.toString()}));
        assertEquals(Route.COMMAND_LINE, Launcher.route(new String[] {dir.resolve("gone.qdpx").toString()}));
        assertEquals(Route.COMMAND_LINE, Launcher.route(new String[] {"import", project.toString()}));
        assertFalse(Launcher.isImportableFile(dir.toString()));
    }

    @Test
    void javaVersionsAreReadFromBothNumberingSchemes() {
        assertEquals(8, Launcher.featureVersion("1.8"));
        assertEquals(17, Launcher.featureVersion("17"));
        assertEquals(25, Launcher.featureVersion("25"));
        assertEquals(26, Launcher.featureVersion("26.0.1"));
        assertEquals(0, Launcher.featureVersion(null));
        assertNull(Launcher.unsupportedJava("25"));
        assertNull(Launcher.unsupportedJava("26"));
        String message = Launcher.unsupportedJava("1.8");
        assertTrue(message.startsWith("Rapporteur needs Java 25 or newer, and this is Java 8"), message);
    }

    /** The entry class is compiled for Java 8: an old Java loads it and gets the sentence, not a stack trace. */
    @Test
    void theLauncherClassIsReadableByJava8() throws IOException {
        Path classFile = Paths.get(System.getProperty("user.dir"), "target", "classes", "org", "rapporteur", "launch",
                "Launcher.class");
        assumeTrue(Files.isRegularFile(classFile), "compiled classes in target/classes");
        byte[] bytes = Files.readAllBytes(classFile);
        int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
        assertEquals(52, major, "class file version of Launcher (52 = Java 8)");
    }

    /** Debian's Java 17, where there is one (this machine's /usr/bin/java): one sentence on stderr and exit code 1. */
    @Test
    void anOldJavaGetsOneSentenceAndExitCodeOne() throws Exception {
        Path oldJava = Paths.get("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");
        assumeTrue(Files.isExecutable(oldJava), "a Java 17 at " + oldJava);
        Path classes = Paths.get(System.getProperty("user.dir"), "target", "classes");
        Path err = dir.resolve("err.txt");
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(oldJava.toString(), "-cp", classes.toString(), Launcher.class.getName(),
                "index").redirectError(err.toFile()).redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "Java 17 ran the launcher within 60 s");
        String stderr = new String(Files.readAllBytes(err), StandardCharsets.UTF_8);
        assertEquals(Launcher.UNSUPPORTED_JAVA_EXIT, p.exitValue(), stderr);
        assertTrue(stderr.startsWith("Rapporteur needs Java 25 or newer, and this is Java 17"), stderr);
        assertEquals(1, stderr.trim().split("\n").length, "one line: " + stderr);
        assertFalse(stderr.contains("Exception") || stderr.contains("Error"), stderr);
        assertEquals(0, Files.size(out));
    }
}
