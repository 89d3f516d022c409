package org.rapporteur.testing;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Builds "scanned" PDFs for OCR tests: report text is typeset with Java2D into a grey A4 image at a scanner's
 * resolution — a chosen font and size, optionally turned by a fraction of a degree and sprinkled with specks, as a
 * scanner leaves them — and the image alone becomes the page (no text layer), stored as JPEG or lossless.
 * Pages may also be ordinary text pages, to mix both in one file.
 */
public final class ScannedPdfs {
    private ScannedPdfs() {
    }

    /** How one scanned page looks. */
    public record Look(String fontFamily, int fontStyle, float pointSize, double skewDegrees, double speckShare,
                       int scanDpi, boolean jpeg) {
        public static Look plain() {
            return new Look(Font.SERIF, Font.PLAIN, 12, 0, 0, 300, false);
        }

        public String describe() {
            return fontFamily + (fontStyle == Font.BOLD ? " bold" : fontStyle == Font.ITALIC ? " italic" : "") + " "
                    + pointSize + " pt, " + skewDegrees + "°, specks " + speckShare + ", " + scanDpi + " dpi"
                    + (jpeg ? ", JPEG" : "");
        }
    }

    /** One page: either a scan of {@code paragraphs} (look not null) or a text page with those lines. */
    public record Page(List<String> paragraphs, Look look) {
        public static Page scanned(List<String> paragraphs, Look look) {
            return new Page(paragraphs, look);
        }

        public static Page text(List<String> paragraphs) {
            return new Page(paragraphs, null);
        }
    }

    public static void write(Path file, List<Page> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (Page p : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (p.look() == null) {
                        writeTextLayer(cs, p.paragraphs());
                    } else {
                        BufferedImage scan = scan(p.paragraphs(), p.look());
                        PDImageXObject image = p.look().jpeg() ? JPEGFactory.createFromImage(doc, scan, 0.8f)
                                : LosslessFactory.createFromImage(doc, scan);
                        cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                    }
                }
            }
            doc.save(file.toFile());
        }
    }

    /** A4 at {@code look.scanDpi()}: paragraphs wrapped inside one-inch margins, a line's gap between paragraphs. */
    public static BufferedImage scan(List<String> paragraphs, Look look) {
        int dpi = look.scanDpi();
        int width = Math.round(PDRectangle.A4.getWidth() / 72f * dpi);
        int height = Math.round(PDRectangle.A4.getHeight() / 72f * dpi);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.rotate(Math.toRadians(look.skewDegrees()), width / 2.0, height / 2.0);
            g.setColor(new Color(25, 25, 25));
            Font font = new Font(look.fontFamily(), look.fontStyle(), 1).deriveFont(look.pointSize() * dpi / 72f);
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            int margin = dpi; // one inch
            int lineHeight = Math.round(fm.getHeight() * 1.15f);
            int y = margin + fm.getAscent();
            for (String paragraph : paragraphs) {
                for (String line : wrap(paragraph, fm, width - 2 * margin)) {
                    if (y > height - margin) {
                        throw new IllegalArgumentException("text does not fit on one page at " + look.describe());
                    }
                    g.drawString(line, margin, y);
                    y += lineHeight;
                }
                y += lineHeight;
            }
        } finally {
            g.dispose();
        }
        speckle(image, look.speckShare(), new Random(paragraphs.hashCode()));
        return image;
    }

    private static List<String> wrap(String paragraph, FontMetrics fm, int maxWidth) {
        return WordWrap.wrap(paragraph, fm::stringWidth, maxWidth);
    }

    /** Dark specks of one or two pixels, as dust on a scanner's glass leaves them. */
    private static void speckle(BufferedImage image, double share, Random random) {
        long specks = Math.round(share * image.getWidth() * image.getHeight());
        for (long i = 0; i < specks; i++) {
            int x = random.nextInt(image.getWidth() - 1);
            int y = random.nextInt(image.getHeight() - 1);
            int size = 1 + random.nextInt(2);
            for (int dx = 0; dx < size; dx++) {
                for (int dy = 0; dy < size; dy++) {
                    image.getRaster().setSample(x + dx, y + dy, 0, 40 + random.nextInt(60));
                }
            }
        }
    }

    private static void writeTextLayer(PDPageContentStream cs, List<String> paragraphs) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float y = PDRectangle.A4.getHeight() - 72;
        for (String paragraph : paragraphs) {
            cs.beginText();
            cs.setFont(font, 11);
            cs.newLineAtOffset(72, y);
            cs.showText(paragraph);
            cs.endText();
            y -= 28;
        }
    }
}
