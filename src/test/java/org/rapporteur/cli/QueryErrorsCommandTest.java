package org.rapporteur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.testing.SharedData;

/**
 * `rapporteur search` on the sample corpus: typos with ~ find what the word finds, and queries past the limits get one
 * message with the position and exit code 2, never a trace.
 */
class QueryErrorsCommandTest {
    @TempDir
    static Path workspace;

    @BeforeAll
    static void indexSamples() {
        CliRun r = CliRun.run(workspace, "index", "--corpus", SharedData.corpus().toString());
        assertEquals(0, r.exit(), r.err());
    }

    private static Set<String> ids(String query) {
        CliRun r = CliRun.run(workspace, "search", query, "--json", "--limit", "1000");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = r.json();
        assertEquals(json.get("total").asInt(), json.get("hits").size(), "all hits listed");
        Set<String> out = new TreeSet<>();
        for (JsonNode hit : json.get("hits")) {
            out.add(hit.get("claim").get("id").asText());
            assertTrue(hit.get("marked").asText().contains("**"), "the matched words are marked: " + hit);
        }
        return out;
    }

    @Test
    void typosMarkedWithATildeFindWhatTheWordFinds() {
        Set<String> security = ids("security");
        assertTrue(security.size() > 20, "security: " + security.size());
        assertEquals(security, ids("securty~1"));
        Set<String> fuzzy = ids("security~");
        assertTrue(fuzzy.containsAll(security), "security~ lost some of security's claims");
    }

    private static CliRun refused(String query) {
        CliRun r = CliRun.run(workspace, "search", query);
        assertEquals(2, r.exit(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertTrue(r.err().lines().count() <= 3, "message, excerpt, caret: " + r.err());
        return r;
    }

    @Test
    void queriesPastTheLimitsSayWhereAndExitTwo() {
        CliRun deep = refused("(".repeat(5_000) + "security" + ")".repeat(5_000));
        assertTrue(deep.err().startsWith("Query syntax error at position 101: query nests parentheses 5,000 deep; "
                + "the limit is 100"), deep.err());
        CliRun many = refused(IntStream.range(0, 12_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" ")));
        assertTrue(many.err().contains("query has 12,000 terms; the limit is 1,000"), many.err());
        CliRun boost = refused("security^1e30");
        assertTrue(boost.err().startsWith("Query syntax error at position 9: boost '^1e30' is not a plain number"),
                boost.err());
        CliRun regex = refused("security /(a|b)*a(a|b){30}/");
        assertTrue(regex.err().startsWith("Query syntax error at position 10: this pattern is too complex"),
                regex.err());
    }
}
