package org.rapporteur.ui.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusAdditionsTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderBecomesARootInPlace() throws IOException {
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        Path existing = Files.createDirectories(tmp.resolve("corpus"));
        Path folder = Files.createDirectories(tmp.resolve("briefs"));
        List<Path> roots = CorpusAdditions.add(ws, List.of(existing), List.of(folder));
        assertEquals(List.of(existing, folder), roots);
        assertTrue(Files.notExists(ws.resolve(CorpusAdditions.IMPORTS)), "nothing copied for a folder");
        assertEquals(roots, CorpusAdditions.add(ws, roots, List.of(folder.resolve("."))), "no duplicate root");
    }

    @Test
    void aSingleFileIsCopiedIntoImportsOnce() throws IOException {
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        Path a = Files.writeString(tmp.resolve("memo.txt"), "A short memo about ports.");
        Path other = Files.createDirectories(tmp.resolve("elsewhere"));
        Path b = Files.writeString(other.resolve("memo.txt"), "Another memo, other words.");
        List<Path> roots = CorpusAdditions.add(ws, List.of(), List.of(a, a, b));
        Path imports = ws.resolve(CorpusAdditions.IMPORTS).toAbsolutePath().normalize();
        assertEquals(List.of(imports), roots);
        assertEquals("A short memo about ports.", Files.readString(imports.resolve("memo.txt")));
        assertEquals("Another memo, other words.", Files.readString(imports.resolve("memo-2.txt")));
        try (var files = Files.list(imports)) {
            assertEquals(2, files.count(), "identical bytes are copied once");
        }
    }

    @Test
    void aFileInsideARootIsNotCopied() throws IOException {
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        Path root = Files.createDirectories(tmp.resolve("corpus"));
        Path f = Files.writeString(root.resolve("r.txt"), "text");
        assertEquals(List.of(root), CorpusAdditions.add(ws, List.of(root), List.of(f)));
        assertTrue(Files.notExists(ws.resolve(CorpusAdditions.IMPORTS)));
    }
}
