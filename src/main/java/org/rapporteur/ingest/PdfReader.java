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
import org.rapporteur.model.DeclaredMetadata;
import org.rapporteur.model.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads PDFs as a person reads them: PDFBox finds each page's words with their positions and fonts, walking the page
 * tree once ({@link PositionedTextStripper}); {@link ColumnLayout} puts each page's words into lines in reading
 * order, column by column; {@link PdfTextAssembler} takes out running headers, footers and page numbers (kept as
 * page furniture) and footnotes (kept after the body text), tells headings by their type, and joins lines and
 * sentences across column and page breaks. The document is parsed with a temp-file stream cache, so memory stays
 * bounded whatever the file size; at most {@link #MAX_TEXT_CHARS} characters are collected. Encrypted (password)
 * and damaged files fail with a clear reason; a page that cannot be read is skipped with a warning; a file that
 * looks truncated is read as far as it goes, with a warning; an interrupted reading thread (a watchdog's time
 * budget) stops the read with a "stopped" failure. Stateless, thread-safe (a stripper per call).
 */
final class PdfReader implements FormatReader {
    private static final Logger LOG = LoggerFactory.getLogger(PdfReader.class);
    /** The PDF header must start within the first KB (some producers put junk before it). */
    private static final int HEADER_WINDOW = 1024;
    /** The end-of-file marker sits in the last KB of a complete file. */
    private static final int TRAILER_WINDOW = 1024;
    /** Characters collected at most, as for text files; past it the rest of the file is left out with a warning. */
    static final long MAX_TEXT_CHARS = Ingestor.MAX_TEXT_BYTES;

    @Override
    public ExtractedText read(Path file, byte[] ignored) throws ReadFailure {
        checkHeader(file);
        List<Problem> problems = new ArrayList<>();
        boolean complete = hasEofMarker(file);
        if (!complete) {
            problems.add(Problem.warning(file.toString(), "PDF looks truncated (no end-of-file marker); text may be incomplete",
                    "download or export the file again"));
        }
        List<List<PdfLine>> pages = new ArrayList<>();
        DeclaredMetadata declared;
        PositionedTextStripper stripper;
        ColumnLayout layout = new ColumnLayout();
        try (PDDocument doc = Loader.loadPDF(file.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
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
                    problems.add(Problem.warning(file.toString(), "page " + number + " could not be read: "
                            + Ingestor.describe(cause), null));
                    pages.add(List.of());
                }
            }, MAX_TEXT_CHARS);
            stripper.read(doc);
        } catch (PositionedTextStripper.ReadingStopped e) {
            throw new ReadFailure("stopped while reading page " + e.page() + " (the file took too long to read)",
                    "the file may be damaged or unusually complex; try re-saving or re-exporting it");
        } catch (InvalidPasswordException e) {
            throw new ReadFailure("encrypted PDF: needs a password",
                    "save an unprotected copy (e.g. print to PDF) and add that", e);
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                // an interrupt closes the file channel under PDFBox: the watchdog stopped us, the file is not damaged
                throw new ReadFailure("stopped while reading (the file took too long to read)",
                        "the file may be damaged or unusually complex; try re-saving or re-exporting it", e);
            }
            if (!complete) {
                throw new ReadFailure("damaged PDF: the file is truncated (" + Ingestor.describe(e) + ")",
                        "download or export the file again", e);
            }
            throw new ReadFailure("damaged PDF: " + Ingestor.describe(e), "try re-saving or re-exporting it", e);
        }
        if (stripper.pagesSeen() == 0) {
            throw new ReadFailure("damaged PDF: no pages found", "try re-saving or re-exporting it");
        }
        if (stripper.capped()) {
            problems.add(Problem.warning(file.toString(), "text cut after " + MAX_TEXT_CHARS / (1024 * 1024)
                    + " million characters; the rest of the file is not searchable",
                    "split the file, or extract the part you need"));
        }
        ExtractedText text = PdfTextAssembler.assemble(pages);
        problems.addAll(text.problems());
        return new ExtractedText(text.text(), text.pages(), problems, declared, text.layout());
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
