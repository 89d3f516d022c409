package org.rapporteur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.testing.SharedData;

/** {@code search --filter codedBy=NAME}: the claims one analyst coded, from the command line, as the tag facet works. */
class CodedByCommandTest {
    @TempDir
    Path workspace;

    @Test
    void theFilterFindsTheClaimsTheAnalystCodedAndTheFacetCountsThem() {
        assertEquals(0, CliRun.run(workspace, "index", "--no-embed", "--corpus", SharedData.corpus().toString())
                .exit());
        List<String> ids;
        String analyst;
        try (Workspace ws = Workspace.open(workspace)) {
            ids = ws.corpus().claimsOf(ws.corpus().reports().getFirst().id()).stream().map(r -> r.claim().id()).limit(3).toList();
            analyst = System.getProperty("user.name"); // a single-user workspace records changes under it
        }
        assertEquals(0, CliRun.run(workspace, "tag", "add", "Security").exit());
        assertEquals(0, CliRun.run(workspace, "code", ids.get(0), "Security").exit());
        assertEquals(0, CliRun.run(workspace, "code", ids.get(2), "Security").exit());

        CliRun r = CliRun.run(workspace, "search", "--json", "--filter", "codedBy=" + analyst, "--limit", "20");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = r.json();
        List<String> found = new ArrayList<>();
        json.get("hits").forEach(h -> found.add(h.get("claim").get("id").asText()));
        assertEquals(List.of(ids.get(0), ids.get(2)).stream().sorted().toList(), found.stream().sorted().toList());
        boolean counted = false;
        for (JsonNode f : json.get("facets")) {
            if (f.get("dimension").asText().equals("codedBy")) {
                assertEquals(analyst, f.get("values").get(0).get("value").asText());
                assertEquals(2, f.get("values").get(0).get("count").asInt());
                counted = true;
            }
        }
        assertTrue(counted, r.out());
        json.get("hits").forEach(h -> assertEquals(analyst, h.get("claim").get("codedBy").get(0).asText()));

        CliRun nobody = CliRun.run(workspace, "search", "--json", "--filter", "codedBy=nobody-at-all");
        assertEquals(0, nobody.json().get("hits").size(), nobody.out());
    }
}
