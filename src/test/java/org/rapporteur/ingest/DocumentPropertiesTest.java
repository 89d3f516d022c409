package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.model.DeclaredMetadata;

/** Document properties of generated PDFs and Word files: real values kept, the junk tools write dropped. */
class DocumentPropertiesTest {
    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor();

    static Stream<Arguments> pdfInfo() {
        return Stream.of(
                Arguments.of("Reef Finance After the Storms", "Talia Moana; Ben Ruatapu", "2016-03-09",
                        new DeclaredMetadata("Reef Finance After the Storms", List.of("Talia Moana", "Ben Ruatapu"), null,
                                "2016-03-09", "Islands", null)),
                Arguments.of("Microsoft Word - draft3.docx", "Administrator", "2011-01-20",
                        new DeclaredMetadata(null, List.of(), null, "2011-01-20", "Islands", null)),
                Arguments.of("untitled", "HP", null, new DeclaredMetadata(null, List.of(), null, null, "Islands", null)),
                Arguments.of("final_report_v2.pdf", "jdoe", null,
                        new DeclaredMetadata(null, List.of(), null, null, "Islands", null)),
                Arguments.of("Document1", "Microsoft Office User", null,
                        new DeclaredMetadata(null, List.of(), null, null, "Islands", null)));
    }

    @ParameterizedTest(name = "PDF info title \"{0}\", author \"{1}\"")
    @MethodSource("pdfInfo")
    void pdfDocumentInformation(String title, String author, String created, DeclaredMetadata expected) throws Exception {
        Path f = dir.resolve("info.pdf");
        try (PDDocument doc = onePage("Reef finance notes.")) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            info.setSubject("Islands");
            if (created != null) {
                info.setCreationDate(calendar(created));
            }
            doc.save(f.toFile());
        }
        assertEquals(expected, ingestor.read(f).document().declared());
    }

    @Test
    void pdfXmpWhenTheInformationDictionaryIsEmpty() throws Exception {
        Path f = dir.resolve("xmp.pdf");
        String xmp = """
                <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                 xmp:CreateDate="2019-07-04T11:20:00+02:00">
                <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Wells &amp; Water Tables</rdf:li></rdf:Alt></dc:title>
                <dc:creator><rdf:Seq><rdf:li>Noor Haddad</rdf:li><rdf:li>Emil Strand</rdf:li></rdf:Seq></dc:creator>
                </rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>
                """;
        try (PDDocument doc = onePage("Aquifer notes.")) {
            PDMetadata m = new PDMetadata(doc, new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8)));
            doc.getDocumentCatalog().setMetadata(m);
            doc.save(f.toFile());
        }
        DeclaredMetadata d = ingestor.read(f).document().declared();
        assertEquals("Wells & Water Tables", d.title());
        assertEquals(List.of("Noor Haddad", "Emil Strand"), d.authors());
        assertEquals("2019-07-04", d.date());
    }

    @Test
    void pdfWithoutPropertiesDeclaresNothing() throws Exception {
        Path f = dir.resolve("bare.pdf");
        try (PDDocument doc = onePage("Nothing declared here.")) {
            doc.save(f.toFile());
        }
        assertTrue(ingestor.read(f).document().declared().isEmpty());
    }

    @Test
    void docxCoreProperties() throws Exception {
        Path f = dir.resolve("memo.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            doc.createParagraph().createRun().setText("The pier will reopen in May.");
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            core.setTitle("Pier Repairs: Second Phase");
            core.setCreator("Giulia Ferraro");
            core.setCreated(java.util.Optional.of(calendar("2021-10-05").getTime()));
            core.setDescription("Works schedule");
            doc.write(out);
        }
        DeclaredMetadata d = ingestor.read(f).document().declared();
        assertEquals(new DeclaredMetadata("Pier Repairs: Second Phase", List.of("Giulia Ferraro"), null, "2021-10-05",
                "Works schedule", null), d);
    }

    @Test
    void docxJunkTitleAndToolAuthorAreDropped() throws Exception {
        Path f = dir.resolve("junk.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            doc.createParagraph().createRun().setText("Body.");
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            core.setTitle("Title");
            core.setCreator("Windows User");
            doc.write(out);
        }
        DeclaredMetadata d = ingestor.read(f).document().declared();
        assertNull(d.title());
        assertEquals(List.of(), d.authors());
    }

    private static PDDocument onePage(String line) throws Exception {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            cs.newLineAtOffset(72, 700);
            cs.showText(line);
            cs.endText();
        }
        return doc;
    }

    private static Calendar calendar(String iso) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.clear();
        String[] p = iso.split("-");
        c.set(Integer.parseInt(p[0]), Integer.parseInt(p[1]) - 1, Integer.parseInt(p[2]), 12, 0, 0);
        return c;
    }
}
