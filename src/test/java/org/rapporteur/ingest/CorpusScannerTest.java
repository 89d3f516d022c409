package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.model.Problem;
import org.rapporteur.testing.SharedData;

class CorpusScannerTest {
    @TempDir
    Path dir;

    @Test
    void walksRootsFollowsLinksAndSkipsWhatIsNotAReport() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared/reports"));
        Files.writeString(shared.resolve("b.PDF"), "x");
        Files.writeString(shared.resolve("a.md"), "x");
        Path corpus = Files.createDirectories(dir.resolve("project/corpus"));
        Files.writeString(corpus.resolve("z.txt"), "x");
        Files.writeString(corpus.resolve("c.Docx"), "x");
        Files.writeString(corpus.resolve("page.htm"), "x");
        Files.writeString(corpus.resolve("README.md"), "about this corpus");
        Files.writeString(corpus.resolve("readme.txt"), "about this corpus");
        Files.writeString(corpus.resolve(".hidden.txt"), "x");
        Files.writeString(corpus.resolve("~$c.docx"), "lock");
        Files.writeString(corpus.resolve("rapporteur-metadata.csv"), "file,title");
        Files.writeString(corpus.resolve("data.csv"), "x");
        Files.createDirectories(corpus.resolve(".git")).resolve("x.txt");
        Files.writeString(corpus.resolve(".git/x.txt"), "x");
        Files.createSymbolicLink(corpus.resolve("samples"), Path.of("../../shared/reports")); // relative, like the real one

        CorpusFiles r = CorpusScanner.scan(List.of(corpus));

        assertEquals(List.of("c.Docx", "page.htm", "samples/a.md", "samples/b.PDF", "z.txt"),
                r.files().stream().map(p -> corpus.relativize(p).toString()).toList());
        assertTrue(r.problems().isEmpty(), r.problems()::toString);
    }

    @Test
    void specialFilesAreSkippedWithALineEach() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("ok.txt"), "x");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                org.rapporteur.testing.HostileFiles.fifo(corpus.resolve("pipe.txt")), "mkfifo is missing");
        org.rapporteur.testing.HostileFiles.fifo(corpus.resolve("notes")); // any name: it would block a reader

        CorpusFiles r = CorpusScanner.scan(List.of(corpus));

        assertEquals(List.of(corpus.resolve("ok.txt")), r.files());
        assertEquals(List.of(corpus.resolve("notes") + ": a named pipe (FIFO), not a file: skipped",
                        corpus.resolve("pipe.txt") + ": a named pipe (FIFO), not a file: skipped"),
                r.problems().stream().map(p -> p.path() + ": " + p.reason()).sorted().toList());
        CorpusFiles asRoot = CorpusScanner.scan(List.of(corpus.resolve("pipe.txt")));
        assertEquals(List.of(), asRoot.files());
        assertEquals(List.of(corpus.resolve("pipe.txt") + ": a named pipe (FIFO), not a file: skipped"),
                asRoot.problems().stream().map(p -> p.path() + ": " + p.reason()).toList());
    }

    @Test
    void danglingLinkAndMissingRootAreWarningsNotFailures() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("ok.txt"), "x");
        Files.createSymbolicLink(corpus.resolve("gone.pdf"), dir.resolve("nowhere.pdf"));
        Files.createSymbolicLink(corpus.resolve("gone-folder"), dir.resolve("no-folder"));
        Path danglingRoot = Files.createSymbolicLink(dir.resolve("root-link"), dir.resolve("absent"));
        Path missing = dir.resolve("missing");

        CorpusFiles r = CorpusScanner.scan(List.of(corpus, missing, danglingRoot));

        assertEquals(List.of(corpus.resolve("ok.txt")), r.files());
        assertEquals(4, r.problems().size(), r.problems()::toString);
        assertTrue(r.problems().stream().allMatch(p -> p.severity() == Problem.Severity.WARNING));
        assertTrue(r.problems().stream().anyMatch(p -> p.path().endsWith("gone.pdf") && p.reason().contains("dangling")));
        assertTrue(r.problems().stream().anyMatch(p -> p.path().endsWith("gone-folder") && p.reason().contains("dangling")));
        assertTrue(r.problems().stream().anyMatch(p -> p.path().equals(missing.toString())
                && p.reason().equals("corpus folder not found")));
        assertTrue(r.problems().stream().anyMatch(p -> p.path().equals(danglingRoot.toString())
                && p.reason().contains("dangling")));
    }

    @Test
    void linkLoopIsReportedOnceAndFilesAreListedOnce() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus/sub"));
        Files.writeString(corpus.resolve("r.txt"), "x");
        Files.createSymbolicLink(corpus.resolve("loop"), dir.resolve("corpus"));

        CorpusFiles r = CorpusScanner.scan(List.of(dir.resolve("corpus"), dir.resolve("corpus/sub")));

        assertEquals(1, r.files().size(), r.files()::toString);
        assertTrue(r.problems().stream().anyMatch(p -> p.reason().contains("loop")), r.problems()::toString);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            report.pdf, true
            REPORT.TXT, true
            notes.markdown, true
            page.HTML, true
            old.doc, false
            README, false
            README.md, false
            Readme-first.pdf, false
            .DS_Store, false
            rapporteur-metadata.json, false
            speakers.csv, false
            """)
    void picksReportFilesByName(String name, boolean picked) {
        assertEquals(picked, CorpusScanner.isCandidate(name));
    }

    @Test
    void findsTheRealSampleCorpusWithoutItsReadme() {
        CorpusFiles r = CorpusScanner.scan(List.of(SharedData.corpus()));
        assertEquals(5, r.files().size(), r.files()::toString);
        assertTrue(r.files().stream().noneMatch(p -> p.getFileName().toString().startsWith("README")));
    }
}
