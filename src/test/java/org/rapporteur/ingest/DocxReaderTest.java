package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.rapporteur.model.Problem;
import org.rapporteur.model.SourceDocument;

class DocxReaderTest {
    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor();

    @Test
    void readsHeadingsParagraphsListsAndTablesInOrder() throws Exception {
        Path f = dir.resolve("brief.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger bullets = list(numbering, 0, STNumberFormat.BULLET);
            BigInteger numbers = list(numbering, 1, STNumberFormat.DECIMAL);

            styled(doc, "Title", "Harbour Security Brief");
            text(doc, "Prepared by the Coastal Forum,  March 2025.");
            styled(doc, "Heading1", "Key findings");
            item(doc, bullets, "Port inspections doubled.");
            item(doc, bullets, "Smuggling routes moved south.");
            text(doc, "");
            item(doc, numbers, "Share manifests");
            item(doc, numbers, "Train customs staff");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Port");
            table.getRow(0).getCell(1).setText("Inspections");
            table.getRow(1).getCell(0).setText("North Bay");
            table.getRow(1).getCell(1).setText("412");
            text(doc, "End\u00A0of brief.");
            doc.write(out);
        }

        SourceDocument d = ingestor.read(f).document();

        assertEquals("docx", d.format());
        assertTrue(d.pages().isEmpty());
        assertEquals("""
                Harbour Security Brief

                Prepared by the Coastal Forum,  March 2025.

                Key findings

                - Port inspections doubled.
                - Smuggling routes moved south.
                1. Share manifests
                2. Train customs staff

                Port\tInspections
                North Bay\t412

                End of brief.""", d.text());
    }

    @Test
    void randomBytesAreADamagedDocx() throws Exception {
        byte[] junk = new byte[5000];
        new Random(3).nextBytes(junk);
        Path f = Files.write(dir.resolve("junk.docx"), junk);
        assertTrue(onlyError(ingestor.read(f)).reason().startsWith("damaged DOCX"));
    }

    @Test
    void zipWithoutWordContentIsADamagedDocx() throws Exception {
        Path f = dir.resolve("other.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("not word".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertTrue(onlyError(ingestor.read(f)).reason().startsWith("damaged DOCX"));
    }

    @Test
    void oldBinaryWordFileIsNamedAsSuch() throws Exception {
        Path f = dir.resolve("old.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(f)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertTrue(onlyError(ingestor.read(f)).reason().startsWith("not a DOCX file"));
    }

    private static Problem onlyError(IngestResult r) {
        assertNull(r.document());
        assertEquals(1, r.problems().size(), r.problems()::toString);
        assertEquals(Problem.Severity.ERROR, r.problems().getFirst().severity());
        return r.problems().getFirst();
    }

    private static BigInteger list(XWPFNumbering numbering, int id, STNumberFormat.Enum format) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.valueOf(id));
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(format == STNumberFormat.BULLET ? "\u2022" : "%1.");
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));
    }

    private static void styled(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    private static void text(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    private static void item(XWPFDocument doc, BigInteger numId, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.ZERO);
        p.createRun().setText(text);
    }
}
