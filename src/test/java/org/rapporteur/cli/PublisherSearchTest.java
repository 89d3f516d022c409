package org.rapporteur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.testing.SharedData;

/**
 * The publisher (the organisation a report's metadata names, which the library groups by) is a field and a facet of
 * its own, apart from the organisations a claim mentions ({@code org:}). The name is taken from the samples' metadata
 * at test time.
 */
class PublisherSearchTest {
    @TempDir
    static Path workspace;
    /** The publisher with the most reports in the samples, and how many claims its reports have. */
    private static String publisher;
    private static long publishedClaims;
    /** Each report's publisher by report id (a claim's JSON names its report, not the report's publisher). */
    private static final Map<String, String> publisherOfReport = new HashMap<>();

    @BeforeAll
    static void indexSamples() {
        CliRun r = CliRun.run(workspace, "index", "--corpus", SharedData.corpus().toString());
        assertEquals(0, r.exit(), r.err());
        Map<String, Integer> reports = new HashMap<>();
        Map<String, Long> claims = new HashMap<>();
        for (JsonNode report : CliRun.run(workspace, "reports", "--json").json()) {
            JsonNode org = report.get("organisation");
            if (org != null && !org.isNull() && !org.asText().isBlank()) {
                publisherOfReport.put(report.get("id").asText(), org.asText());
                reports.merge(org.asText(), 1, Integer::sum);
                claims.merge(org.asText(), report.get("claims").asLong(), Long::sum);
            }
        }
        assertFalse(reports.isEmpty(), "no sample report names its organisation");
        publisher = reports.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        publishedClaims = claims.get(publisher);
        assertTrue(publishedClaims > 0, publisher + " has no claims");
    }

    @Test
    void publisherFieldFindsEveryClaimOfThePublishersReports() {
        CliRun r = CliRun.run(workspace, "search", "publisher:\"" + publisher + "\"", "--json", "--limit", "5");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = r.json();
        assertTrue(json.get("total").asLong() >= publishedClaims,
                "publisher:\"" + publisher + "\" found " + json.get("total") + " of " + publishedClaims + " claims");
        for (JsonNode hit : json.get("hits")) {
            // a phrase query may also match a longer name that contains this one, never an unrelated publisher
            assertTrue(publisherOf(hit).contains(publisher), hit.toString());
        }
    }

    @Test
    void publisherFacetCountsTheClaimsOfThePublishersReports() {
        JsonNode json = CliRun.run(workspace, "search", "--json", "--limit", "1").json();
        JsonNode facet = facet(json, FacetDimension.PUBLISHER.key());
        assertEquals("Publisher", facet.get("label").asText());
        long counted = -1;
        for (JsonNode v : facet.get("values")) {
            if (v.get("value").asText().equals(publisher)) {
                counted = v.get("count").asLong();
            }
        }
        assertEquals(publishedClaims, counted, "facet count of " + publisher + " in " + facet);
        assertEquals("Organisations mentioned", facet(json, FacetDimension.ORGANISATION.key()).get("label").asText());
    }

    @Test
    void filteringByThePublisherKeepsExactlyItsReports() {
        CliRun r = CliRun.run(workspace, "search", "--json", "--limit", "1000", "--filter", "publisher=" + publisher);
        assertEquals(0, r.exit(), r.err());
        JsonNode json = r.json();
        assertEquals(publishedClaims, json.get("total").asLong());
        for (JsonNode hit : json.get("hits")) {
            assertEquals(publisher, publisherOf(hit));
        }
    }

    @Test
    void searchHelpNamesThePublisherFieldAndEveryFacet() {
        CliRun r = CliRun.run(null, "help", "search");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("publisher:"), r.out());
        for (FacetDimension d : FacetDimension.values()) {
            assertTrue(r.out().contains(d.key()), "search --help does not name the facet " + d.key() + ":\n" + r.out());
        }
    }

    private static String publisherOf(JsonNode hit) {
        return publisherOfReport.getOrDefault(hit.get("claim").get("reportId").asText(), "");
    }

    private static JsonNode facet(JsonNode json, String key) {
        for (JsonNode f : json.get("facets")) {
            if (f.get("dimension").asText().equals(key)) {
                return f;
            }
        }
        throw new AssertionError("no facet " + key + " in " + json.get("facets"));
    }
}
