package org.rapporteur.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.ReportSummary;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class RefiQdaValidityTest {
    private static byte[] export(ExportFormat f, ExportBundle b) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.exporter().write(b, ExportOptions.DEFAULT, out);
        return out.toByteArray();
    }

    @Test
    void projectAndCodebookAreValidAgainstTheRefiQdaSchemas() throws Exception {
        Map<String, byte[]> zip = Zips.entries(export(ExportFormat.QDPX, ExportFixtures.bundle()));
        RefiQdaSchemas.validateProject(zip.get("project.qde"));
        RefiQdaSchemas.validateCodebook(export(ExportFormat.QDC, ExportFixtures.bundle()));
    }

    @Test
    void everySourcePathPointsAtAUniqueFileInTheArchive() throws Exception {
        ReportEntry web = ExportFixtures.webinar();
        ReportSummary s = web.summary();
        // Two reports whose files have the same name in different folders must not overwrite each other.
        ReportEntry twin = new ReportEntry(new ReportSummary("ab".repeat(32), s.source(), "/elsewhere/" + s.source(),
                "Another webinar", null, null, null, List.of(), 0, List.of()), "Other text.\n", List.of());
        ExportBundle b = ExportFixtures.bundle();
        b = new ExportBundle(b.info(), List.of(b.reports().get(0), b.reports().get(1), twin), b.claims(),
                b.contextClaims(), b.tags(), b.codings(), b.notes(), b.links(), b.problems());
        Map<String, byte[]> zip = Zips.entries(export(ExportFormat.QDPX, b));
        Document doc = SecureXml.documentBuilder().parse(new ByteArrayInputStream(zip.get("project.qde")));
        NodeList sources = doc.getElementsByTagNameNS(RefiQda.PROJECT_NS, "TextSource");
        assertEquals(3, sources.getLength());
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < sources.getLength(); i++) {
            String path = ((Element) sources.item(i)).getAttribute("plainTextPath");
            assertTrue(path.startsWith("internal://"), path);
            String entry = "sources/" + path.substring("internal://".length());
            assertTrue(zip.containsKey(entry), "missing " + entry);
            assertTrue(paths.add(entry.toLowerCase(java.util.Locale.ROOT)), "repeated " + entry);
        }
        RefiQdaSchemas.validateProject(zip.get("project.qde"));
    }

    @Test
    void selectionPositionsCountCodePointsOfTheLfText() throws Exception {
        Map<String, byte[]> zip = Zips.entries(export(ExportFormat.QDPX, ExportFixtures.bundle()));
        Document doc = SecureXml.documentBuilder().parse(new ByteArrayInputStream(zip.get("project.qde")));
        NodeList sources = doc.getElementsByTagNameNS(RefiQda.PROJECT_NS, "TextSource");
        int checked = 0;
        for (int i = 0; i < sources.getLength(); i++) {
            Element src = (Element) sources.item(i);
            String text = new String(zip.get("sources/" + src.getAttribute("plainTextPath").substring(11)),
                    StandardCharsets.UTF_8);
            int[] cps = text.codePoints().toArray();
            NodeList sels = src.getElementsByTagNameNS(RefiQda.PROJECT_NS, "PlainTextSelection");
            for (int j = 0; j < sels.getLength(); j++) {
                Element sel = (Element) sels.item(j);
                int start = Integer.parseInt(sel.getAttribute("startPosition"));
                int end = Integer.parseInt(sel.getAttribute("endPosition"));
                String selected = new String(cps, start, end - start);
                String name = sel.getAttribute("name");
                assertTrue(selected.startsWith(name.replace("…", "").strip()) || name.startsWith(selected),
                        "selection [" + start + "," + end + ") reads '" + selected + "', named '" + name + "'");
                checked++;
            }
        }
        assertEquals(6, checked, "five claims and the coded selection");
    }

    @Test
    void crlfAndAstralCharactersAreMappedToLfCodePointPositions() {
        LfText lf = new LfText("a\r\nb\uD83C\uDF0Ac\rd");
        assertEquals("a\nb\uD83C\uDF0Ac\nd", lf.text());
        assertEquals(0, lf.position(0));
        assertEquals(2, lf.position(3), "b follows one LF");
        assertEquals(3, lf.position(4), "the emoji is one character");
        assertEquals(4, lf.position(6), "c");
        assertEquals(6, lf.position(8), "d");
        assertEquals(7, lf.position(9), "the end");
    }

    @Test
    void anEmptyCodebookIsRefusedForQdcButAProjectWithoutCodesStaysValid() throws Exception {
        ExportBundle b = ExportFixtures.bundle();
        ExportBundle empty = new ExportBundle(b.info(), b.reports(), b.claims(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        ExportException e = assertThrows(ExportException.class, () -> export(ExportFormat.QDC, empty));
        assertTrue(e.getMessage().contains("codebook is empty"), e.getMessage());
        RefiQdaSchemas.validateProject(Zips.entries(export(ExportFormat.QDPX, empty)).get("project.qde"));
    }

    @Test
    void characterXmlCannotCarryAreReplacedNotWritten() throws Exception {
        ExportBundle b = ExportFixtures.bundle();
        List<NoteEntry> notes = List.of(new NoteEntry(99, TargetType.REPORT, null, ExportFixtures.WEBINAR_ID, null,
                null, "form\u000Cfeed and bell\u0007", "ana", null, null));
        ExportBundle odd = new ExportBundle(b.info(), b.reports(), b.claims(), List.of(), b.tags(), List.of(), notes,
                List.of(), List.of());
        byte[] project = Zips.entries(export(ExportFormat.QDPX, odd)).get("project.qde");
        RefiQdaSchemas.validateProject(project);
        assertTrue(new String(project, StandardCharsets.UTF_8).contains("form\uFFFDfeed and bell\uFFFD"));
    }
}
