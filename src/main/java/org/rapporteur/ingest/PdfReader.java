package org.rapporteur.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.rapporteur.model.DeclaredMetadata;
import org.rapporteur.model.Problem;
import org.rapporteur.model.ProblemKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads PDFs as a person reads them: PDFBox finds each page's words with their positions and fonts, walking the page
 * tree once ({@link PositionedTextStripper}); {@link ColumnLayout} puts each page's words into lines in reading
 * order, column by column; {@link PdfTextAssembler} takes out running headers, footers and page numbers (kept as
 * page furniture) and footnotes (kept after the body text), tells headings by their type, and joins lines and
 * sentences across column and page breaks. The document is parsed with a temp-file stream cache, so memory stays
 * bounded whatever the file size; the {@link ReadBudget} bounds characters and time. Encrypted (password)
 * and damaged files fail with a clear reason; a page that cannot be read is skipped with a warning; a file that
 * looks truncated is read as far as it goes, with a warning; an interrupted reading thread (a watchdog's time
 * budget) stops the read with a "stopped" failure. A page without a text layer (a scan) is recognised by OCR
 * ({@link PageOcr}) when Tesseract is installed; its lines join the layout as one column in body type. Stateless,
 * thread-safe (a stripper per call).
 */
final class PdfReader implements FormatReader {
    private static final Logger LOG = LoggerFactory.getLogger(PdfReader.class);
    /** The PDF header must start within the first KB (some producers put junk before it). */
    private static final int HEADER_WINDOW = 1024;
    /** The end-of-file marker sits in the last KB of a complete file. */
    private static final int TRAILER_WINDOW = 1024;
    /** More pages than any report has: a declared count above it explains a slow read in the problem line. */
    private static final long MANY_PAGES = 100_000;

    private final PageOcr.Settings ocrSettings;

    PdfReader() {
        this(PageOcr.Settings.DEFAULT);
    }

    /** @param ocrSettings how pages without a text layer are recognised (tests read without OCR, or with less) */
    PdfReader(PageOcr.Settings ocrSettings) {
        this.ocrSettings = ocrSettings;
    }

    @Override
    public ExtractedText read(Path file, byte[] ignored, ReadBudget budget) throws ReadFailure {
        checkHeader(file);
        List<Problem> problems = new ArrayList<>();
        boolean complete = hasEofMarker(file);
        if (!complete) {
            problems.add(Problem.warning(file.toString(), ProblemKind.INCOMPLETE,
                    "PDF looks truncated (no end-of-file marker); text may be incomplete",
                    "download or export the file again"));
        }
        List<List<PdfLine>> pages = new ArrayList<>();
        DeclaredMetadata declared;
        PositionedTextStripper stripper;
        ColumnLayout layout = new ColumnLayout();
        PageOcr ocr;
        try (PDDocument doc = PdfDocumentLoader.open(file.toFile())) {
            long declaredPages = declaredPageCount(doc);
            if (declaredPages > MANY_PAGES) {
                budget.explain("the PDF declares " + NumberFormat.getIntegerInstance(Locale.ROOT).format(declaredPages)
                        + " pages");
            }
            budget.checkTime();
            declared = DocumentProperties.of(doc);
            stripper = new PositionedTextStripper(new PositionedTextStripper.PageSink() {
                @Override
                public void page(int number, List<PdfWord> words) {
                    // a page without words (a scan) stays an empty page here; OCR fills such pages in
                    pages.add(layout.lay(number, words));
                }

                @Override
                public void failed(int number, Exception cause) {
                    LOG.debug("page {} of {} not read", number, file, cause);
                    problems.add(Problem.warning(file.toString(), ProblemKind.INCOMPLETE, "page " + number
                            + " could not be read: "
                            + Ingestor.describe(cause), null));
                    pages.add(List.of());
                }
            }, budget.charsLeft(0));
            stripper.read(doc);
            ocr = new PageOcr(file, doc, ocrSettings);
            recogniseScannedPages(doc, pages, ocr, budget);
            if (declaredPages > stripper.pagesSeen() && stripper.pagesSeen() > 0 && !stripper.capped()) {
                NumberFormat n = NumberFormat.getIntegerInstance(Locale.ROOT);
                problems.add(Problem.warning(file.toString(), ProblemKind.INCOMPLETE,
                        "the PDF declares " + n.format(declaredPages)
                        + " pages but holds " + n.format(stripper.pagesSeen()) + "; those were read",
                        "if pages are missing, download or export the file again"));
            }
        } catch (PositionedTextStripper.ReadingStopped e) {
            if (budget.expired()) {
                throw budget.stoppedByTime();
            }
            throw new ReadFailure(ProblemKind.TOO_SLOW,
                    "stopped while reading page " + e.page() + " (the file took too long to read)",
                    "the file may be damaged or unusually complex; try re-saving or re-exporting it");
        } catch (InvalidPasswordException e) {
            throw new ReadFailure(ProblemKind.ENCRYPTED, "encrypted PDF: needs a password",
                    "save an unprotected copy (e.g. print to PDF) and add that", e);
        } catch (IOException e) {
            if (budget.expired()) {
                throw budget.stoppedByTime(); // the watchdog's interrupt closed the file under the parser
            }
            LOG.debug("PDF {} not read", file, e);
            if (!complete) {
                throw new ReadFailure(ProblemKind.DAMAGED, "damaged PDF: the file is truncated (" + damage(e) + ")",
                        "download or export the file again", e);
            }
            throw new ReadFailure(ProblemKind.DAMAGED,
                    "damaged PDF: " + damage(e), "try re-saving or re-exporting it (for example print "
                    + "it to PDF)", e);
        }
        if (stripper.pagesSeen() == 0) {
            throw new ReadFailure(ProblemKind.DAMAGED,
                    "damaged PDF: no pages found", "try re-saving or re-exporting it");
        }
        if (stripper.capped()) {
            throw budget.stoppedByChars(); // as for every format: past the character budget a file is one line
        }
        ExtractedText text = PdfTextAssembler.assemble(pages);
        problems.addAll(text.problems());
        if (text.text().isBlank() && ocr.used()) {
            throw ocr.nothingRead(stripper.pagesSeen());
        }
        problems.addAll(ocr.problems());
        return new ExtractedText(text.text(), ocr.mark(text.pages()), problems, declared, text.layout());
    }

    /**
     * Pages that yielded no words are most likely scans: OCR reads them, and their lines join the layout as one
     * column in the document's body type (OCR knows no fonts), a blank line between paragraphs. Only these pages are
     * looked up by number. Time spent waiting for Tesseract is not charged to the read budget's wall clock; OCR has
     * its own limits per page and per file.
     */
    private static void recogniseScannedPages(PDDocument doc, List<List<PdfLine>> pages, PageOcr ocr,
                                              ReadBudget budget) throws ReadFailure {
        float bodySize = usualSize(pages);
        for (int i = 0; i < pages.size(); i++) {
            if (!pages.get(i).isEmpty()) {
                continue;
            }
            PDPage page;
            try {
                page = doc.getPage(i);
            } catch (RuntimeException e) {
                continue; // the page tree lies about its pages (its /Count): the walk found this page, a lookup can't
            }
            if (!page.hasContents()) {
                continue; // nothing is drawn on it: blank, not scanned
            }
            long t0 = System.nanoTime();
            String text = ocr.recognise(page, i, i + 1);
            budget.waited(System.nanoTime() - t0);
            if (!text.isBlank()) {
                pages.set(i, OcrLines.of(i + 1, text, bodySize));
            }
        }
    }

    /** The most common type size of the lines read from the text layer; 10 pt when there are none. */
    private static float usualSize(List<List<PdfLine>> pages) {
        java.util.Map<Float, Integer> counts = new java.util.HashMap<>();
        for (List<PdfLine> page : pages) {
            for (PdfLine l : page) {
                counts.merge(Math.round(l.size() * 2) / 2f, l.text().length(), Integer::sum);
            }
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(10f);
    }

    /**
     * What is broken, in words for an analyst: the parser's own message names its internals ("Missing root object
     * specification in trailer", "COSStream"); the log keeps it.
     */
    static String damage(Exception e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("trailer") || m.contains("xref") || m.contains("startxref") || m.contains("root object")
                || m.contains("cross reference") || m.contains("cross-reference")) {
            return "its table of contents (the cross-reference table) is broken";
        }
        if (m.contains("page tree") || m.contains("pages")) {
            return "its list of pages is broken";
        }
        if (m.contains("decrypt") || m.contains("encrypt") || m.contains("security handler")) {
            return "its encryption cannot be opened";
        }
        if (m.contains("header")) {
            return "its header is broken";
        }
        if (m.contains("stream") || m.contains("filter") || m.contains("inflate") || m.contains("decode")) {
            return "a compressed part of it cannot be unpacked";
        }
        return "its structure cannot be read";
    }

    /** The page count the file's page tree declares (its root's {@code /Count}), which may be absurd; 0 if none. */
    private static long declaredPageCount(PDDocument doc) {
        COSDictionary root = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
        return root != null && root.getDictionaryObject(COSName.COUNT) instanceof COSNumber n ? n.longValue() : 0;
    }

    private static void checkHeader(Path file) throws ReadFailure {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(HEADER_WINDOW), StandardCharsets.ISO_8859_1);
            if (!head.contains("%PDF-")) {
                throw new ReadFailure(ProblemKind.DAMAGED,
                        "not a PDF file (no %PDF header)", "check that the file has the right extension");
            }
        } catch (IOException e) {
            throw new ReadFailure(ProblemKind.NO_ACCESS, "cannot read file: " + Ingestor.describe(e), null, e);
        }
    }

    private static boolean hasEofMarker(Path file) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long len = raf.length();
            int n = (int) Math.min(TRAILER_WINDOW, len);
            byte[] tail = new byte[n];
            raf.seek(len - n);
            raf.readFully(tail);
            return new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF");
        } catch (IOException e) {
            return false;
        }
    }
}
