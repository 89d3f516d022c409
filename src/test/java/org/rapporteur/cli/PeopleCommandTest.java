package org.rapporteur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code people}, {@code people merge}, {@code people split} and {@code undo} from the command line (ADR 0021). */
class PeopleCommandTest {
    @TempDir
    Path dir;

    private Path corpus() throws Exception {
        Path root = Files.createDirectories(dir.resolve("corpus"));
        String text = "Opening statement\n\nWe will fund the river monitoring and share the data with every"
                + " neighbour this year.\n\nThe ports must cut emissions, and we will propose the rules.\n";
        Files.writeString(root.resolve("a.txt"), text + "a");
        Files.writeString(root.resolve("b.txt"), text + "b");
        Files.writeString(root.resolve("c.txt"), text + "c");
        Files.writeString(root.resolve("rapporteur-metadata.csv"), """
                file,title,date,kind,speaker,speaker role,speaker country
                a.txt,Statement A,2015,speech,Halvard K. Brenne,Minister,Norway
                b.txt,Statement B,2016,speech,Halvard Kristof Brenne,Minister,Norway
                c.txt,Statement C,2016,speech,Ingrid Solvik,Minister,Norway
                """);
        return root;
    }

    private static List<String> namesOfPersonWith(JsonNode people, String alias) {
        for (JsonNode p : people) {
            List<String> aliases = new ArrayList<>();
            p.get("aliases").forEach(a -> aliases.add(a.asText()));
            if (aliases.contains(alias)) {
                return aliases;
            }
        }
        throw new AssertionError(alias + " not in " + people);
    }

    @Test
    void listsAliasesMergesSplitsAndUndoes() throws Exception {
        Path ws = dir.resolve("ws");
        assertEquals(0, CliRun.run(ws, "index", "--corpus", corpus().toString()).exit());

        CliRun listed = CliRun.run(ws, "people", "--json");
        assertEquals(0, listed.exit(), listed.err());
        assertTrue(namesOfPersonWith(listed.json(), "Halvard K. Brenne").contains("Halvard Kristof Brenne"),
                listed.out());

        CliRun merge = CliRun.run(ws, "people", "merge", "Ingrid Solvik", "Halvard Brenne");
        assertEquals(0, merge.exit(), merge.err());
        assertTrue(merge.out().contains("person ‘Halvard Kristof Brenne’ into ‘Ingrid Solvik’"), merge.out());
        assertTrue(namesOfPersonWith(CliRun.run(ws, "people", "--json").json(), "Ingrid Solvik")
                .contains("Halvard K. Brenne"));

        assertEquals(0, CliRun.run(ws, "undo").exit());
        assertEquals(2, namesOfPersonWith(CliRun.run(ws, "people", "--json").json(), "Halvard K. Brenne").size());
        assertTrue(!namesOfPersonWith(CliRun.run(ws, "people", "--json").json(), "Ingrid Solvik")
                .contains("Halvard K. Brenne"), "undone");

        CliRun split = CliRun.run(ws, "people", "split", "Halvard Kristof Brenne", "--variant", "Halvard K. Brenne");
        assertEquals(0, split.exit(), split.err());
        assertEquals(List.of("Halvard K. Brenne"),
                namesOfPersonWith(CliRun.run(ws, "people", "--json").json(), "Halvard K. Brenne"));

        CliRun unknown = CliRun.run(ws, "people", "merge", "Ingrid Solvik", "Nobody Known");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("No person named 'Nobody Known'"), unknown.err());
    }
}
