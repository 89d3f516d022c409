package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapporteur.model.Problem;

class BadInputTest {
    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor();

    private Problem onlyError(IngestResult r) {
        assertNull(r.document());
        assertEquals(1, r.problems().size(), r.problems()::toString);
        Problem p = r.problems().getFirst();
        assertEquals(Problem.Severity.ERROR, p.severity());
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty.txt", "empty.md", "empty.html", "empty.pdf", "empty.docx"})
    void emptyFileIsAnError(String name) throws Exception {
        Path f = Files.createFile(dir.resolve(name));
        assertEquals("empty file", onlyError(ingestor.read(f)).reason());
    }

    @Test
    void whitespaceOnlyFileHasNoReadableText() throws Exception {
        Path f = Files.writeString(dir.resolve("blank.txt"), " \n\n\t \n");
        assertEquals("no readable text", onlyError(ingestor.read(f)).reason());
    }

    @Test
    void hugeTextFileIsRefusedWithoutReadingIt() throws Exception {
        Path f = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(200L * 1024 * 1024); // sparse: instant, and takes no disk
        }
        long before = usedHeap();
        try {
            Problem p = onlyError(ingestor.read(f));
            assertEquals("too large (200 MB > 64 MB limit)", p.reason());
            assertTrue(usedHeap() - before < 64L * 1024 * 1024, "the file was not loaded");
        } finally {
            Files.delete(f);
        }
    }

    @Test
    void vanishedFileIsAnError() throws Exception {
        Path f = Files.writeString(dir.resolve("gone.txt"), "here for a moment");
        Files.delete(f);
        Problem p = onlyError(ingestor.read(f));
        assertEquals("file not found", p.reason());
        assertTrue(p.line().startsWith(f.toString() + ": file not found"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x.pdf", "x.txt", "x.docx"})
    void directoryWithAReportNameIsAnError(String name) throws Exception {
        Path d = Files.createDirectory(dir.resolve(name));
        assertEquals("is a directory, not a file", onlyError(ingestor.read(d)).reason());
    }

    @Test
    void unsupportedExtensionIsAnError() throws Exception {
        Path f = Files.writeString(dir.resolve("notes.rtf"), "{\\rtf1 hello}");
        assertEquals("unsupported file type", onlyError(ingestor.read(f)).reason());
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
