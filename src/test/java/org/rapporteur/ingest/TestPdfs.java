package org.rapporteur.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Builds PDFs for tests: each page is a list of body lines set in Helvetica at fixed line spacing (an empty string
 * leaves a blank line, i.e. a paragraph gap), with an optional running header at the top and footer at the bottom.
 */
final class TestPdfs {
    static final float FONT_SIZE = 11;
    static final float LEADING = 14;

    private TestPdfs() {
    }

    /** {@code footer} may contain {@code %d} (page number) and a second {@code %d} (page count). */
    static void write(Path file, String header, String footer, List<List<String>> pages) throws IOException {
        write(file, header, footer, pages, null);
    }

    static void write(Path file, String header, String footer, List<List<String>> pages, String userPassword)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                float top = page.getMediaBox().getHeight() - 50;
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (header != null) {
                        text(cs, bold, 9, 72, top, header);
                    }
                    float y = top - 40;
                    for (String line : pages.get(i)) {
                        if (!line.isEmpty()) {
                            text(cs, font, FONT_SIZE, 72, y, line);
                        }
                        y -= LEADING;
                    }
                    if (footer != null) {
                        text(cs, font, 9, 260, 40, String.format(Locale.ROOT, footer, i + 1, pages.size()));
                    }
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(file.toFile());
        }
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
