package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Ids;
import org.rapporteur.model.PageSpan;
import org.rapporteur.model.Problem;
import org.rapporteur.model.SourceDocument;

class PdfReaderTest {
    private static final String TITLE = "Water Futures in the Upper Basin";

    /** Three pages, lines of similar width as a typeset report has, with a paragraph running over page breaks. */
    private static final List<List<String>> PAGES = List.of(
            List.of("Summary",
                    "",
                    "The basin commission met for two days to review the water-sharing treaty",
                    "and its implementation in the upstream provinces. Members argued that secu-",
                    "rity of supply must come before any new hydropower project is approved.",
                    "",
                    "Several speakers pointed to falling groundwater levels across the plains",
                    "and asked for a joint monitoring body. After a long debate the delegates",
                    "agreed that the"),
            List.of("next phase of the monitoring programme should begin in the autumn.",
                    "",
                    "Trade across the border was also discussed. The renewed Sino-",
                    "Indian talks on shared rivers were welcomed by most of the participants,",
                    "who noted that data exchange had improved since the last meeting.",
                    "",
                    "- Publish river flow data every month",
                    "- Fund a joint laboratory for water quality"),
            List.of("Recommendations",
                    "",
                    "The commission should meet again before the dry season, and report on",
                    "progress to both governments. This closing paragraph sits on page three."));

    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor();

    private Path report() throws Exception {
        Path f = dir.resolve("basin.pdf");
        TestPdfs.write(f, TITLE, "Page %d of %d", PAGES);
        return f;
    }

    @Test
    void readsPagesIntoCleanTextWithPageProvenance() throws Exception {
        Path f = report();

        IngestResult r = ingestor.read(f);

        assertTrue(r.ok(), r.problems()::toString);
        SourceDocument doc = r.document();
        String t = doc.text();
        assertEquals("pdf", doc.format());
        assertEquals(Ids.sha256(Files.readAllBytes(f)), doc.reportId());
        assertTrue(r.problems().isEmpty(), r.problems()::toString);

        assertTrue(t.contains("After a long debate the delegates agreed that the next phase of the monitoring"
                + " programme should begin in the autumn."), "sentence rejoined across the page break:\n" + t);
        assertTrue(t.contains("Members argued that security of supply"), "de-hyphenated:\n" + t);
        assertFalse(t.contains("secu-"));
        assertTrue(t.contains("The renewed Sino-Indian talks"), "a real hyphen before a capital stays:\n" + t);
        assertTrue(t.contains("the water-sharing treaty and its implementation"), "wrapped lines joined:\n" + t);
        assertTrue(t.startsWith(TITLE + "\n\nSummary\n\nThe basin commission"), "the title stays on page one:\n" + t);
        assertEquals(t.indexOf(TITLE), t.lastIndexOf(TITLE), "running header removed from later pages:\n" + t);
        assertFalse(t.contains("Page "), "footer removed:\n" + t);
        assertTrue(t.contains("\n- Publish river flow data every month\n- Fund a joint laboratory"), "list items on own lines");
        assertFalse(t.contains("\n\n\n"));

        assertEquals(3, doc.pages().size());
        assertEquals(List.of(1, 2, 3), doc.pages().stream().map(PageSpan::number).toList());
        assertEquals(1, doc.pageAt(t.indexOf("groundwater levels")));
        assertEquals(1, doc.pageAt(t.indexOf("agreed that the")));
        assertEquals(2, doc.pageAt(t.indexOf("next phase")));
        assertEquals(2, doc.pageAt(t.indexOf("Fund a joint laboratory")));
        assertEquals(3, doc.pageAt(t.indexOf("Recommendations")));
        assertEquals(3, doc.pageAt(t.indexOf("sits on page three")));
        assertEquals(t.length(), doc.pages().getLast().end());
    }

    @Test
    void corruptPdfIsADamagedFileProblem() throws Exception {
        byte[] junk = new byte[20_000];
        new Random(42).nextBytes(junk);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, junk, 0, header.length);
        Path f = Files.write(dir.resolve("corrupt.pdf"), junk);

        Problem p = onlyError(ingestor.read(f));

        assertTrue(p.reason().startsWith("damaged PDF"), p.line());
    }

    @Test
    void pdfCutInHalfIsATruncatedDamagedFile() throws Exception {
        byte[] whole = Files.readAllBytes(report());
        Path f = Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(whole, whole.length / 2));

        Problem p = onlyError(ingestor.read(f));

        assertTrue(p.reason().startsWith("damaged PDF: the file is truncated"), p.line());
    }

    @Test
    void pdfMissingOnlyItsEndIsReadWithAWarning() throws Exception {
        byte[] whole = Files.readAllBytes(report());
        Path f = Files.write(dir.resolve("nearly.pdf"), Arrays.copyOf(whole, whole.length - 8));

        IngestResult r = ingestor.read(f);

        assertTrue(r.ok(), r.problems()::toString);
        assertEquals(1, r.problems().size());
        assertEquals(Problem.Severity.WARNING, r.problems().getFirst().severity());
        assertTrue(r.problems().getFirst().reason().contains("truncated"));
        assertEquals(r.problems(), r.document().problems());
        assertTrue(r.document().text().contains("sits on page three"));
    }

    @Test
    void passwordProtectedPdfNeedsAPassword() throws Exception {
        Path f = dir.resolve("locked.pdf");
        TestPdfs.write(f, TITLE, "Page %d of %d", PAGES, "s3cret");

        Problem p = onlyError(ingestor.read(f));

        assertEquals("encrypted PDF: needs a password", p.reason());
        assertTrue(p.hint() != null && !p.hint().isBlank());
    }

    @Test
    void pdfWithOnlyAnOwnerPasswordOpensWithoutOne() throws Exception {
        Path f = dir.resolve("owner-only.pdf");
        TestPdfs.write(f, TITLE, "Page %d of %d", PAGES, "");

        IngestResult r = ingestor.read(f);

        assertTrue(r.ok(), r.problems()::toString);
        assertTrue(r.document().text().contains("sits on page three"));
    }

    @Test
    void textFileNamedPdfIsNotAPdf() throws Exception {
        Path f = Files.writeString(dir.resolve("fake.pdf"), "just some words, no PDF at all");
        assertTrue(onlyError(ingestor.read(f)).reason().startsWith("not a PDF file"));
    }

    @Test
    void pdfWithoutTextSaysSo() throws Exception {
        Path f = dir.resolve("blank.pdf");
        TestPdfs.write(f, null, null, List.of(List.of(), List.of()));
        Problem p = onlyError(ingestor.read(f));
        // with Tesseract: "... OCR found no words on them" (the pages look blank); without: what to install
        assertTrue(p.reason().contains("no text layer"), p.reason());
        assertNotNull(p.hint());
    }

    private static Problem onlyError(IngestResult r) {
        assertNull(r.document(), () -> "expected no document, got: " + r.document().text());
        assertEquals(1, r.problems().size(), r.problems()::toString);
        assertEquals(Problem.Severity.ERROR, r.problems().getFirst().severity());
        return r.problems().getFirst();
    }
}
