package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.export.ExportBundle;
import org.rapporteur.export.ExportException;
import org.rapporteur.export.ExportFormat;
import org.rapporteur.export.ExportOptions;
import org.rapporteur.export.ReportEntry;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.SharedData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every format and every selection on the sample corpus with scripted annotations, checked by structure. */
class ExportServiceTest {
    @TempDir
    static Path dir;
    static AnnotatedCorpus corpus;
    static ExportService service;

    @BeforeAll
    static void annotate() {
        corpus = AnnotatedCorpus.annotated(dir.resolve("ws"));
        service = new ExportService(corpus.workspace);
    }

    @AfterAll
    static void close() {
        corpus.close();
    }

    private static Path export(ExportSelection s, ExportFormat f, ExportOptions o) {
        Path file = dir.resolve("out").resolve(s.getClass().getSimpleName() + "." + f.key() + "." + f.extension());
        ExportResult r = service.export(s, f, o, file, ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(file.toAbsolutePath(), r.file());
        assertTrue(r.bytes() > 0);
        return file;
    }

    private static String read(Path p) throws Exception {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void theCodedBundleHoldsTheScriptedWork() {
        ExportBundle b = service.gather(new ExportSelection.Coded(), ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(4, b.claims().size(), "four coded claims");
        assertEquals(5, b.codings().size());
        assertEquals(4, b.tags().size(), "the whole codebook");
        assertEquals(Set.of("Check against the second day's notes.", "=cmd|' /C calc'!A0 looks like a formula",
                "A summary, not a transcript.", "Hard security only <b>not</b> economics."),
                new HashSet<>(b.notes().stream().map(n -> n.text()).toList()),
                "notes on coded targets, their report and their tags; not the person note");
        assertEquals(2, b.links().size());
        assertTrue(b.problems().isEmpty(), b.problems().toString());
        for (ReportEntry r : b.reports()) {
            assertTrue(r.hasText(), r.summary().title());
        }
        for (var k : b.codings()) {
            String text = b.reports().stream().filter(r -> r.id().equals(k.anchor().reportId())).findFirst()
                    .orElseThrow().text();
            assertEquals(k.anchor().exact(), text.substring(k.anchor().start(), k.anchor().end()));
        }
    }

    @Test
    void csvHasARowPerExcerptWithCitationsAndNoLiveFormulas() throws Exception {
        Path p = export(new ExportSelection.Coded(), ExportFormat.CSV, new ExportOptions(true, null));
        String text = read(p);
        assertTrue(text.startsWith("\uFEFF"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertEquals(5, rows.size(), "four claims and one selection");
        for (CSVRecord r : rows) {
            assertFalse(r.get("report_title").isBlank());
            assertFalse(r.get("tags").isBlank());
            for (String cell : r) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, cell);
            }
        }
        assertTrue(rows.stream().anyMatch(r -> r.get("notes").startsWith("'=cmd")));
        assertTrue(rows.stream().anyMatch(r -> r.get("links").startsWith("supports ")));
    }

    @Test
    void dossiersGroupByTagAndBySpeakerAndEscapeHtml() throws Exception {
        String md = read(export(new ExportSelection.Coded(), ExportFormat.MARKDOWN, ExportOptions.DEFAULT));
        assertTrue(md.contains("\n## Security\n"));
        assertTrue(md.contains("\n## Security / Borders\n"));
        assertTrue(md.contains("\n## Economy\n"));
        assertFalse(md.contains("\n## Unused\n"), "tags without excerpts are left out");
        assertTrue(md.contains("## Sources"));
        String html = read(export(new ExportSelection.Coded(), ExportFormat.HTML,
                new ExportOptions(false, ExportOptions.GroupBy.SPEAKER)));
        assertFalse(html.contains("<b>not</b>"));
        assertEquals(5, html.split("class=\"excerpt\"", -1).length - 1);
        assertTrue(html.contains("<h2>Sources</h2>"));
    }

    @Test
    void jsonLdAnchorsEveryCodingOnTheNormalisedText() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(export(new ExportSelection.Query(""), ExportFormat.JSONLD,
                ExportOptions.DEFAULT).toFile());
        ExportBundle b = service.gather(new ExportSelection.Query(""), ProgressListener.NONE, Cancellation.NEVER);
        Map<String, String> texts = new HashMap<>();
        b.reports().forEach(r -> texts.put("urn:rapporteur:report:" + r.id(), r.text()));
        int tagging = 0;
        int identifying = 0;
        for (JsonNode a : doc.get("first").get("items")) {
            JsonNode t = a.get("target");
            if (!t.isObject() || !t.has("selector")) {
                continue;
            }
            String text = texts.get(t.get("source").asText());
            JsonNode quote = t.get("selector").get(0);
            JsonNode pos = t.get("selector").get(1);
            String exact = text.substring(pos.get("start").asInt(), pos.get("end").asInt());
            assertEquals(quote.get("exact").asText(), exact);
            assertTrue(text.substring(0, pos.get("start").asInt()).endsWith(quote.get("prefix").asText()));
            assertTrue(text.substring(pos.get("end").asInt()).startsWith(quote.get("suffix").asText()));
            tagging += a.get("motivation").asText().equals("tagging") ? 1 : 0;
            identifying += a.get("motivation").asText().equals("identifying") ? 1 : 0;
        }
        assertEquals(5, tagging);
        assertEquals(b.claims().size() - 4, identifying, "every uncoded claim of the search is identified");
    }

    @Test
    void qdpxIsSchemaValidAndItsSelectionsSitOnTheRightWords() throws Exception {
        Path p = export(new ExportSelection.All(), ExportFormat.QDPX, ExportOptions.DEFAULT);
        Map<String, byte[]> zip = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(p))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.put(e.getName(), in.readAllBytes());
            }
        }
        byte[] project = zip.get("project.qde");
        schema("Project-mrt2019.xsd").newValidator().validate(new StreamSource(new ByteArrayInputStream(project)));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(project));
        ExportBundle b = service.gather(new ExportSelection.All(), ProgressListener.NONE, Cancellation.NEVER);
        Set<String> exacts = new HashSet<>();
        b.codings().forEach(k -> exacts.add(k.anchor().exact()));
        NodeList sources = doc.getElementsByTagNameNS("urn:QDA-XML:project:1.0", "TextSource");
        int coded = 0;
        for (int i = 0; i < sources.getLength(); i++) {
            Element s = (Element) sources.item(i);
            int[] cps = new String(zip.get("sources/" + s.getAttribute("plainTextPath").substring(11)),
                    StandardCharsets.UTF_8).codePoints().toArray();
            NodeList sels = s.getElementsByTagNameNS("urn:QDA-XML:project:1.0", "PlainTextSelection");
            for (int j = 0; j < sels.getLength(); j++) {
                Element sel = (Element) sels.item(j);
                int start = Integer.parseInt(sel.getAttribute("startPosition"));
                int end = Integer.parseInt(sel.getAttribute("endPosition"));
                String words = new String(cps, start, end - start);
                if (sel.getElementsByTagNameNS("urn:QDA-XML:project:1.0", "Coding").getLength() > 0) {
                    assertTrue(exacts.contains(words), words);
                    coded++;
                }
            }
        }
        assertEquals(5, coded);
        assertEquals(2, doc.getElementsByTagNameNS("urn:QDA-XML:project:1.0", "Link").getLength());
        assertEquals(4, doc.getElementsByTagNameNS("urn:QDA-XML:project:1.0", "Code").getLength());
        schema("Codebook.xsd").newValidator().validate(new StreamSource(export(new ExportSelection.All(),
                ExportFormat.QDC, ExportOptions.DEFAULT).toFile()));
        // Every claim of the corpus, most uncoded, speakers as cases: still valid.
        Path everything = export(new ExportSelection.Query(""), ExportFormat.QDPX, ExportOptions.DEFAULT);
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(everything.toFile())) {
            assertEquals(corpus.reports.size() + 1, z.size(), "every report as a source, and the project");
            schema("Project-mrt2019.xsd").newValidator().validate(new StreamSource(z.getInputStream(
                    z.getEntry("project.qde"))));
        }
    }

    private static javax.xml.validation.Schema schema(String name) throws Exception {
        Path xsd = SharedData.refiQdaSchemas().resolve(name);
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return f.newSchema(xsd.toFile());
    }

    @Test
    void citationsCiteEveryReportOfTheExport() throws Exception {
        ExportBundle b = service.gather(new ExportSelection.Coded(), ProgressListener.NONE, Cancellation.NEVER);
        int reports = b.reports().size();
        JsonNode csl = new ObjectMapper().readTree(export(new ExportSelection.Coded(), ExportFormat.CSL_JSON,
                ExportOptions.DEFAULT).toFile());
        assertTrue(csl.size() >= reports);
        Set<String> ids = new HashSet<>();
        for (JsonNode item : csl) {
            assertTrue(Set.of("report", "speech").contains(item.get("type").asText()));
            assertFalse(item.get("title").asText().isBlank());
            assertTrue(ids.add(item.get("id").asText()), "unique ids");
        }
        String ris = read(export(new ExportSelection.Coded(), ExportFormat.RIS, ExportOptions.DEFAULT));
        assertEquals(csl.size(), ris.split("TY  - ", -1).length - 1);
        assertEquals(csl.size(), ris.split("ER  - \r\n", -1).length - 1);
        String bib = read(export(new ExportSelection.Coded(), ExportFormat.BIBTEX, ExportOptions.DEFAULT));
        assertEquals(csl.size(), bib.split("\n@", -1).length - 1);
        for (JsonNode item : csl) {
            assertTrue(bib.contains("{" + item.get("id").asText() + ",\n"));
        }
    }

    @Test
    void eachSelectionPicksItsClaims() {
        ExportBundle tag = service.gather(new ExportSelection.Tag("Security"), ProgressListener.NONE,
                Cancellation.NEVER);
        assertEquals(3, tag.codings().size(), "Security and its sub-tag Borders");
        assertEquals(Set.of(corpus.a.claim().id(), corpus.b.claim().id(), corpus.d.claim().id()),
                new HashSet<>(tag.claims().stream().map(c -> c.claim().id()).toList()));
        assertTrue(tag.notes().stream().anyMatch(n -> n.text().startsWith("Hard security")));

        String reportId = corpus.reports.getFirst().id();
        ExportBundle report = service.gather(new ExportSelection.Report(reportId.substring(0, 10)),
                ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(corpus.workspace.corpus().claimsOf(reportId).size(), report.claims().size());

        ExportBundle chosen = service.gather(new ExportSelection.Claims(List.of(corpus.a.claim().id(),
                corpus.c.claim().id())), ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(2, chosen.claims().size());
        assertEquals(1, chosen.links().size(), "the link between the two");

        List<ClaimRecord> all = new ArrayList<>();
        long total = corpus.workspace.corpus().forEachClaim("", all::add);
        ExportBundle everything = service.gather(new ExportSelection.Query(""), ProgressListener.NONE,
                Cancellation.NEVER);
        assertEquals(total, everything.claims().size());
        assertEquals(5, everything.codings().size());

        var request = new org.rapporteur.model.SearchRequest("", java.util.Map.of(
                org.rapporteur.model.FacetDimension.TAG, Set.of("Economy")), null, 10, 0, 10);
        long economy = corpus.workspace.corpus().search(request).total();
        assertTrue(economy >= 1, "the tag facet holds the coded claim");
        ExportBundle search = service.gather(new ExportSelection.Search(request), ProgressListener.NONE,
                Cancellation.NEVER);
        assertEquals(economy, search.claims().size());
        assertTrue(search.claims().stream().anyMatch(r -> r.claim().id().equals(corpus.c.claim().id())));
        assertTrue(new ExportSelection.Search(request).describe().contains("Tag: Economy"));

        ExportBundle backup = service.gather(new ExportSelection.All(), ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(5, backup.notes().size(), "all notes, the person note too");

        assertThrows(ExportException.class, () -> service.gather(new ExportSelection.Claims(List.of("nope-123")),
                ProgressListener.NONE, Cancellation.NEVER));
        assertThrows(ExportException.class, () -> service.gather(new ExportSelection.Tag("No such tag"),
                ProgressListener.NONE, Cancellation.NEVER));
    }

    @Test
    void aCancelledExportLeavesNoFile() throws Exception {
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        Path file = dir.resolve("cancelled.csv");
        assertThrows(CancellationException.class, () -> service.export(new ExportSelection.Coded(), ExportFormat.CSV,
                ExportOptions.DEFAULT, file, ProgressListener.NONE, cancel));
        assertFalse(Files.exists(file));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void formatsWithoutReportTextsSkipRereadingTheReports() {
        ExportBundle quick = service.gather(new ExportSelection.Coded(), false, ProgressListener.NONE,
                Cancellation.NEVER);
        assertTrue(quick.reports().stream().noneMatch(ReportEntry::hasText));
        assertTrue(quick.problems().isEmpty(), quick.problems().toString());
        assertEquals(5, quick.codings().size());
        assertFalse(ExportFormat.CSV.needsReportText());
        assertTrue(ExportFormat.QDPX.needsReportText());
    }

    @Test
    void progressIsReported() {
        List<String> messages = new ArrayList<>();
        service.gather(new ExportSelection.Coded(), (done, total, message) -> messages.add(message),
                Cancellation.NEVER);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Reading report")), messages.toString());
    }
}
