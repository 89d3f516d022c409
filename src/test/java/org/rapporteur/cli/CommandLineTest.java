package org.rapporteur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.testing.SharedData;

/** The command line on the sample corpus, through picocli with captured output. */
class CommandLineTest {
    @TempDir
    static Path workspace;

    @BeforeAll
    static void indexSamples() {
        CliRun r = CliRun.run(workspace, "index", "--corpus", SharedData.corpus().toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("5 reports indexed"), r.out());
    }

    @Test
    void searchFindsNonStateActorsInTheWebinarReport() {
        CliRun r = CliRun.run(workspace, "search", "\"non-state actors\"", "--json", "--limit", "20");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = r.json();
        assertTrue(json.get("total").asInt() >= 1);
        List<String> sources = new ArrayList<>();
        for (JsonNode hit : json.get("hits")) {
            sources.add(hit.get("claim").get("source").asText());
            assertTrue(hit.get("marked").asText().toLowerCase(Locale.ROOT).contains("**non-state actors**"), hit.toString());
        }
        assertTrue(sources.stream().anyMatch(s -> s.startsWith("000_")), sources::toString);
        assertTrue(json.get("facets").isArray());
    }

    @Test
    void searchModesAreChosenAndEachHitSaysHowItWasFound() {
        CliRun lexical = CliRun.run(workspace, "search", "\"non-state actors\"", "--mode", "lexical", "--json");
        assertEquals(0, lexical.exit(), lexical.err());
        assertEquals("lexical", lexical.json().get("mode").asText());
        assertTrue(lexical.json().get("meaningNote").isNull());
        for (JsonNode hit : lexical.json().get("hits")) {
            assertEquals("words", hit.get("match").asText());
        }
        // the tests index without embedding: the default mode finds by words and says why, once
        CliRun hybrid = CliRun.run(workspace, "search", "\"non-state actors\"");
        assertEquals(0, hybrid.exit(), hybrid.err());
        String note = CliRun.run(workspace, "search", "\"non-state actors\"", "--json").json().get("meaningNote")
                .asText();
        assertTrue(note.startsWith("Searched by words only: "), note);
        assertEquals(1, hybrid.out().split(java.util.regex.Pattern.quote(note), -1).length - 1, hybrid.out());
        assertTrue(hybrid.out().contains(" · by words\n"), hybrid.out());

        CliRun wrong = CliRun.run(workspace, "search", "security", "--mode", "meaning");
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().contains("--mode must be lexical, semantic or hybrid, not 'meaning'"), wrong.err());
    }

    @Test
    void claimsJsonCarriesTheContractFields() {
        CliRun r = CliRun.run(workspace, "claims", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode claims = r.json();
        assertTrue(claims.size() > 100, "claims: " + claims.size());
        for (String field : List.of("id", "source", "report", "page", "section", "start", "end", "text", "speaker",
                "attributedTo", "attribution", "confidence", "countries", "speakerCountry", "regions", "themes",
                "organisations", "tags")) {
            assertTrue(claims.get(0).has(field), "missing " + field);
        }
    }

    @Test
    void reportsJsonListsFiveReports() {
        JsonNode reports = CliRun.run(workspace, "reports", "--json").json();
        assertEquals(5, reports.size());
        for (JsonNode r : reports) {
            assertEquals(64, r.get("id").asText().length());
            assertTrue(r.get("claims").asInt() > 0);
        }
    }

    @Test
    void theReportListSaysWhatAReportLacksInWordsNotNull() {
        JsonNode reports = CliRun.run(workspace, "reports", "--json").json();
        boolean someUndated = false;
        for (JsonNode r : reports) {
            someUndated |= r.get("date").isNull();
        }
        assertTrue(someUndated, "the samples include a report without a date (the case this test is about)");
        String listed = CliRun.run(workspace, "reports").out();
        assertFalse(listed.contains("null"), listed);
        assertTrue(listed.contains("undated"), listed);
    }

    @Test
    void aQueryTypoSaysWhereItBrokeWithExitCodeTwo() {
        CliRun r = CliRun.run(workspace, "search", "speaker:Babar AND (trade");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Query syntax error at position"), r.err());
        assertTrue(r.err().contains("^"), r.err());
        CliRun field = CliRun.run(workspace, "search", "speakr:Babar");
        assertEquals(2, field.exit());
        assertTrue(field.err().contains("unknown field 'speakr'"), field.err());
    }

    @Test
    void reindexingSkipsUnchangedFiles() {
        CliRun r = CliRun.run(workspace, "index", "--corpus", SharedData.corpus().toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        assertEquals(5, r.json().get("unchanged").asInt());
        assertEquals(0, r.json().get("indexed").asInt());
    }

    @Test
    void indexingAMissingRootWarnsAndFailsWithNothingIndexed(@TempDir Path other) {
        CliRun r = CliRun.run(other, "index", "--corpus", other.resolve("nope").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("No corpus folder " + other.resolve("nope")), r.err());
    }

    @Test
    void unknownClaimsAndTagsAreRefusedNotCreated(@TempDir Path ws) throws Exception {
        Files.createDirectories(ws);
        CliRun noClaim = CliRun.run(workspace, "code", "no-such-claim", "Energy");
        assertEquals(1, noClaim.exit());
        assertTrue(noClaim.err().contains("No claim with id 'no-such-claim'"), noClaim.err());
        String claim = CliRun.run(workspace, "claims", "--json").json().get(0).get("id").asText();
        CliRun noTag = CliRun.run(workspace, "code", claim, "No Such Tag");
        assertEquals(1, noTag.exit());
        assertTrue(noTag.err().contains("No tag named"), noTag.err());
        assertFalse(CliRun.run(workspace, "tag", "list", "--json").out().contains("No Such Tag"));
    }
}
