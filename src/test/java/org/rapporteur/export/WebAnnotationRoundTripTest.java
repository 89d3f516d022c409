package org.rapporteur.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class WebAnnotationRoundTripTest {
    private static byte[] jsonld(ExportBundle b) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WebAnnotationExporter().write(b, ExportOptions.DEFAULT, out);
        return out.toByteArray();
    }

    @Test
    void followsTheWebAnnotationModel() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(jsonld(ExportFixtures.bundle()));
        assertEquals("http://www.w3.org/ns/anno.jsonld", doc.get("@context").get(0).asText());
        assertEquals("AnnotationCollection", doc.get("type").asText());
        JsonNode items = doc.get("first").get("items");
        assertEquals(items.size(), doc.get("total").asInt());
        Map<String, Integer> motivations = new HashMap<>();
        items.forEach(i -> motivations.merge(i.get("motivation").asText(), 1, Integer::sum));
        assertEquals(Map.of("tagging", 5, "commenting", 6, "linking", 2, "identifying", 1), motivations,
                "5 codings, 6 notes, 2 links, 1 uncoded claim");
        JsonNode dams = items.get(0);
        assertEquals("Annotation", dams.get("type").asText());
        JsonNode body = dams.get("body");
        assertEquals("tagging", body.get(0).get("purpose").asText());
        assertEquals("Water/Dams", body.get(0).get("value").asText());
        assertEquals("identifying", body.get(1).get("purpose").asText());
        assertEquals("Amina Rahel", body.get(1).get("value").asText());
        JsonNode selectors = dams.get("target").get("selector");
        assertEquals("TextQuoteSelector", selectors.get(0).get("type").asText());
        assertEquals("Upstream dams change the flow for every downstream farmer.",
                selectors.get(0).get("exact").asText());
        assertTrue(selectors.get(0).get("prefix").asText().endsWith("Lakeside Institute\n\n"));
        assertEquals("TextPositionSelector", selectors.get(1).get("type").asText());
        String text = ExportFixtures.WEBINAR_TEXT;
        assertEquals(selectors.get(0).get("exact").asText(), text.substring(selectors.get(1).get("start").asInt(),
                selectors.get(1).get("end").asInt()));
        JsonNode link = items.findParents("rap:linkType").getFirst();
        assertEquals("linking", link.get("body").get(0).get("purpose").asText());
    }

    @Test
    void orphansTravelInJsonLdButAreNoExcerpts() throws Exception {
        ExportBundle b = ExportFixtures.bundle();
        CodingEntry k = b.codings().getFirst();
        AnchorEntry a = k.anchor();
        AnchorEntry lost = new AnchorEntry(a.reportId(), a.claimId(), "text that is gone", a.prefix(), a.suffix(),
                a.start(), a.start() + "text that is gone".length(), true);
        List<CodingEntry> codings = new java.util.ArrayList<>(b.codings());
        codings.set(0, new CodingEntry(k.id(), k.tagId(), k.tagPath(), k.target(), lost, k.creator(), k.createdAt(),
                k.modifiedAt()));
        ExportBundle withOrphan = new ExportBundle(b.info(), b.reports(), b.claims(), b.contextClaims(), b.tags(),
                codings, b.notes(), b.links(), b.problems());
        assertTrue(Excerpts.of(withOrphan).stream().noneMatch(e -> e.text().equals("text that is gone")));
        assertTrue(Excerpts.of(withOrphan).stream().noneMatch(e -> e.tagPaths().contains("Water/Dams")));
        ExportBundle back = new WebAnnotationImporter().read(new ByteArrayInputStream(jsonld(withOrphan)), "o");
        assertEquals(lost, back.codings().getFirst().anchor());
        ByteArrayOutputStream qdpx = new ByteArrayOutputStream();
        new QdpxExporter().write(withOrphan, ExportOptions.DEFAULT, qdpx);
        String project = new String(Zips.entries(qdpx.toByteArray()).get("project.qde"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(project.contains("text that is gone"));
        RefiQdaSchemas.validateProject(project.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void importRestoresTagsCodingsNotesAndLinks() throws Exception {
        ExportBundle original = ExportFixtures.bundle();
        ExportBundle back = new WebAnnotationImporter().read(new ByteArrayInputStream(jsonld(original)), "fixture");
        assertEquals(original.tags().stream().map(t -> List.of(t.path(), String.valueOf(t.colour()),
                String.valueOf(t.description()))).toList(), back.tags().stream().map(t -> List.of(t.path(),
                String.valueOf(t.colour()), String.valueOf(t.description()))).toList());
        assertEquals(original.codings().stream().map(k -> List.of(k.tagPath(), k.target(), k.anchor(), k.creator(),
                k.createdAt())).toList(), back.codings().stream().map(k -> List.of(k.tagPath(), k.target(), k.anchor(),
                k.creator(), k.createdAt())).toList());
        Map<Long, String> paths = new HashMap<>();
        back.tags().forEach(t -> paths.put(t.id(), t.path()));
        assertEquals(original.notes().stream().map(n -> List.of(n.target(), String.valueOf(n.anchor()),
                String.valueOf(n.reportId()), String.valueOf(n.person()), n.tagId() == null ? "-" : "Water", n.text()))
                .toList(), back.notes().stream().map(n -> List.of(n.target(), String.valueOf(n.anchor()),
                String.valueOf(n.reportId()), String.valueOf(n.person()), n.tagId() == null ? "-"
                        : paths.get(n.tagId()), n.text())).toList());
        assertEquals(original.links().stream().map(l -> List.of(l.type(), l.source(), l.target(),
                String.valueOf(l.note()))).toList(), back.links().stream().map(l -> List.of(l.type(), l.source(),
                l.target(), String.valueOf(l.note()))).toList());
        assertEquals(original.reports().stream().map(r -> r.summary().title()).toList(),
                back.reports().stream().map(r -> r.summary().title()).toList());
    }
}
