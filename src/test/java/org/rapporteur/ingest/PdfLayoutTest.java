package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Claim;
import org.rapporteur.model.LayoutMarks;
import org.rapporteur.model.PageFurniture;
import org.rapporteur.model.Problem;
import org.rapporteur.model.Report;
import org.rapporteur.model.SourceDocument;
import org.rapporteur.model.Span;
import org.rapporteur.structure.ReportStructurer;

/** PDFs read as a person reads them, on reports set here in two columns with running lines and footnotes. */
class PdfLayoutTest {
    private static final String HEADER = "Upper Basin Water Forum · Seminar report";
    private static final String MARKS = "[⁰¹²³⁴⁵⁶⁷⁸⁹]+";

    @TempDir
    static Path dir;

    private static InventedReports.Report truth;
    private static Path pdf;
    private static SourceDocument doc;
    private static Report report;

    @BeforeAll
    static void setTwoColumnReport() throws IOException {
        truth = InventedReports.invent(7, 8);
        pdf = dir.resolve("two-columns.pdf");
        new ReportPdfSetter(new ReportPdfSetter.Design("Water Futures in the Upper Basin: Report of the Seminar",
                HEADER, "Page %d of %d", 2, true, true)).write(truth.items(), pdf);
        IngestResult r = new Ingestor().read(pdf);
        assertTrue(r.ok(), r.problems()::toString);
        doc = r.document();
        report = new ReportStructurer().structure(doc, null);
    }

    @Test
    void theReportExercisesColumnAndPageBreaksInsideSentences() throws IOException {
        List<List<PdfLine>> pages = laidOut(pdf);
        int columnBreaks = 0;
        int pageBreaks = 0;
        for (List<PdfLine> page : pages) {
            // the last body line of each column: a sentence runs on where it does not end with a full stop
            List<PdfLine> lastBodyLines = new ArrayList<>();
            for (PdfLine l : page) {
                if (l.size() != ReportPdfSetter.BODY_SIZE) {
                    continue;
                }
                if (!lastBodyLines.isEmpty() && lastBodyLines.getLast().block() == l.block()) {
                    lastBodyLines.removeLast();
                }
                lastBodyLines.add(l);
            }
            for (int i = 0; i < lastBodyLines.size(); i++) {
                if (!lastBodyLines.get(i).text().replaceAll(MARKS, "").endsWith(".")) {
                    if (i + 1 == lastBodyLines.size()) {
                        pageBreaks++;
                    } else {
                        columnBreaks++;
                    }
                }
            }
        }
        assertTrue(pages.size() >= 3, "pages: " + pages.size());
        assertTrue(columnBreaks >= 2, "column breaks inside a sentence: " + columnBreaks);
        assertTrue(pageBreaks >= 1, "page breaks inside a sentence: " + pageBreaks);
    }

    @Test
    void everySentenceIsReadWholeAcrossColumnAndPageBreaks() {
        String text = doc.text().replaceAll(MARKS, "");
        List<String> broken = truth.sentences().stream().filter(s -> !text.contains(s)).toList();
        assertEquals(List.of(), broken, text);
        List<String> claims = report.claims().stream().map(c -> c.text().replaceAll(MARKS, "")).toList();
        assertEquals(List.of(), truth.sentences().stream().filter(s -> !claims.contains(s)).toList(),
                "each sentence is one claim");
    }

    @Test
    void runningHeadersAndPageNumbersAreFurnitureNotText() {
        int pageCount = doc.pages().stream().mapToInt(p -> p.number()).max().orElseThrow();
        assertFalse(doc.text().contains(HEADER), "the header, also on page one, is not body text");
        assertFalse(doc.text().matches("(?s).*Page \\d+ of \\d+.*"));
        List<PageFurniture> furniture = doc.layout().furniture();
        for (int p = 1; p <= pageCount; p++) {
            int page = p;
            assertTrue(furniture.contains(new PageFurniture(p, HEADER, PageFurniture.Kind.HEADER)), furniture::toString);
            assertTrue(furniture.stream().anyMatch(f -> f.page() == page && f.kind() == PageFurniture.Kind.PAGE_NUMBER
                    && f.text().equals("Page " + page + " of " + pageCount)), furniture::toString);
        }
        for (Claim c : report.claims()) {
            assertFalse(c.text().matches("(?s).*\\d.*"), "no page number in a claim: " + c.text());
        }
    }

    @Test
    void footnotesFollowTheBodyAsParagraphsOfTheirOwnAndAreNotClaims() {
        assertFalse(truth.notes().isEmpty());
        LayoutMarks layout = doc.layout();
        assertEquals(truth.notes().size(), layout.footnotes().size(), layout.footnotes()::toString);
        for (int i = 0; i < truth.notes().size(); i++) {
            Span span = layout.footnotes().get(i);
            String note = doc.text().substring(span.start(), span.end());
            assertEquals((i + 1) + " " + truth.notes().get(i), note);
            assertTrue(doc.text().startsWith("\n\n", span.start() - 2) && doc.text().startsWith("\n\n", span.end())
                    || span.end() == doc.text().length(), "a paragraph of its own: " + note);
        }
        Set<String> notes = Set.copyOf(truth.notes());
        for (Claim c : report.claims()) {
            assertTrue(notes.stream().noneMatch(n -> c.text().contains(n)), "a note in a claim: " + c.text());
        }
        assertTrue(report.boilerplate().stream().filter(b -> b.label().equals("footnote")).count()
                == truth.notes().size());
        assertTrue(doc.text().contains("ministry.¹") || doc.text().matches("(?s).*\\p{L}[.]¹ .*"),
                "the note mark stays after its sentence, raised");
    }

    @Test
    void headingsComeFromTypeAndANameWithOrganisationInBodyTypeIsNotOne() {
        LayoutMarks layout = doc.layout();
        assertTrue(layout.typeset());
        Set<String> headings = layout.headings().stream().map(s -> doc.text().substring(s.start(), s.end()))
                .collect(Collectors.toSet());
        assertTrue(headings.containsAll(truth.headings()), headings::toString);
        assertTrue(headings.contains("Water Futures in the Upper Basin: Report of the Seminar"),
                "the title's two lines are one heading: " + headings);
        for (String panellist : truth.panellists()) {
            assertFalse(headings.contains(panellist), panellist);
        }
        for (Claim c : report.claims()) {
            assertTrue(c.sectionPath().stream().noneMatch(truth.panellists()::contains),
                    "a panellist line became a section: " + c.sectionPath());
        }
        List<String> sections = report.sections().stream().map(s -> s.title()).toList();
        assertTrue(sections.containsAll(truth.headings()), sections::toString);
    }

    @Test
    void aTimetableOnOnePageIsNotReadAsTwoColumns() throws IOException {
        Path f = dir.resolve("timetable.pdf");
        String[][] rows = {{"09:00", "Opening remarks by the chair of the commission"},
                {"09:30", "Rivers without borders: the view from upstream"}, {"10:30", "Coffee"},
                {"11:00", "The groundwater question, with questions from the floor"},
                {"12:30", "Lunch"}, {"14:00", "Financing maintenance in small towns"},
                {"15:30", "Closing remarks and the way forward"}};
        try (PDDocument d = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            d.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                float y = 760;
                for (String[] row : rows) {
                    show(cs, font, 72, y, row[0]);
                    show(cs, font, 140, y, row[1]);
                    y -= 16;
                }
            }
            d.save(f.toFile());
        }
        String text = new Ingestor().read(f).document().text();
        for (String[] row : rows) {
            assertTrue(text.contains(row[0] + " " + row[1]), text);
        }
    }

    @Test
    void aPageTreeDeclaringBillionsOfPagesCostsOnlyThePagesItHas() throws IOException {
        Path f = dir.resolve("count.pdf");
        try (PDDocument d = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String words : List.of("The first page says one thing.", "The second page says another.")) {
                PDPage page = new PDPage(PDRectangle.A4);
                d.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                    show(cs, font, 72, 700, words);
                }
            }
            d.getPages().getCOSObject().setLong(COSName.COUNT, 9_999_999_999L);
            d.save(f.toFile());
        }
        try (PDDocument d = Loader.loadPDF(f.toFile())) {
            assertTrue(d.getPages().getCOSObject().getLong(COSName.COUNT) > 1_000_000_000L, "the file lies");
        }

        IngestResult r = new Ingestor().read(f);

        assertTrue(r.ok(), r.problems()::toString);
        assertEquals("The first page says one thing.\n\nThe second page says another.", r.document().text());
        assertEquals(List.of(1, 2), r.document().pages().stream().map(p -> p.number()).toList());
    }

    @Test
    void anInterruptedReadStopsWithAClearReasonAndNoLibraryNames() {
        Thread.currentThread().interrupt();
        IngestResult r;
        try {
            r = new Ingestor().read(pdf);
        } finally {
            Thread.interrupted();
        }
        assertNull(r.document());
        Problem p = r.problems().getFirst();
        assertTrue(p.reason().startsWith("stopped"), p.line());
        assertFalse(p.line().matches("(?s).*(Exception|pdfbox|COS).*"), p.line());
    }

    @Test
    void anInterruptAfterAPageStopsBeforeTheNextAndTheCapStopsCollecting() throws IOException {
        List<Integer> seen = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            PositionedTextStripper stripper = new PositionedTextStripper(new PositionedTextStripper.PageSink() {
                @Override
                public void page(int number, List<PdfWord> words) {
                    seen.add(number);
                    Thread.currentThread().interrupt();
                }

                @Override
                public void failed(int number, Exception cause) {
                }
            }, Long.MAX_VALUE);
            PositionedTextStripper.ReadingStopped stop;
            try {
                stop = assertThrows(PositionedTextStripper.ReadingStopped.class, () -> stripper.read(d));
            } finally {
                Thread.interrupted();
            }
            assertEquals(List.of(1), seen);
            assertEquals(2, stop.page());
        }
        List<Integer> words = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            PositionedTextStripper capped = new PositionedTextStripper(new PositionedTextStripper.PageSink() {
                @Override
                public void page(int number, List<PdfWord> w) {
                    words.add(w.stream().mapToInt(x -> x.text().length() + 1).sum());
                }

                @Override
                public void failed(int number, Exception cause) {
                }
            }, 500);
            capped.read(d);
            assertTrue(capped.capped());
            assertTrue(words.stream().mapToInt(Integer::intValue).sum() <= 500, words::toString);
        }
    }

    private static List<List<PdfLine>> laidOut(Path file) throws IOException {
        List<List<PdfLine>> pages = new ArrayList<>();
        ColumnLayout layout = new ColumnLayout();
        try (PDDocument d = Loader.loadPDF(file.toFile())) {
            new PositionedTextStripper(new PositionedTextStripper.PageSink() {
                @Override
                public void page(int number, List<PdfWord> words) {
                    pages.add(layout.lay(number, words));
                }

                @Override
                public void failed(int number, Exception cause) {
                }
            }, Long.MAX_VALUE).read(d);
        }
        return pages;
    }

    private static void show(PDPageContentStream cs, PDType1Font font, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, 11);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
