package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.AnnotationException;
import org.rapporteur.model.FacetCount;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SearchResult;
import org.rapporteur.model.SortOrder;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/**
 * One person written several ways is one person in the registry, in search and in the speaker facet; the analyst's
 * merges and splits are undoable and outlive a re-index and a reopened workspace (ADR 0021). Invented speakers.
 */
class PeopleMergeTest {
    private static final String SPEECH = """
            Statement to the Assembly

            Our fisheries depend on clean water and we will protect the northern rivers for the next generation.

            We call on every delegation to fund the monitoring of glaciers and to share what the data shows.

            Trade rules must reward the ports that cut their emissions, and we will propose such rules this year.
            """;

    @TempDir
    Path dir;

    private Path corpus() throws Exception {
        Path root = Files.createDirectories(dir.resolve("corpus"));
        String[][] speeches = {
                {"nor-2010.txt", "2010", "Josefina M. Arkwright", "Norway"},
                {"nor-2013.txt", "2013", "Josefina Maren Arkwright", "Norway"},
                {"swe-2011.txt", "2011", "Peter Arkwright", "Sweden"},
                {"fin-2012.txt", "2012", "William Tarrow", "Finland"},
                {"fin-2014.txt", "2014", "Bill Tarrow", "Finland"}};
        StringBuilder sidecar = new StringBuilder("file,title,date,kind,speaker,speaker role,speaker country\n");
        for (String[] s : speeches) {
            Files.writeString(root.resolve(s[0]), SPEECH.replace("Assembly", "Assembly " + s[1]) + "\n" + s[0]);
            sidecar.append(String.join(",", s[0], "Statement " + s[1], s[1], "speech", s[2], "Minister", s[3]))
                    .append('\n');
        }
        Files.writeString(root.resolve("rapporteur-metadata.csv"), sidecar, StandardCharsets.UTF_8);
        return root;
    }

    private static PersonSummary person(Workspace ws, String name) {
        return ws.peopleService().people().stream().filter(p -> p.aliases().contains(name)).findFirst().orElseThrow(
                () -> new AssertionError(name + " not in " + ws.peopleService().people()));
    }

    private static long total(Workspace ws, String query) {
        return ws.corpus().search(SearchRequest.of(query, 10)).total();
    }

    private static long filtered(Workspace ws, String speaker) {
        return ws.corpus().search(new SearchRequest("", Map.of(FacetDimension.SPEAKER, Set.of(speaker)), SortOrder.RELEVANCE,
                10, 0, 20)).total();
    }

    private static Map<String, Long> speakerFacet(Workspace ws) {
        SearchResult r = ws.corpus().search(SearchRequest.of("", 10));
        FacetCount f = r.facets().stream().filter(c -> c.dimension() == FacetDimension.SPEAKER).findFirst()
                .orElseThrow();
        java.util.Map<String, Long> m = new java.util.HashMap<>();
        f.values().forEach(v -> m.put(v.value(), v.count()));
        return m;
    }

    @Test
    void variantsAreOnePersonInTheRegistrySearchAndFacet() throws Exception {
        Path root = corpus();
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            ws.index(List.of(root), ProgressListener.NONE, Cancellation.NEVER);
            long perSpeech = total(ws, "speaker:\"Peter Arkwright\"");
            assertTrue(perSpeech > 0, "the sidecar's speaker has the claims");

            PersonSummary josefina = person(ws, "Josefina M. Arkwright");
            assertEquals("Josefina Maren Arkwright", josefina.name(), "the most complete form is the name");
            assertTrue(josefina.aliases().contains("Josefina Maren Arkwright"), josefina.aliases().toString());
            assertFalse(josefina.aliases().contains("Peter Arkwright"), "another given name, another country");
            assertEquals(person(ws, "Bill Tarrow").id(), person(ws, "William Tarrow").id(), "a short form");
            assertEquals(2 * perSpeech, josefina.claims());

            assertEquals(2 * perSpeech, total(ws, "speaker:\"Josefina M. Arkwright\""), "found under either name");
            assertEquals(2 * perSpeech, filtered(ws, "Josefina Maren Arkwright"));
            Map<String, Long> facet = speakerFacet(ws);
            assertEquals(2 * perSpeech, facet.get("Josefina Maren Arkwright"), facet.toString());
            assertFalse(facet.containsKey("Josefina M. Arkwright"), "counted once, under the person's name");
            assertEquals(perSpeech, facet.get("Peter Arkwright"));

            ClaimTable table = new ClaimAggregates(ws).collect(new SearchRequest("", Map.of(FacetDimension.SPEAKER,
                    Set.of("Josefina Maren Arkwright")), SortOrder.RELEVANCE, 10, 0, 20),
                    java.util.EnumSet.of(FacetDimension.SPEAKER), ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(2 * perSpeech, table.size(), "the analysis views filter by the person too");
        }
    }

    @Test
    void theAnalystSplitsAndMergesUndoesAndKeepsItAcrossReindexAndReopen() throws Exception {
        Path root = corpus();
        Path wsDir = dir.resolve("ws");
        long perSpeech;
        try (Workspace ws = Workspace.open(wsDir)) {
            ws.index(List.of(root), ProgressListener.NONE, Cancellation.NEVER);
            perSpeech = total(ws, "speaker:\"Peter Arkwright\"");
            PeopleService people = ws.peopleService();

            people.split("Josefina Arkwright", "Josefina M. Arkwright");
            assertFalse(person(ws, "Josefina M. Arkwright").aliases().contains("Josefina Maren Arkwright"));
            assertEquals(perSpeech, total(ws, "speaker:\"Josefina M. Arkwright\""), "split: one name, one speech");
            assertEquals(perSpeech, speakerFacet(ws).get("Josefina M. Arkwright"));

            ws.annotations().undo();
            assertTrue(person(ws, "Josefina M. Arkwright").aliases().contains("Josefina Maren Arkwright"),
                    "undo brings the automatic merge back");
            assertEquals(2 * perSpeech, total(ws, "speaker:\"Josefina M. Arkwright\""));

            people.merge("Peter Arkwright", "Josefina Maren Arkwright");
            assertEquals(person(ws, "Peter Arkwright").id(), person(ws, "Josefina M. Arkwright").id());
            assertEquals(3 * perSpeech, total(ws, "speaker:\"Peter Arkwright\""));

            AnnotationException twice = assertThrows(AnnotationException.class,
                    () -> people.merge("Josefina Arkwright", "Peter Arkwright"));
            assertTrue(twice.getMessage().contains("one person already"), twice.getMessage());
            AnnotationException unknown = assertThrows(AnnotationException.class,
                    () -> people.merge("Peter Arkwright", "Nobody Ofthatname"));
            assertTrue(unknown.getMessage().contains("No person named 'Nobody Ofthatname'"), unknown.getMessage());
            AnnotationException notAName = assertThrows(AnnotationException.class,
                    () -> people.split("Bill Tarrow", "Peter Arkwright"));
            assertTrue(notAName.getMessage().contains("is not a name of"), notAName.getMessage());

            ws.index(List.of(root), ProgressListener.NONE, Cancellation.NEVER, true);
            assertEquals(person(ws, "Peter Arkwright").id(), person(ws, "Josefina M. Arkwright").id(),
                    "a forced re-index keeps the analyst's merge");
        }
        try (Workspace ws = Workspace.open(wsDir)) {
            assertEquals(person(ws, "Peter Arkwright").id(), person(ws, "Josefina M. Arkwright").id(),
                    "so does a reopened workspace");
            assertEquals(3 * perSpeech, total(ws, "speaker:\"Josefina M. Arkwright\""));
        }
    }
}
