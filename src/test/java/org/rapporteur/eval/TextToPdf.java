package org.rapporteur.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Sets a plain-text report in Helvetica on A4 pages, so that the evaluation has one real PDF whose text we wrote (the
 * repository keeps the text; the PDF is made at eval/test time). Paragraphs are wrapped at the page width, as a word
 * processor would; a blank line stays a paragraph gap. Usage: {@code TextToPdf SOURCE.txt TARGET.pdf}.
 */
public final class TextToPdf {
    private static final float SIZE = 11;
    private static final float LEADING = 14;
    private static final float MARGIN = 60;

    private TextToPdf() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TextToPdf SOURCE.txt TARGET.pdf");
            System.exit(2);
        }
        render(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8), Path.of(args[1]));
    }

    public static void render(String text, Path target) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            for (String para : text.split("\n", -1)) {
                lines.addAll(wrap(para, font, width));
            }
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
            for (int from = 0; from < lines.size(); from += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = PDRectangle.A4.getHeight() - MARGIN;
                    for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
                        if (!line.isEmpty()) {
                            cs.beginText();
                            cs.setFont(font, SIZE);
                            cs.newLineAtOffset(MARGIN, y);
                            cs.showText(line);
                            cs.endText();
                        }
                        y -= LEADING;
                    }
                }
            }
            doc.save(target.toFile());
        }
    }

    /** Greedy word wrap of one paragraph; an empty paragraph is one empty line. */
    static List<String> wrap(String para, PDType1Font font, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : para.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * SIZE > width) {
                out.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        out.add(line.toString());
        return out;
    }
}
