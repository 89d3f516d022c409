package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfDocumentLoaderTest {
    @TempDir
    Path dir;

    /** PDFBox 3 saves page dictionaries in compressed object streams, as pdfTeX does: the path the loader changes. */
    private Path manyPages(int n) throws Exception {
        String[] words = {"basin", "river", "treaty", "upstream", "data", "monsoon", "farmers", "delegates", "forum",
            "season", "water", "sharing", "dams", "rainfall", "survey"};
        java.util.Random random = new java.util.Random(15);
        List<List<String>> pages = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            List<String> lines = new ArrayList<>();
            for (int l = 0; l < 10; l++) {
                StringBuilder b = new StringBuilder(l == 0 ? "Speakers on the " + words[i % words.length] : "The");
                for (int w = 0; w < 8; w++) {
                    b.append(' ').append(words[random.nextInt(words.length)]);
                }
                lines.add(b.append('.').toString());
            }
            pages.add(lines);
        }
        Path file = dir.resolve("many.pdf");
        TestPdfs.write(file, "Upper Basin Water Forum", "%d", pages);
        return file;
    }

    @Test
    void readsEveryObjectAndPageAsPdfBoxItselfDoes() throws Exception {
        Path file = manyPages(120);
        assertTrue(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("/ObjStm"), "the test file must hold object streams");
        try (PDDocument ours = PdfDocumentLoader.open(file.toFile()); PDDocument theirs = Loader.loadPDF(file.toFile())) {
            assertEquals(theirs.getNumberOfPages(), ours.getNumberOfPages());
            assertEquals(new PDFTextStripper().getText(theirs), new PDFTextStripper().getText(ours));
            Map<COSObjectKey, Long> xref = theirs.getDocument().getXrefTable();
            assertEquals(xref.keySet(), ours.getDocument().getXrefTable().keySet());
            for (COSObjectKey key : xref.keySet()) {
                COSBase a = theirs.getDocument().getObjectFromPool(key).getObject();
                COSBase b = ours.getDocument().getObjectFromPool(key).getObject();
                assertEquals(a == null ? null : a.getClass(), b == null ? null : b.getClass(), key.toString());
                if (a instanceof org.apache.pdfbox.cos.COSDictionary da && b instanceof org.apache.pdfbox.cos.COSDictionary db) {
                    assertEquals(da.keySet(), db.keySet(), key.toString());
                }
            }
        }
    }

    @Test
    void aDocumentWithObjectStreamsReadsThroughTheIngestorPageByPage() throws Exception {
        Path file = manyPages(40);
        IngestResult r = new Ingestor().read(file);
        assertTrue(r.ok(), () -> r.problems().toString());
        assertEquals(40, r.document().pages().size());
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String last = new PDFTextStripper() {
                {
                    setStartPage(40);
                }
            }.getText(doc).lines().filter(l -> l.startsWith("The ")).reduce((a, b) -> b).orElseThrow();
            assertTrue(r.document().text().contains(last), last);
        }
    }
}
