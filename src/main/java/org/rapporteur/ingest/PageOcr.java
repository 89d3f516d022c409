package org.rapporteur.ingest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.rapporteur.ingest.ocr.OcrException;
import org.rapporteur.ingest.ocr.OcrResult;
import org.rapporteur.ingest.ocr.PageRaster;
import org.rapporteur.ingest.ocr.RecognisedPages;
import org.rapporteur.ingest.ocr.TesseractEngine;
import org.rapporteur.model.PageSpan;
import org.rapporteur.model.Problem;
import org.rapporteur.model.ProblemKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OCR for the pages of one PDF that have no text layer (scans): {@link PdfReader} hands each such page here and gets
 * back the recognised text, which then goes through the same page assembly as any text layer. Afterwards
 * {@link #problems()} says which pages were recognised and how confidently (one warning per file, so {@code reports}
 * and the workbench show "OCR text on pages 1–4, mean confidence 91 %"), which could not be, and why;
 * {@link #mark(List)} flags the page spans that hold OCR text.
 *
 * <p>Bounded: at most {@link Settings#maxPages()} pages and {@link Settings#fileTime()} per file, each page with a time
 * limit for drawing and one for recognising, and a pixel cap. The engine
 * is looked up only when a page needs it, so files with text layers never start Tesseract. When Tesseract is not
 * installed the file is still read (its pages with text layers), and the missing pages are one warning line.
 *
 * <p>One per file read, on the reading thread; not thread-safe.
 */
final class PageOcr {
    private static final Logger LOG = LoggerFactory.getLogger(PageOcr.class);
    static final String INSTALL_HINT = "install Tesseract (package tesseract-ocr) to read scanned pages";

    /**
     * How OCR runs.
     *
     * @param engine      finds the Tesseract to use; asked once, when the first page without text appears
     * @param maxPages    pages recognised per file at most (a scanned book must not hold up a batch for an hour)
     * @param pageTimeout time one page may take to draw and to recognise, each; a normal page takes 1–4 s
     * @param fileTime    time OCR may take per file, all pages together; pages after it are named, not read
     * @param maxPixels   largest page image (300 dpi is lowered for bigger pages)
     */
    record Settings(Supplier<Optional<TesseractEngine>> engine, int maxPages, Duration pageTimeout, Duration fileTime,
                    long maxPixels) {
        static final Settings DEFAULT = new Settings(TesseractEngine::onThisMachine, 60, Duration.ofSeconds(60),
                Duration.ofSeconds(180), 24_000_000L);

        /** Reading without OCR, as on a machine without Tesseract. */
        static Settings withoutOcr() {
            return DEFAULT.withEngine(Optional.empty());
        }

        Settings withEngine(Optional<TesseractEngine> e) {
            return new Settings(() -> e, maxPages, pageTimeout, fileTime, maxPixels);
        }
    }

    /**
     * Below this mean word confidence a page's "words" are taken for a picture read as letters (a chart, a drawing,
     * a photo), not text: a page of text, even a poor scan, is read with 60 or more, and pictures come out at 10–35.
     */
    static final double PICTURE_CONFIDENCE = 40;
    /** Below this share of dark pixels a rendered page is blank (a speck or two, a faint border). */
    private static final double BLANK_INK = 0.0005;

    private final Path file;
    private final PDDocument doc;
    private final Settings settings;
    private Optional<TesseractEngine> engine;
    private PageRaster raster;
    private String fileSha256;
    private long spentNanos;
    /** Page number → what OCR read there, for pages with words. */
    private final TreeMap<Integer, OcrResult> recognised = new TreeMap<>();
    /** Page number → confidence, for pages whose marks OCR could not read as words. */
    private final TreeMap<Integer, Double> pictures = new TreeMap<>();
    private final List<Integer> blank = new ArrayList<>();
    private final List<Integer> unread = new ArrayList<>();
    private final List<Integer> overPageCap = new ArrayList<>();
    private final List<Integer> overTimeCap = new ArrayList<>();
    private final List<Problem> failures = new ArrayList<>();

    PageOcr(Path file, PDDocument doc, Settings settings) {
        this.file = file;
        this.doc = doc;
        this.settings = settings;
    }

    /**
     * The text of page {@code number} (1-based; {@code index} is its 0-based index in the document), whose text layer
     * is empty: recognised by OCR, or "" when the page is blank or a picture, OCR is unavailable or fails (noted for
     * {@link #problems()}).
     *
     * @throws ReadFailure when the reading thread is interrupted (Cancel, the per-file time budget): the Tesseract
     *                     process is killed and the interrupt flag stays set for whoever reports the stop
     */
    String recognise(PDPage page, int index, int number) throws ReadFailure {
        if (engine == null) {
            engine = settings.engine().get();
        }
        if (engine.isEmpty()) {
            unread.add(number);
            return "";
        }
        if (recognised.size() + pictures.size() + blank.size() >= settings.maxPages()) {
            overPageCap.add(number);
            return "";
        }
        if (spentNanos >= settings.fileTime().toNanos()) {
            overTimeCap.add(number);
            return "";
        }
        long t0 = System.nanoTime();
        try {
            return read(page, index, number);
        } catch (OcrException e) {
            failures.add(Problem.warning(file.toString(), ProblemKind.OCR_FAILED,
                    "page " + number + " has no text layer; "
                    + e.getMessage(), "the page may be damaged or unusually large; try re-scanning it"));
            return "";
        } catch (InterruptedIOException | InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadFailure(ProblemKind.TOO_SLOW,
                    "stopped while recognising page " + number + " by OCR", null, e);
        } catch (PageRaster.TooSlowToDraw e) {
            failures.add(Problem.warning(file.toString(), ProblemKind.OCR_FAILED,
                    "page " + number + " has no text layer and " + e.getMessage()
                    + "; it was not read by OCR", null));
            return "";
        } catch (IOException | RuntimeException e) {
            // the library's words ("Float cannot be cast to Integer") tell an analyst nothing: they go to the log
            LOG.info("page {} of {} not drawn for OCR: {}", number, file, Ingestor.describe(e));
            LOG.debug("page {} of {} not drawn for OCR", number, file, e);
            failures.add(Problem.warning(file.toString(), ProblemKind.OCR_FAILED, "page " + number
                    + " has no text layer and could not be drawn for OCR", "the page may be damaged"));
            return "";
        } catch (OutOfMemoryError e) {
            failures.add(Problem.warning(file.toString(), ProblemKind.OCR_FAILED, "page " + number
                    + " is too large to draw for OCR in the available memory", null));
            return "";
        } finally {
            spentNanos += System.nanoTime() - t0;
        }
    }

    private String read(PDPage page, int index, int number)
            throws IOException, OcrException, InterruptedException, ReadFailure {
        if (raster == null) {
            raster = new PageRaster(doc, settings.maxPixels(), settings.pageTimeout());
        }
        if (fileSha256 == null) {
            fileSha256 = Ingestor.sha256(file);
        }
        String key = RecognisedPages.key(engine.get(), fileSha256, index, raster.dpiFor(page));
        Optional<OcrResult> known = RecognisedPages.get(key);
        if (known.isPresent()) {
            return keep(number, known.get());
        }
        PageRaster.Rendered image = raster.render(page, index);
        if (image == null) {
            failures.add(Problem.warning(file.toString(), ProblemKind.OCR_FAILED, "page " + number
                    + " is too large to draw for OCR", "split or re-scan the page at a normal size"));
            return "";
        }
        if (image.inkShare() < BLANK_INK) {
            RecognisedPages.put(key, OcrResult.EMPTY); // an empty page: nothing to recognise
            return keep(number, OcrResult.EMPTY);
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
        long t0 = System.nanoTime();
        OcrResult result = engine.get().recognise(image.image(), image.dpi(), settings.pageTimeout());
        LOG.debug("OCR of page {} of {}: {} words, confidence {}, {} ms", number, file, result.words(),
                result.meanConfidence(), (System.nanoTime() - t0) / 1_000_000);
        RecognisedPages.put(key, result);
        return keep(number, result);
    }

    /** Files the page under what OCR made of it; the text it contributes. */
    private String keep(int number, OcrResult result) {
        if (result.isEmpty()) {
            blank.add(number);
            return "";
        }
        if (result.meanConfidence() < PICTURE_CONFIDENCE) {
            pictures.put(number, result.meanConfidence());
            return "";
        }
        recognised.put(number, result);
        return result.text();
    }

    /** True when at least one page was handed to OCR. */
    boolean used() {
        return !recognised.isEmpty() || !pictures.isEmpty() || !blank.isEmpty() || !unread.isEmpty()
                || !overPageCap.isEmpty() || !overTimeCap.isEmpty() || !failures.isEmpty();
    }

    /** What happened to the pages without a text layer, one line per kind. */
    List<Problem> problems() {
        String where = file.toString();
        List<Problem> out = new ArrayList<>();
        if (!recognised.isEmpty()) {
            out.add(Problem.warning(where, ProblemKind.OCR_TEXT,
                    "OCR text on " + pages(List.copyOf(recognised.keySet()))
                    + ", mean confidence " + Math.round(meanConfidence()) + " %",
                    "these pages have no text layer; check quotes against the page images"));
        }
        if (!pictures.isEmpty()) {
            out.add(Problem.warning(where, ProblemKind.OCR_FAILED,
                    pages(List.copyOf(pictures.keySet())) + ": no text layer, and OCR read "
                    + "no words it was sure of (mean confidence " + Math.round(mean(pictures.values())) + " %)",
                    "left out; the page may be a picture or a drawing"));
        }
        if (!unread.isEmpty()) {
            out.add(Problem.warning(where, ProblemKind.NO_TEXT_LAYER,
                    pages(unread) + (unread.size() == 1 ? " has" : " have")
                    + " no text layer", INSTALL_HINT));
        }
        if (!overPageCap.isEmpty()) {
            out.add(Problem.warning(where, ProblemKind.OCR_LIMIT, pages(overPageCap) + " not read: OCR stops after "
                    + settings.maxPages() + (settings.maxPages() == 1 ? " page" : " pages") + " of a file",
                    "split the file to read the rest"));
        }
        if (!overTimeCap.isEmpty()) {
            out.add(Problem.warning(where, ProblemKind.OCR_LIMIT, pages(overTimeCap) + " not read: OCR stops after "
                    + settings.fileTime().toSeconds() + " s on a file", "split the file to read the rest"));
        }
        out.addAll(failures);
        return out;
    }

    /**
     * Why a PDF whose text came out blank could not be read, now that OCR has had its go: none of its pages has a
     * text layer and Tesseract is missing, or OCR found no words.
     */
    ReadFailure nothingRead(int pageCount) {
        if (!unread.isEmpty()) {
            return new ReadFailure(ProblemKind.NO_TEXT_LAYER, pageCount == 1 ? "the page has no text layer (a scan?)"
                    : "none of its " + pageCount + " pages has a text layer (a scan?)", INSTALL_HINT);
        }
        if (!pictures.isEmpty() || !blank.isEmpty()) {
            return new ReadFailure(ProblemKind.NO_TEXT,
                    "no readable text: the pages have no text layer and OCR found no words on them",
                    pictures.isEmpty() ? "the pages look blank" : "the pages may be pictures or drawings");
        }
        List<Problem> why = problems();
        return new ReadFailure(ProblemKind.NO_TEXT,
                "no readable text: " + (why.isEmpty() ? "the pages have no text layer"
                : why.getFirst().reason()), why.isEmpty() ? null : why.getFirst().hint());
    }

    /** The spans of pages whose text came from OCR, with that page's confidence; other spans as they are. */
    List<PageSpan> mark(List<PageSpan> spans) {
        if (recognised.isEmpty()) {
            return spans;
        }
        List<PageSpan> out = new ArrayList<>(spans.size());
        for (PageSpan s : spans) {
            OcrResult r = recognised.get(s.number());
            out.add(r == null || r.isEmpty() ? s : s.withOcrConfidence(r.meanConfidence()));
        }
        return out;
    }

    private static double mean(java.util.Collection<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** Word-weighted mean over the recognised pages, so a page with three words does not count like a full one. */
    private double meanConfidence() {
        long words = 0;
        double sum = 0;
        for (OcrResult r : recognised.values()) {
            words += r.words();
            sum += r.meanConfidence() * r.words();
        }
        return words == 0 ? 0 : sum / words;
    }

    /** "page 3", "pages 1–4, 7". */
    static String pages(List<Integer> numbers) {
        StringBuilder b = new StringBuilder(numbers.size() == 1 ? "page " : "pages ");
        int i = 0;
        while (i < numbers.size()) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            if (i > 0) {
                b.append(", ");
            }
            b.append(numbers.get(i));
            if (j > i) {
                b.append('–').append(numbers.get(j));
            }
            i = j + 1;
        }
        return b.toString();
    }
}
