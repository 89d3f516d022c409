package org.rapporteur.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Walks a PDF's pages once, in the page tree's order, and hands each page's words with their positions and fonts to
 * a {@link PageSink}. PDFBox still finds the characters (de-duplicating overlapping text and placing accents); the
 * layout (lines, columns, reading order) is ours, so nothing PDFBox writes is kept.
 *
 * <p>Bounded: it checks the reading thread's interrupt flag before each page and every
 * {@link #CHECK_EVERY} operators or characters inside a page, and then stops with {@link ReadingStopped} (a watchdog
 * interrupts a read that runs over its time budget); past {@code maxChars} characters it stops collecting and
 * reports {@link #capped()}. A page PDFBox cannot read is reported to the sink as failed and the walk goes on. One
 * instance per document; not thread-safe.
 */
final class PositionedTextStripper extends PDFTextStripper {
    /** How often (operators, characters) a page checks whether the read was stopped. */
    static final int CHECK_EVERY = 512;
    private static final String BOLD_NAMES = "bold|black|heavy|semibold|demibold|extrabold|ultrabold";

    /** Receives the pages in order. */
    interface PageSink {
        void page(int number, List<PdfWord> words);

        void failed(int number, Exception cause);
    }

    /** Thrown when the reading thread is interrupted; the caller turns it into a "stopped" failure. */
    static final class ReadingStopped extends RuntimeException {
        private final int page;

        ReadingStopped(int page) {
            super("stopped at page " + page, null, false, false);
            this.page = page;
        }

        int page() {
            return page;
        }
    }

    private final PageSink sink;
    private final long maxChars;
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private List<PdfWord> words = new ArrayList<>();
    private int pageNumber;
    private long chars;
    private boolean capped;
    private int ticks;

    PositionedTextStripper(PageSink sink, long maxChars) {
        this.sink = sink;
        this.maxChars = maxChars;
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /** Reads every page of {@code doc} into the sink. */
    void read(PDDocument doc) throws IOException {
        writeText(doc, Writer.nullWriter());
    }

    /** True when the character cap was reached and later text was left out. */
    boolean capped() {
        return capped;
    }

    int pagesSeen() {
        return pageNumber;
    }

    /**
     * One walk over the page tree (its iterator follows the kids; it never looks pages up by number, so a file that
     * declares billions of pages costs only the pages it has).
     */
    @Override
    protected void processPages(PDPageTree pages) throws IOException {
        for (PDPage page : pages) {
            pageNumber++;
            checkStopped();
            if (capped) {
                return;
            }
            readPage(page);
        }
    }

    private void readPage(PDPage page) {
        words = new ArrayList<>();
        if (!page.hasContents()) {
            sink.page(pageNumber, List.of());
            return;
        }
        try {
            processPage(page);
        } catch (ReadingStopped e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            sink.failed(pageNumber, e);
            return;
        }
        List<PdfWord> done = words;
        words = new ArrayList<>();
        sink.page(pageNumber, done);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        tick();
        super.processOperator(operator, operands);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        tick();
        super.processTextPosition(text);
    }

    private void tick() {
        if (++ticks % CHECK_EVERY == 0) {
            checkStopped();
        }
    }

    private void checkStopped() {
        if (Thread.currentThread().isInterrupted()) {
            throw new ReadingStopped(pageNumber);
        }
    }

    /** PDFBox calls this once per word it found (a "word" may hold spaces): split it into real words with boxes. */
    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (capped) {
            return;
        }
        StringBuilder b = new StringBuilder();
        TextPosition first = null;
        TextPosition last = null;
        for (TextPosition p : positions) {
            String u = p.getUnicode();
            if (u == null || u.isBlank()) {
                addWord(b, first, last);
                b.setLength(0);
                first = null;
                continue;
            }
            if (first != null && startsAnotherWord(last, p)) {
                addWord(b, first, last);
                b.setLength(0);
                first = null;
            }
            if (first == null) {
                first = p;
            }
            b.append(u);
            last = p;
        }
        addWord(b, first, last);
    }

    /** A change of size or a jump off the baseline inside a run of characters: a footnote mark, a new column. */
    private static boolean startsAnotherWord(TextPosition a, TextPosition b) {
        float sa = a.getFontSizeInPt();
        float sb = b.getFontSizeInPt();
        float size = Math.max(sa, sb);
        return Math.abs(sa - sb) > 0.15f * size || Math.abs(a.getYDirAdj() - b.getYDirAdj()) > 0.15f * size
                || b.getXDirAdj() < a.getXDirAdj() - 0.5f * size;
    }

    private void addWord(StringBuilder b, TextPosition first, TextPosition last) {
        if (first == null || b.isEmpty()) {
            return;
        }
        chars += b.length() + 1;
        if (chars > maxChars) {
            capped = true;
            return;
        }
        float size = first.getFontSizeInPt();
        if (!(size > 0) || size > 500) {
            size = first.getHeightDir() > 0 ? first.getHeightDir() * 1.4f : 10;
        }
        float x0 = first.getXDirAdj();
        float x1 = Math.max(x0, last.getXDirAdj() + last.getWidthDirAdj());
        words.add(new PdfWord(b.toString(), x0, x1, first.getYDirAdj(), size, isBold(first.getFont())));
    }

    /** A font is bold when its descriptor says so (weight, force-bold flag) or its name does ("Arial-BoldMT"). */
    private boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        return boldFonts.computeIfAbsent(font, f -> {
            PDFontDescriptor d = f.getFontDescriptor();
            if (d != null && (d.isForceBold() || d.getFontWeight() >= 600)) {
                return true;
            }
            String name = f.getName();
            return name != null && name.toLowerCase(Locale.ROOT).matches(".*(" + BOLD_NAMES + ").*");
        });
    }
}
