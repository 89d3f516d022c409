package org.rapporteur.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PageRasterTest {
    private static final long CAP = 24_000_000L;

    private static PDDocument document(PDRectangle size) throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage(size);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 24);
            cs.newLineAtOffset(72, size.getHeight() - 100);
            cs.showText("Water and trade in the basin");
            cs.endText();
            cs.addRect(72, 72, 200, 20);
            cs.fill();
        }
        return doc;
    }

    @Test
    void anA4PageIsDrawnGreyAt300DpiWithInkOnIt() throws IOException {
        try (PDDocument doc = document(PDRectangle.A4)) {
            PageRaster.Rendered r = new PageRaster(doc, CAP, Duration.ofSeconds(30)).render(doc.getPage(0), 0);
            assertEquals(300, r.dpi());
            assertEquals(BufferedImage.TYPE_BYTE_GRAY, r.image().getType());
            assertEquals(2480, r.image().getWidth());
            assertTrue(r.inkShare() > 0.001 && r.inkShare() < 0.1, "ink " + r.inkShare());
        }
    }

    @Test
    void largePagesAreDrawnCoarserAndHugeOnesNotAtAll() throws IOException {
        try (PDDocument poster = document(new PDRectangle(20 * 72, 30 * 72));
             PDDocument huge = document(new PDRectangle(200 * 72, 200 * 72))) {
            PageRaster posterRaster = new PageRaster(poster, CAP, Duration.ofSeconds(30));
            assertEquals(200, posterRaster.dpiFor(poster.getPage(0)));
            assertNull(new PageRaster(huge, CAP, Duration.ofSeconds(30)).render(huge.getPage(0), 0));
        }
    }

    @Test
    void drawingStopsWhenTheThreadIsInterrupted() throws IOException {
        try (PDDocument doc = document(PDRectangle.A4)) {
            PageRaster raster = new PageRaster(doc, CAP, Duration.ofSeconds(30));
            Thread.currentThread().interrupt();
            try {
                assertThrows(InterruptedIOException.class, () -> raster.render(doc.getPage(0), 0));
            } finally {
                Thread.interrupted();
            }
        }
    }

    @Test
    void drawingStopsPastItsTime() throws IOException {
        try (PDDocument doc = document(PDRectangle.A4)) {
            PageRaster raster = new PageRaster(doc, CAP, Duration.ZERO);
            IOException e = assertThrows(PageRaster.TooSlowToDraw.class, () -> raster.render(doc.getPage(0), 0));
            assertEquals("drawing the page took longer than 0 s", e.getMessage());
        }
    }
}
