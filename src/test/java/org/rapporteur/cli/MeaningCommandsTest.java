package org.rapporteur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code embed}, {@code related}, {@code workspace} and the embedding step of {@code index}, with the shipped model on
 * two short invented reports (a few claims: seconds).
 */
class MeaningCommandsTest {
    private static final String PANEL = """
            Panel on River Basins

            Amina Rahman: Upstream dams change what reaches the delta, and we need shared data on river flows.

            Jonas Berg: Trade in fish depends on those river flows, so ministers should agree on a monitoring plan.
            """;
    private static final String HEARING = """
            Hearing on Coastal Fisheries

            Lena Ortiz: Fishing fleets follow the fish, and the water that feeds the estuary decides where they go.

            Tomas Weber: Port budgets were cut twice, which delays the dredging every harbour needs.
            """;

    @TempDir
    Path dir;

    @Test
    void embedRelatedAndWorkspaceSayWhatTheVectorsAreAndIndexEmbedsWhatChanged() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("panel.txt"), PANEL);
        Files.writeString(corpus.resolve("hearing.txt"), HEARING);
        Path ws = dir.resolve("ws");
        assertEquals(0, CliRun.run(ws, "index", "--corpus", corpus.toString()).exit()); // the suite: embed=off
        JsonNode info = CliRun.run(ws, "workspace", "--json").json();
        long claims = info.get("claims").asLong();
        assertTrue(claims >= 4, info.toString());
        assertEquals(0, info.get("meaning").get("embedded").asLong());

        JsonNode tradeClaim = claimSaying(ws, "Trade in fish");
        String trade = tradeClaim.get("id").asText();
        JsonNode lexical = CliRun.run(ws, "related", trade, "--json").json();
        assertEquals("words", lexical.get("by").asText(), "no vectors yet: claims sharing its words");

        CliRun embed = CliRun.run(ws, "embed");
        assertTrue(CliRun.run(ws, "workspace").out().contains("vectors: " + claims + " of " + claims));
        assertEquals(0, embed.exit(), embed.err());
        assertTrue(embed.out().startsWith("embedding: " + claims + " claims embedded"), embed.out());
        assertTrue(embed.out().contains("vectors: " + claims + " of " + claims + " claims (all-minilm-l6-v2-q)"),
                embed.out());
        assertTrue(embed.err().contains("Embedding claims: " + claims + " of " + claims), embed.err());
        CliRun again = CliRun.run(ws, "embed");
        assertTrue(again.out().startsWith("all " + claims + " claims already have vectors"), again.out());

        CliRun related = CliRun.run(ws, "related", trade, "--limit", "2", "--json");
        assertEquals(0, related.exit(), related.err());
        JsonNode r = related.json();
        assertEquals("meaning", r.get("by").asText());
        assertEquals(2, r.get("related").size());
        String hearingReport = r.get("related").get(0).get("claim").get("reportId").asText();
        for (JsonNode h : r.get("related")) {
            assertEquals("meaning", h.get("match").asText());
            assertNotEquals(tradeClaim.get("reportId").asText(), h.get("reportId").asText(), "another report's");
            assertTrue(h.get("similarity").asDouble() > 0 && h.get("similarity").asDouble() <= 1, h.toString());
            assertEquals("hearing.txt", h.get("report").asText());
            assertTrue(h.get("speaker").asText().equals("Lena Ortiz") || h.get("speaker").asText()
                    .equals("Tomas Weber"), h.toString());
        }
        assertEquals(hearingReport, r.get("related").get(1).get("claim").get("reportId").asText());
        assertTrue(r.get("related").get(0).get("similarity").asDouble()
                >= r.get("related").get(1).get("similarity").asDouble());
        assertTrue(r.get("related").get(0).get("claim").get("text").asText().contains("fish"),
                "the fishing fleets are nearer to the fish trade than port budgets: " + r);
        CliRun text = CliRun.run(ws, "related", trade);
        assertTrue(text.out().contains("Lena Ortiz") && text.out().endsWith("2 related claims by meaning "
                + "(similarity first)\n"), text.out());

        assertEquals(1, CliRun.run(ws, "related", "no-such-claim").exit());
        assertEquals(2, CliRun.run(ws, "related", trade, "--limit", "0").exit());

        Files.writeString(corpus.resolve("panel.txt"), PANEL.replace("Trade in fish", "Trade in rice"));
        String before = System.getProperty("rapporteur.embed");
        System.setProperty("rapporteur.embed", "auto"); // as outside the test suite
        try {
            CliRun index = CliRun.run(ws, "index");
            assertEquals(0, index.exit(), index.err());
            assertTrue(index.out().contains("embedding: 1 claim embedded"), index.out());
            CliRun noEmbed = CliRun.run(ws, "index", "--no-embed");
            assertTrue(!noEmbed.out().contains("embedding") && !noEmbed.out().contains("already have vectors"),
                    noEmbed.out());
        } finally {
            if (before == null) {
                System.clearProperty("rapporteur.embed");
            } else {
                System.setProperty("rapporteur.embed", before);
            }
        }
        JsonNode after = CliRun.run(ws, "workspace", "--json").json();
        assertEquals(after.get("claims").asLong(), after.get("meaning").get("embedded").asLong());
        assertTrue(after.get("meaning").get("complete").asBoolean());
    }

    private static JsonNode claimSaying(Path ws, String words) {
        for (JsonNode c : CliRun.run(ws, "claims", "--json").json()) {
            if (c.get("text").asText().contains(words)) {
                return c;
            }
        }
        throw new AssertionError("no claim says " + words);
    }
}
