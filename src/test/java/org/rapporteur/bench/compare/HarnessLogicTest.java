package org.rapporteur.bench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness's own decisions that are easy to get wrong: growth verdicts, parsing children's output, fixtures. */
class HarnessLogicTest {
    @Test
    void growthExponentTellsLinearFromSuperLinearAndSubLinear() {
        assertEquals(1.0, GrowthRow.exponent(16, 16), 1e-9);
        assertEquals(2.0, GrowthRow.exponent(256, 16), 1e-9);
        assertEquals(0.5, GrowthRow.exponent(4, 16), 1e-9);
        List<GrowthRow.Point> ingest = List.of(new GrowthRow.Point("1×", 1000, 10, 0, 0),
                new GrowthRow.Point("4×", 4000, 40, 0, 0), new GrowthRow.Point("16×", 16000, 170, 0, 0));
        ComparisonRow linear = GrowthRow.series("ingest", ingest, "claims", true);
        assertTrue(linear.met());
        assertTrue(linear.rapporteur().contains("k = 1.02, linear"), linear.rapporteur());
        List<GrowthRow.Point> quadratic = List.of(new GrowthRow.Point("1×", 1000, 1, 0, 0),
                new GrowthRow.Point("4×", 4000, 16, 0, 0), new GrowthRow.Point("16×", 16000, 256, 0, 0));
        assertFalse(GrowthRow.series("pdf", quadratic, "pages", true).met());
    }

    @Test
    void searchGrowthIsJudgedFromTheFirstUnWorkspaceNotFromTheSamples() {
        List<GrowthRow.Point> search = List.of(new GrowthRow.Point("samples", 300, 0.001, 0, 0),
                new GrowthRow.Point("1×", 50_000, 0.010, 0, 0), new GrowthRow.Point("4×", 200_000, 0.020, 0, 0),
                new GrowthRow.Point("16×", 800_000, 0.400, 0, 0));
        ComparisonRow row = GrowthRow.series("browse", search, "claims", false);
        // ×40 for ×16: super-linear, although ×400 for ×2,667 from the samples would look sub-linear
        assertFalse(row.met());
        assertTrue(row.rapporteur().contains("super-linear"), row.rapporteur());
    }

    @Test
    void childFiguresAreReadFromKeyValueLinesAndJson() {
        Measured m = new Measured("x", 1, 0.5, 0.1, 2048, 0, 10, 0, """
                noise line
                term.p50=12.50
                term.total=42
                query=a OR b=c
                """, "");
        assertEquals(12.5, m.number("term.p50"));
        assertEquals("a OR b=c", m.value("query"));
        assertThrows(IllegalStateException.class, () -> m.value("missing"));
        String json = "{\"filesSeen\": 7, \"indexed\": 5, \"claims\": 412, \"unchanged\": 2, \"failures\": "
                + "[{\"path\": \"a\"}, {\"path\": \"b\"}], \"warnings\": []}";
        assertEquals(5, Figures.jsonNumber(json, "indexed"));
        assertEquals(412, Figures.jsonNumber(json, "claims"));
        assertEquals(-1, Figures.jsonNumber(json, "removed"));
        assertEquals(2, TextIngestRow.failures(json));
        assertEquals(0, TextIngestRow.failures("{\"failures\": [ ]}"));
    }

    @Test
    void theGcLogGivesThePeakHeapBeforeAnyPauseOrAtExit(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("gc.log");
        Files.writeString(log, """
                [0.512s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 2.345ms
                [4.100s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 310M->120M(512M) 12.3ms
                [9.000s][info][gc,heap,exit]  garbage-first heap   total reserved 4194304K, committed 524288K, used 204800K
                """);
        assertEquals(310, ChildRunner.peakHeapMb(log));
        Files.writeString(log, "[9.000s][info][gc,heap,exit]  garbage-first heap   total 524288K, used 409600K\n");
        assertEquals(400, ChildRunner.peakHeapMb(log));
        assertEquals(0, ChildRunner.peakHeapMb(dir.resolve("none.log")));
    }

    @Test
    void addedReportsAreNewBytesHoldingTheMarkerWord(@TempDir Path dir) throws Exception {
        List<Path> speeches = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Path p = dir.resolve("s" + i + ".txt");
            Files.writeString(p, "\uFEFF1.\tMr. President, speech number " + i + " is about peace.\n",
                    StandardCharsets.UTF_8);
            speeches.add(p);
        }
        Path folder = dir.resolve("added");
        ReindexRow.addReports(speeches, folder, 20);
        List<Path> added;
        try (var s = Files.list(folder)) {
            added = s.sorted().toList();
        }
        assertEquals(20, added.size());
        Set<String> texts = new HashSet<>();
        for (Path p : added) {
            String t = Files.readString(p, StandardCharsets.UTF_8);
            assertTrue(t.startsWith("Copy "), t);
            assertTrue(t.contains(ReindexRow.MARKER), t);
            assertFalse(t.contains("\uFEFF"), "the original's byte order mark does not end up inside the text");
            texts.add(t);
        }
        assertEquals(20, texts.size(), "every added report differs from the others and from its original");
    }

    @Test
    void pdfSubsetsTakeWholeFilesInNameOrderUpToTheTarget() {
        Map<Path, Integer> pages = new LinkedHashMap<>();
        pages.put(Path.of("000-a.pdf"), 40);
        pages.put(Path.of("001-big.pdf"), 2415);
        pages.put(Path.of("002-b.pdf"), 0);
        pages.put(Path.of("003-c.pdf"), 50);
        pages.put(Path.of("004-d.pdf"), 30);
        assertEquals(List.of(Path.of("000-a.pdf"), Path.of("003-c.pdf")),
                List.copyOf(PdfSet.subset(pages, 100).keySet()));
        assertEquals(pages.size() - 1, PdfSet.subset(pages, 10_000).size(), "unreadable files (0 pages) left out");
    }

    @Test
    void eachPdfContentCountsOnceAndLinksAreSkipped(@TempDir Path dir) throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.write(a.resolve("manual.pdf"), new byte[] {1, 2, 3});
        Files.write(b.resolve("manual-copy.pdf"), new byte[] {1, 2, 3});
        Files.write(b.resolve("other.PDF"), new byte[] {4});
        Files.write(b.resolve("notes.txt"), new byte[] {5});
        Files.createSymbolicLink(b.resolve("linked.pdf"), a.resolve("manual.pdf"));
        assertEquals(List.of(a.resolve("manual.pdf"), b.resolve("other.PDF")), PdfSet.distinctPdfs(dir));
    }

    @Test
    void optionsSelectRowsAndOnlyAFullRunMayWriteTheDoc() {
        CompareOptions all = CompareOptions.parse(new String[] {"--repo", "/tmp/r"});
        assertTrue(all.complete());
        CompareOptions some = CompareOptions.parse(new String[] {"--only", "1,4", "--repo", "/tmp/r"});
        assertTrue(some.runs(4));
        assertFalse(some.runs(2));
        assertFalse(some.complete());
        assertFalse(CompareOptions.parse(new String[] {"--quick"}).complete());
        assertThrows(IllegalArgumentException.class, () -> CompareOptions.parse(new String[] {"--only", "7"}));
        assertThrows(IllegalArgumentException.class, () -> CompareOptions.parse(new String[] {"--bogus"}));
        assertNotEquals(all.doc(), null);
        assertEquals(Path.of("/tmp/r/docs/benchmarks.md"), all.doc());
    }
}
