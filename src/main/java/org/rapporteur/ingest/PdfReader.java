package org.rapporteur.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.rapporteur.model.DeclaredMetadata;
import org.rapporteur.model.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads PDFs with PDFBox, page by page, into paged text ({@link PageTextAssembler} joins lines and pages and drops
 * running headers and footers). The document is parsed with a temp-file stream cache, so memory stays bounded
 * whatever the file size. Encrypted (password) and damaged files fail with a clear reason; a page that cannot be
 * read is skipped with a warning; a file that looks truncated is read as far as it goes, with a warning. A page
 * without a text layer (a scan) is recognised by OCR ({@link PageOcr}) when Tesseract is installed.
 * Stateless, thread-safe (a stripper per call).
 */
final class PdfReader implements FormatReader {
    private static final Logger LOG = LoggerFactory.getLogger(PdfReader.class);
    /** The PDF header must start within the first KB (some producers put junk before it). */
    private static final int HEADER_WINDOW = 1024;
    /** The end-of-file marker sits in the last KB of a complete file. */
    private static final int TRAILER_WINDOW = 1024;

    private final PageOcr.Settings ocrSettings;

    PdfReader() {
        this(PageOcr.Settings.DEFAULT);
    }

    /** @param ocrSettings how pages without a text layer are recognised (tests read without OCR, or with less) */
    PdfReader(PageOcr.Settings ocrSettings) {
        this.ocrSettings = ocrSettings;
    }

    @Override
    public ExtractedText read(Path file, byte[] ignored) throws ReadFailure {
        checkHeader(file);
        List<Problem> problems = new ArrayList<>();
        boolean complete = hasEofMarker(file);
        if (!complete) {
            problems.add(Problem.warning(file.toString(), "PDF looks truncated (no end-of-file marker); text may be incomplete",
                    "download or export the file again"));
        }
        List<String> pages = new ArrayList<>();
        DeclaredMetadata declared;
        PageOcr ocr;
        int pageCount;
        try (PDDocument doc = Loader.loadPDF(file.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
            int n = doc.getNumberOfPages();
            if (n == 0) {
                throw new ReadFailure("damaged PDF: no pages found", "try re-saving or re-exporting it");
            }
            pageCount = n;
            declared = DocumentProperties.of(doc);
            ocr = new PageOcr(file, doc, ocrSettings);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            stripper.setSortByPosition(false);
            for (int p = 1; p <= n; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                try {
                    String text = stripper.getText(doc);
                    // a page without a text layer is most likely a scan: OCR reads it (PageOcr)
                    pages.add(text.isBlank() ? ocr.recognise(doc.getPage(p - 1), p - 1, p) : text);
                } catch (IOException | RuntimeException e) {
                    LOG.debug("page {} of {} not read", p, file, e);
                    problems.add(Problem.warning(file.toString(), "page " + p + " could not be read: "
                            + Ingestor.describe(e), null));
                    pages.add("");
                }
            }
        } catch (InvalidPasswordException e) {
            throw new ReadFailure("encrypted PDF: needs a password",
                    "save an unprotected copy (e.g. print to PDF) and add that", e);
        } catch (IOException e) {
            if (!complete) {
                throw new ReadFailure("damaged PDF: the file is truncated (" + Ingestor.describe(e) + ")",
                        "download or export the file again", e);
            }
            throw new ReadFailure("damaged PDF: " + Ingestor.describe(e), "try re-saving or re-exporting it", e);
        }
        ExtractedText text = PageTextAssembler.assemble(pages);
        problems.addAll(text.problems());
        if (text.text().isBlank() && ocr.used()) {
            throw ocr.nothingRead(pageCount);
        }
        problems.addAll(ocr.problems());
        return new ExtractedText(text.text(), ocr.mark(text.pages()), problems, declared);
    }

    private static void checkHeader(Path file) throws ReadFailure {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(HEADER_WINDOW), StandardCharsets.ISO_8859_1);
            if (!head.contains("%PDF-")) {
                throw new ReadFailure("not a PDF file (no %PDF header)", "check that the file has the right extension");
            }
        } catch (IOException e) {
            throw new ReadFailure("cannot read file: " + Ingestor.describe(e), null, e);
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
