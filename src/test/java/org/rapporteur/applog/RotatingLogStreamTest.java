package org.rapporteur.applog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log starts afresh at its cap while the program runs, keeps a bounded number of old files, and loses no line. */
class RotatingLogStreamTest {
    private static final long CAP = 4_000;

    @TempDir
    Path dir;

    @Test
    void aLongRunStaysUnderTheCapAndKeepsOneOldFile() throws IOException {
        Path file = dir.resolve("rapporteur.log");
        AtomicInteger rotations = new AtomicInteger();
        try (PrintStream log = new PrintStream(new RotatingLogStream(file, CAP, 1,
                () -> "closing " + rotations.incrementAndGet() + "\n"), true, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 1_000; i++) { // about 40 KB: ten times the cap
                log.println("line " + i + " of a long workbench session, with some words");
            }
        }
        assertTrue(rotations.get() >= 9, "rotated during the run: " + rotations);
        long line = 64; // the stream rotates at a line's start, so a file passes its cap by at most one line
        assertTrue(Files.size(file) <= CAP + line, "current file " + Files.size(file));
        Path old = dir.resolve("rapporteur.log.1");
        assertTrue(Files.size(old) <= CAP + line + "closing 99\n".length(), "old file " + Files.size(old));
        assertFalse(Files.exists(dir.resolve("rapporteur.log.2")), "only one old file is kept");
        List<String> oldLines = Files.readAllLines(old);
        assertEquals("closing " + rotations.get(), oldLines.getLast(), "the closing lines end the file rotated away");
        List<String> current = Files.readAllLines(file);
        assertEquals("line 999 of a long workbench session, with some words", current.getLast());
        int firstCurrent = Integer.parseInt(current.getFirst().split(" ")[1]);
        int lastOld = Integer.parseInt(oldLines.get(oldLines.size() - 2).split(" ")[1]);
        assertEquals(lastOld + 1, firstCurrent, "no line lost at the rotation");
    }

    @Test
    void aFileAlreadyAtItsCapIsRotatedWhenOpened() throws IOException {
        Path file = dir.resolve("rapporteur.log");
        Files.writeString(file, "x".repeat((int) CAP) + "\n");
        try (RotatingLogStream log = new RotatingLogStream(file, CAP, 2, () -> "")) {
            log.write("fresh\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("fresh\n", Files.readString(file));
        assertEquals(CAP + 1, Files.size(dir.resolve("rapporteur.log.1")));
    }

    @Test
    void twoProcessesOnOneFileRotateItOnceAndBothKeepWriting() throws IOException {
        Path file = dir.resolve("rapporteur.log");
        try (PrintStream workbench = new PrintStream(new RotatingLogStream(file, CAP, 1, () -> ""), true,
                StandardCharsets.UTF_8);
                PrintStream cli = new PrintStream(new RotatingLogStream(file, CAP, 1, () -> ""), true,
                StandardCharsets.UTF_8)) {
            for (int i = 0; i < 100; i++) { // 5 KB: the workbench's stream rotates once
                workbench.println("workbench line " + i + " ..........................");
            }
            for (int i = 0; i < 40; i++) { // 1.6 KB: more than a quarter of the cap, when a stream looks at the file
                cli.println("cli line " + i + " after the other's rotation");
            }
            workbench.println("workbench last line");
        }
        List<String> current = Files.readAllLines(file);
        assertTrue(current.contains("cli line 39 after the other's rotation"), "the second follows the path: " + current);
        assertTrue(current.contains("workbench last line"), current.toString());
        long old = Files.size(dir.resolve("rapporteur.log.1"));
        assertTrue(old <= CAP + CAP / 4 + 64, "the old file grew by at most a quarter of the cap: " + old);
        assertFalse(Files.exists(dir.resolve("rapporteur.log.2")));
        long cliLines = Files.readAllLines(dir.resolve("rapporteur.log.1")).stream().filter(l -> l.startsWith("cli"))
                .count() + current.stream().filter(l -> l.startsWith("cli")).count();
        assertEquals(40, cliLines, "no line lost: those before the look went to the old file");
    }
}
