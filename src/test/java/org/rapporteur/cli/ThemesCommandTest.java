package org.rapporteur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code themes add} with a description and examples, {@code themes add-example}, and what {@code themes list} shows. */
class ThemesCommandTest {
    @Test
    void aThemeAddedWithADescriptionAndExamplesIsListedWithThem(@TempDir Path ws) {
        org.rapporteur.pipeline.Workspace.open(ws).close(); // an empty workspace
        CliRun add = CliRun.run(ws, "themes", "add", "Society/Water", "water scarcity", "--description",
                "Water supply, scarcity and disputes over rivers.", "--example", "The Indus treaty is under strain.",
                "--example", "Wells in the south have run dry.");
        assertEquals(0, add.exit(), add.err());
        CliRun more = CliRun.run(ws, "themes", "add-example", "Society/Water", "Glaciers feed the rivers less.");
        assertEquals(0, more.exit(), more.err());
        assertTrue(more.out().contains("added 1 example to Society/Water"), more.out());

        String list = CliRun.run(ws, "themes", "list").out();
        assertTrue(list.contains("Society/Water  (3 examples)"), list);
        assertTrue(list.contains("    Water supply, scarcity and disputes over rivers."), list);
        assertTrue(list.contains("    terms: water scarcity"), list);
        String json = CliRun.run(ws, "themes", "list", "--json").out();
        assertTrue(json.contains("\"description\":\"Water supply, scarcity and disputes over rivers.\"")
                || json.contains("\"description\" : \"Water supply, scarcity and disputes over rivers.\""), json);
        assertTrue(json.contains("yourExamples"), json);

        CliRun unknown = CliRun.run(ws, "themes", "add-example", "Society/Nope", "x");
        assertTrue(unknown.exit() != 0 && unknown.err().contains("No theme 'Society/Nope'"), unknown.err());
    }
}
