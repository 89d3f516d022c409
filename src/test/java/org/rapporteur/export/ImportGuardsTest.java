package org.rapporteur.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Imports refuse unsafe or broken input with a clear message: XXE, malformed files, zip slip, oversized archives. */
class ImportGuardsTest {
    private static final String CODEBOOK = """
            <?xml version="1.0" encoding="UTF-8"?>
            <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Test">
              <Codes>
                <Code guid="11111111-2222-3333-4444-555555555555" name="Energy" isCodable="true" color="#0a0">
                  <Description>Power and fuel</Description>
                  <Code guid="{11111111-2222-3333-4444-555555555556}" name="Grid / storage" isCodable="true"/>
                </Code>
                <Code guid="11111111-2222-3333-4444-555555555557" name="Trade" isCodable="false"/>
              </Codes>
            </CodeBook>
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(p); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return p;
    }

    @Test
    void aCodebookBecomesATagTree() throws Exception {
        List<TagEntry> tags = new QdcImporter().read(write("book.qdc", CODEBOOK));
        assertEquals(List.of("Energy", "Energy/Grid - storage", "Trade"), tags.stream().map(TagEntry::path).toList());
        assertEquals("#00AA00", tags.getFirst().colour());
        assertEquals("Power and fuel", tags.getFirst().description());
        assertEquals(tags.getFirst().id(), tags.get(1).parentId());
    }

    @Test
    void ourOwnQdcAndQdpxReadBackAsTheSameTree() throws Exception {
        ExportBundle b = ExportFixtures.bundle();
        ByteArrayOutputStream qdc = new ByteArrayOutputStream();
        new QdcExporter().write(b, ExportOptions.DEFAULT, qdc);
        ByteArrayOutputStream qdpx = new ByteArrayOutputStream();
        new QdpxExporter().write(b, ExportOptions.DEFAULT, qdpx);
        List<String> expected = b.tags().stream().map(t -> t.path() + " " + t.colour()).toList();
        for (Path p : List.of(Files.write(dir.resolve("a.qdc"), qdc.toByteArray()),
                Files.write(dir.resolve("a.qdpx"), qdpx.toByteArray()))) {
            assertEquals(expected, new QdcImporter().read(p).stream().map(t -> t.path() + " " + t.colour())
                    .toList(), p.toString());
        }
    }

    @Test
    void externalEntitiesAreRefusedAndNeverRead() throws Exception {
        Path secret = write("secret.txt", "TOP-SECRET");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE CodeBook [<!ENTITY xxe SYSTEM "URI">]>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
                <Code guid="11111111-2222-3333-4444-555555555555" name="&xxe;" isCodable="true"/>
                </Codes></CodeBook>
                """.replace("URI", secret.toUri().toString());
        ImportException e = assertThrows(ImportException.class, () -> new QdcImporter().read(write("x.qdc", xxe)));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void entityExpansionBombsAreRefused() throws Exception {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
                <Code guid="11111111-2222-3333-4444-555555555555" name="&lol2;" isCodable="true"/></Codes></CodeBook>
                """;
        assertThrows(ImportException.class, () -> new QdcImporter().read(write("bomb.qdc", laughs)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>",
        "<Project xmlns=\"other\"/>",
        "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes/></CodeBook>",
        "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"nope\" name=\"A\" isCodable=\"true\"/>"
                + "</Codes></CodeBook>",
        "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"11111111-2222-3333-4444-555555555555\" "
                + "name=\"\" isCodable=\"true\"/></Codes></CodeBook>",
        "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"11111111-2222-3333-4444-555555555555\" "
                + "name=\"A\" isCodable=\"true\" color=\"red\"/></Codes></CodeBook>",
        "not xml at all"
    })
    void malformedCodebooksAreRefusedWithAMessage(String xml) throws Exception {
        ImportException e = assertThrows(ImportException.class, () -> new QdcImporter().read(write("bad.qdc", xml)));
        assertTrue(e.getMessage().startsWith("bad.qdc"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.txt", "sources/../../evil.txt", "/etc/evil", "C:/evil.txt", "..\\evil.txt"})
    void zipEntriesEscapingTheFolderAreRefused(String entry) throws Exception {
        Path p = zip("slip.qdpx", Map.of("project.qde", projectBytes(), entry, "x".getBytes(StandardCharsets.UTF_8)));
        ImportException e = assertThrows(ImportException.class, () -> new QdcImporter().read(p));
        assertTrue(e.getMessage().contains("zip slip"), e.getMessage());
    }

    @Test
    void oversizedArchivesEntriesAndBombsAreRefused() throws Exception {
        Path ok = zip("ok.qdpx", Map.of("project.qde", projectBytes(), "sources/a.txt", new byte[5000]));
        assertEquals(4, new QdcImporter().read(ok).size());

        ImportLimits small = new ImportLimits(1000, ImportLimits.MAX_ENTRY_BYTES, ImportLimits.MAX_TOTAL_BYTES,
                ImportLimits.MAX_ENTRIES, ImportLimits.MAX_RATIO);
        assertTrue(assertThrows(ImportException.class, () -> new QdcImporter(small).read(ok)).getMessage()
                .contains("larger than the limit"));

        ImportLimits entry = new ImportLimits(ImportLimits.MAX_FILE_BYTES, 4000, ImportLimits.MAX_TOTAL_BYTES,
                ImportLimits.MAX_ENTRIES, ImportLimits.MAX_RATIO);
        assertTrue(assertThrows(ImportException.class, () -> new QdcImporter(entry).read(ok)).getMessage()
                .matches("ok.qdpx: entry \\S+ .*(declares|larger than the limit).*"));

        ImportLimits total = new ImportLimits(ImportLimits.MAX_FILE_BYTES, ImportLimits.MAX_ENTRY_BYTES, 5500,
                ImportLimits.MAX_ENTRIES, ImportLimits.MAX_RATIO);
        assertTrue(assertThrows(ImportException.class, () -> new QdcImporter(total).read(ok)).getMessage()
                .contains("all entries"));

        ImportLimits few = new ImportLimits(ImportLimits.MAX_FILE_BYTES, ImportLimits.MAX_ENTRY_BYTES,
                ImportLimits.MAX_TOTAL_BYTES, 1, ImportLimits.MAX_RATIO);
        assertTrue(assertThrows(ImportException.class, () -> new QdcImporter(few).read(ok)).getMessage()
                .contains("entries"));

        Path bomb = zip("bomb.qdpx", Map.of("project.qde", projectBytes(), "sources/zeros.txt",
                new byte[8 * 1024 * 1024]));
        assertTrue(Files.size(bomb) < 100_000);
        assertTrue(assertThrows(ImportException.class, () -> new QdcImporter().read(bomb)).getMessage()
                .contains("zip bomb"));
    }

    @Test
    void brokenArchivesAreRefused() throws Exception {
        Path notZip = write("fake.qdpx", "this is not a zip");
        assertThrows(ImportException.class, () -> new QdcImporter().read(notZip));
        Path noProject = zip("empty.qdpx", Map.of("sources/a.txt", "a".getBytes(StandardCharsets.UTF_8)));
        assertTrue(assertThrows(ImportException.class, () -> new QdcImporter().read(noProject)).getMessage()
                .contains("project.qde"));
    }

    private static byte[] projectBytes() throws IOException {
        ByteArrayOutputStream qdpx = new ByteArrayOutputStream();
        new QdpxExporter().write(ExportFixtures.bundle(), ExportOptions.DEFAULT, qdpx);
        return Zips.entries(qdpx.toByteArray()).get("project.qde");
    }

    // ---- JSON-LD

    private static String fixtureJson() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WebAnnotationExporter().write(ExportFixtures.bundle(), ExportOptions.DEFAULT, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{ not json",
        "[1, 2, 3]",
        "{\"type\": \"Annotation\"}",
        "{\"type\": \"AnnotationCollection\"}",
        "{\"type\": \"AnnotationCollection\", \"first\": {\"items\": [{\"type\": \"Annotation\", "
                + "\"motivation\": \"bookmarking\"}]}}",
        "{\"type\": \"AnnotationCollection\"} trailing"
    })
    void malformedJsonIsRefusedWithAMessage(String json) throws Exception {
        ImportException e = assertThrows(ImportException.class,
                () -> new WebAnnotationImporter().read(write("bad.jsonld", json)));
        assertTrue(e.getMessage().contains("bad.jsonld"), e.getMessage());
    }

    @Test
    void annotationsThatDoNotAddUpAreRefused() throws Exception {
        String json = fixtureJson();
        String badRange = json.replaceFirst("\"end\" : (\\d+)", "\"end\" : 1");
        assertTrue(assertThrows(ImportException.class, () -> new WebAnnotationImporter()
                .read(write("range.jsonld", badRange))).getMessage().contains("TextPositionSelector"));
        String unknownTag = json.replaceFirst("\"rap:tag\" : \"urn:rapporteur:tag:2\"",
                "\"rap:tag\" : \"urn:rapporteur:tag:999\"");
        assertTrue(assertThrows(ImportException.class, () -> new WebAnnotationImporter()
                .read(write("tag.jsonld", unknownTag))).getMessage().contains("not in the codebook"));
        String cycle = json.replaceFirst("\"rap:path\" : \"Water\",", "\"rap:path\" : \"Water\", \"rap:parent\" : "
                + "\"urn:rapporteur:tag:2\",");
        assertTrue(assertThrows(ImportException.class, () -> new WebAnnotationImporter()
                .read(write("cycle.jsonld", cycle))).getMessage().contains("ancestor"));
        String noSelector = json.replaceFirst("\"type\" : \"TextQuoteSelector\"", "\"type\" : \"CssSelector\"");
        assertTrue(assertThrows(ImportException.class, () -> new WebAnnotationImporter()
                .read(write("sel.jsonld", noSelector))).getMessage().contains("TextQuoteSelector"));
    }

    @Test
    void oversizedJsonIsRefusedBeforeParsing() throws Exception {
        Path p = write("big.jsonld", fixtureJson());
        ImportLimits small = new ImportLimits(1000, 1, 1, 1, 1);
        assertTrue(assertThrows(ImportException.class, () -> new WebAnnotationImporter(small).read(p)).getMessage()
                .contains("larger than the limit"));
    }
}
