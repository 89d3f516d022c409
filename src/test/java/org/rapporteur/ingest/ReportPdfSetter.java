package org.rapporteur.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Sets a report as a typeset PDF the way report designers do, for layout tests: A4, a running header on every page
 * (also the first, as real reports have it), a page number in the footer, a large bold title across the page,
 * then body text in Times 10 pt flowing through two (or one) columns and over pages, headings in bold Helvetica,
 * footnote marks raised after sentences with their notes in 8 pt at the foot of the column. Each word is placed by
 * its own width (justified lines have wider spaces), so the PDF has no line structure but the positions.
 */
final class ReportPdfSetter {
    static final float BODY_SIZE = 10;
    static final float BODY_LEADING = 12.5f;
    static final float NOTE_SIZE = 8;
    static final float NOTE_LEADING = 10;
    static final float HEADING_SIZE = 12;
    private static final float MARK_SIZE = 6.5f;
    private static final float MARK_RISE = 3.5f;
    private static final float MARGIN = 56;
    private static final float GUTTER = 18;
    private static final float TOP = 70;
    private static final float BOTTOM = 60;
    private static final float PAGE_W = PDRectangle.A4.getWidth();
    private static final float PAGE_H = PDRectangle.A4.getHeight();

    /** Something on the page, in reading order. */
    sealed interface Item permits Heading, Para, Plain {
    }

    /** A heading in bold sans serif. */
    record Heading(String text) implements Item {
    }

    /** A paragraph of sentences; a sentence with a note gets a raised mark after it and its note at the foot. */
    record Para(List<Sentence> sentences) implements Item {
    }

    /** A line of its own in body type: a panellist's name and organisation. */
    record Plain(String text) implements Item {
    }

    record Sentence(String text, String note) {
    }

    /** How the report looks. {@code footer} has one {@code %d} for the page number and may have a second for the count. */
    record Design(String title, String header, String footer, int columns, boolean justified, boolean headerOnFirstPage) {
    }

    private final Design design;
    private final PDType1Font body = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private final PDType1Font sans = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** A placed run of text. */
    private record Run(PDType1Font font, float size, float x, float yTop, String text) {
    }

    private static final class PageState {
        final List<Run> runs = new ArrayList<>();
    }

    private final List<PageState> pages = new ArrayList<>();
    private int column;
    private float y;
    private float columnTop;
    private float notesHeight;
    private final List<List<String>> columnNotes = new ArrayList<>();
    private int noteNumber;

    ReportPdfSetter(Design design) {
        this.design = design;
    }

    private float columnWidth() {
        return (PAGE_W - 2 * MARGIN - (design.columns() - 1) * GUTTER) / design.columns();
    }

    private float columnX() {
        return MARGIN + column * (columnWidth() + GUTTER);
    }

    private float bottomLimit() {
        return PAGE_H - BOTTOM - notesHeight;
    }

    void write(List<Item> items, Path file) throws IOException {
        newPage();
        // the title across the page
        float titleY = columnTop + 10;
        for (String line : wrap(design.title(), bold, 20, PAGE_W - 2 * MARGIN)) {
            titleY += 24;
            page().runs.add(new Run(bold, 20, MARGIN, titleY, line));
        }
        columnTop = titleY + 24;
        y = columnTop;
        boolean first = true;
        for (Item item : items) {
            switch (item) {
                case Heading h -> heading(h.text(), first);
                case Para p -> paragraph(p, first);
                case Plain p -> plain(p.text(), first);
            }
            first = false;
        }
        endColumn();
        save(file);
    }

    private PageState page() {
        return pages.getLast();
    }

    private void newPage() {
        pages.add(new PageState());
        column = 0;
        columnTop = TOP;
        y = columnTop;
        notesHeight = 0;
        columnNotes.clear();
    }

    private void nextColumn() {
        endColumn();
        if (column + 1 < design.columns()) {
            column++;
            y = columnTop;
            notesHeight = 0;
        } else {
            newPage();
        }
    }

    /** Sets the column's notes at its foot. */
    private void endColumn() {
        float noteY = PAGE_H - BOTTOM - notesHeight + 4;
        for (List<String> note : columnNotes) {
            for (String line : note) {
                noteY += NOTE_LEADING;
                page().runs.add(new Run(body, NOTE_SIZE, columnX(), noteY, line));
            }
        }
        columnNotes.clear();
    }

    private void heading(String text, boolean first) {
        List<String> lines = wrap(text, bold, HEADING_SIZE, columnWidth());
        if (y + 8 + (lines.size() + 3) * BODY_LEADING > bottomLimit()) {
            nextColumn();
        } else if (!first) {
            y += 8;
        }
        for (String line : lines) {
            y += 15;
            page().runs.add(new Run(bold, HEADING_SIZE, columnX(), y, line));
        }
        y += 3;
    }

    private void plain(String text, boolean first) {
        if (!first) {
            y += 4;
        }
        placeLine(List.of(new Word(text, null)), false);
    }

    /** A word and the note mark after it, if any. */
    private record Word(String text, String note) {
    }

    private void paragraph(Para p, boolean first) {
        if (!first) {
            y += 6;
        }
        List<Word> words = new ArrayList<>();
        for (Sentence s : p.sentences()) {
            String[] parts = s.text().split(" ");
            for (int i = 0; i < parts.length; i++) {
                words.add(new Word(parts[i], i == parts.length - 1 ? s.note() : null));
            }
        }
        List<Word> line = new ArrayList<>();
        for (Word w : words) {
            line.add(w);
            if (width(line) > columnWidth() && line.size() > 1) {
                line.removeLast();
                placeLine(line, design.justified());
                line = new ArrayList<>();
                line.add(w);
            }
        }
        if (!line.isEmpty()) {
            placeLine(line, false);
        }
    }

    private float width(List<Word> words) {
        float w = 0;
        for (Word word : words) {
            w += textWidth(body, BODY_SIZE, word.text());
        }
        return w + (words.size() - 1) * textWidth(body, BODY_SIZE, " ");
    }

    private void placeLine(List<Word> words, boolean justify) {
        float noteHeight = 0;
        List<List<String>> notes = new ArrayList<>();
        for (Word w : words) {
            if (w.note() != null) {
                List<String> lines = wrap((noteNumber + notes.size() + 1) + " " + w.note(), body, NOTE_SIZE,
                        columnWidth());
                notes.add(lines);
                noteHeight += lines.size() * NOTE_LEADING + (columnNotes.isEmpty() && notes.size() == 1 ? 8 : 2);
            }
        }
        if (y + BODY_LEADING > PAGE_H - BOTTOM - notesHeight - noteHeight) {
            nextColumn();
        }
        y += BODY_LEADING;
        float space = textWidth(body, BODY_SIZE, " ");
        if (justify && words.size() > 1) {
            space += (columnWidth() - width(words)) / (words.size() - 1);
        }
        float x = columnX();
        for (Word w : words) {
            page().runs.add(new Run(body, BODY_SIZE, x, y, w.text()));
            x += textWidth(body, BODY_SIZE, w.text());
            if (w.note() != null) {
                noteNumber++;
                String mark = String.valueOf(noteNumber);
                page().runs.add(new Run(body, MARK_SIZE, x + 0.3f, y - MARK_RISE, mark));
                x += textWidth(body, MARK_SIZE, mark) + 0.3f;
            }
            x += space;
        }
        columnNotes.addAll(notes);
        notesHeight += noteHeight;
    }

    private void save(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (i > 0 || design.headerOnFirstPage()) {
                        draw(cs, new Run(sans, 8, MARGIN, 40, design.header()));
                    }
                    String footer = String.format(Locale.ROOT, design.footer(), i + 1, pages.size());
                    draw(cs, new Run(sans, 8, (PAGE_W - textWidth(sans, 8, footer)) / 2, PAGE_H - 30, footer));
                    for (Run r : pages.get(i).runs) {
                        draw(cs, r);
                    }
                }
            }
            doc.save(file.toFile());
        }
    }

    private static void draw(PDPageContentStream cs, Run r) throws IOException {
        cs.beginText();
        cs.setFont(r.font(), r.size());
        cs.newLineAtOffset(r.x(), PAGE_H - r.yTop());
        cs.showText(r.text());
        cs.endText();
    }

    private static float textWidth(PDType1Font font, float size, String s) {
        try {
            return font.getStringWidth(s) / 1000 * size;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> wrap(String text, PDType1Font font, float size, float width) {
        return org.rapporteur.testing.WordWrap.wrap(text, t -> textWidth(font, size, t), width);
    }
}
