package org.rapporteur.ingest.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/**
 * Renders PDF pages to grey images for OCR: 300 dpi, the resolution Tesseract is trained for, lowered for pages so
 * large that the image would pass {@link #maxPixels} (a poster or a mis-sized page must not take the heap).
 * Images inside the page are subsampled while rendering, so a huge scan costs what the output needs, not its own size.
 * One per document; not thread-safe (neither is the document).
 */
public final class PageRaster {
    public static final int DPI = 300;
    /** Lowest resolution worth recognising; below it letters are a few pixels high. */
    static final int MIN_DPI = 100;
    private static final float POINTS_PER_INCH = 72f;
    /** A pixel counts as ink below this grey level (0 black, 255 white). */
    private static final int INK = 128;

    private final BoundedRenderer renderer;
    private final long maxPixels;

    /**
     * @param maxPixels  the largest image rendered (A4 at 300 dpi is 8.7 million pixels)
     * @param renderTime the longest one page may take to draw (heavy transparency can take minutes)
     */
    public PageRaster(PDDocument doc, long maxPixels, Duration renderTime) {
        this.renderer = new BoundedRenderer(doc, renderTime);
        this.renderer.setSubsamplingAllowed(true);
        this.maxPixels = maxPixels;
    }

    /** Drawing a page took longer than allowed. */
    public static final class TooSlowToDraw extends IOException {
        TooSlowToDraw(Duration limit) {
            super("drawing the page took longer than " + limit.toSeconds() + " s");
        }
    }

    /**
     * A renderer that looks at the clock and the thread's interrupt before every drawing operator: PDFBox's own
     * rendering is plain computation that neither an interrupt nor a timeout would otherwise stop.
     */
    private static final class BoundedRenderer extends PDFRenderer {
        private final Duration limit;
        private long deadline;

        BoundedRenderer(PDDocument doc, Duration limit) {
            super(doc);
            this.limit = limit;
        }

        BufferedImage render(int index, float dpi) throws IOException {
            deadline = System.nanoTime() + limit.toNanos();
            return renderImageWithDPI(index, dpi, ImageType.GRAY);
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            return new PageDrawer(parameters) {
                @Override
                protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedIOException("interrupted while drawing the page");
                    }
                    if (System.nanoTime() > deadline) {
                        throw new TooSlowToDraw(limit);
                    }
                    super.processOperator(operator, operands);
                }
            };
        }
    }

    /** A rendered page and the resolution it was rendered at (Tesseract needs it to judge letter sizes). */
    public record Rendered(BufferedImage image, int dpi) {
        /** Share of ink pixels: a page with (almost) none is blank and not worth recognising. */
        public double inkShare() {
            byte[] px = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            long ink = 0;
            // every 7th pixel: enough to tell a blank page from one with words, at a seventh of the cost
            for (int i = 0; i < px.length; i += 7) {
                if ((px[i] & 0xff) < INK) {
                    ink++;
                }
            }
            return px.length == 0 ? 0 : ink * 7.0 / px.length;
        }
    }

    /**
     * Renders page {@code index} (0-based), or returns null when even {@link #MIN_DPI} would pass the pixel cap.
     *
     * @throws InterruptedIOException when the thread is interrupted while drawing
     * @throws TooSlowToDraw          when drawing takes longer than allowed
     */
    public Rendered render(PDPage page, int index) throws IOException {
        int dpi = dpiFor(page);
        if (dpi < MIN_DPI) {
            return null;
        }
        BufferedImage image = renderer.render(index, dpi);
        return new Rendered(image, dpi);
    }

    /** 300 dpi, or less when the page at 300 dpi would pass the pixel cap. */
    public int dpiFor(PDPage page) {
        PDRectangle box = page.getCropBox();
        double inches = (double) box.getWidth() / POINTS_PER_INCH * box.getHeight() / POINTS_PER_INCH;
        if (inches <= 0) {
            return DPI;
        }
        double fitting = Math.sqrt(maxPixels / inches);
        return (int) Math.min(DPI, Math.floor(fitting));
    }
}
