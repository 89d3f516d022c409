package org.rapporteur.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * A coding accepted from suggestions (ADR 0034) exports as a coding like any other, and carries its mark where the
 * format has room: CSV's last column {@code suggested_tags}, JSON-LD's {@code rapporteur:suggested} and confidence,
 * read back by the importer.
 */
class SuggestedCodingExportTest {
    /** The fixture with its first coding (Water/Dams on a claim) accepted from a suggestion of confidence 0.8. */
    private static ExportBundle withSuggested() {
        ExportBundle b = ExportFixtures.bundle();
        List<CodingEntry> codings = new ArrayList<>(b.codings());
        CodingEntry k = codings.getFirst();
        codings.set(0, new CodingEntry(k.id(), k.tagId(), k.tagPath(), k.target(), k.anchor(), k.creator(),
                k.createdAt(), k.modifiedAt(), true, 0.8));
        return new ExportBundle(b.info(), b.reports(), b.claims(), b.contextClaims(), b.tags(), codings, b.notes(),
                b.links(), b.problems());
    }

    @Test
    void csvNamesTheSuggestedTagsInItsLastColumn() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExporter().write(withSuggested(), ExportOptions.DEFAULT, out);
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8)))) {
            assertEquals("suggested_tags", p.getHeaderNames().getLast());
            List<CSVRecord> rows = p.getRecords();
            List<CSVRecord> marked = rows.stream().filter(r -> !r.get("suggested_tags").isEmpty()).toList();
            assertEquals(1, marked.size(), "one excerpt has a suggested coding");
            assertEquals("Water/Dams", marked.getFirst().get("suggested_tags"));
            assertTrue(marked.getFirst().get("tags").contains("Water/Dams"), "and it is among its tags as before");
        }
    }

    @Test
    void jsonLdCarriesTheMarkAndTheImporterReadsItBack() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WebAnnotationExporter().write(withSuggested(), ExportOptions.DEFAULT, out);
        JsonNode items = new ObjectMapper().readTree(out.toByteArray()).get("first").get("items");
        List<JsonNode> marked = new ArrayList<>(items.findParents("rap:suggested"));
        assertEquals(1, marked.size());
        assertEquals(0.8, marked.getFirst().get("rap:suggestionConfidence").asDouble());
        assertEquals("tagging", marked.getFirst().get("motivation").asText());

        ExportBundle back = new WebAnnotationImporter().read(new ByteArrayInputStream(out.toByteArray()), "s");
        CodingEntry first = back.codings().getFirst();
        assertTrue(first.suggested());
        assertEquals(0.8, first.suggestionConfidence());
        CodingEntry byHand = back.codings().get(1);
        assertFalse(byHand.suggested());
        assertNull(byHand.suggestionConfidence());
    }
}
