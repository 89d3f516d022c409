package org.rapporteur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.pipeline.WorkspaceSettings;
import org.rapporteur.testing.AsAnInstalledApp;
import org.rapporteur.testing.InventedReportText;

/**
 * {@code rapporteur index} as an installed app runs it (no {@code rapporteur.home}, so no default corpus root; the
 * samples where {@code rapporteur.samples} says, ADR 0027): with nothing to read it says what to do and makes no
 * workspace; {@code --samples} indexes the sample reports (invented ones here) and remembers them as the root.
 */
@ExtendWith(AsAnInstalledApp.class)
class FirstStartCommandTest {
    @TempDir
    Path dir;

    @Test
    void indexWithNoCorpusFolderSaysWhatToDoAndMakesNoWorkspace() {
        Path ws = dir.resolve("ws");
        CliRun run = CliRun.run(ws, "index");
        assertEquals(ExitCodes.USER_ERROR, run.exit(), run.err());
        assertTrue(run.err().contains("has no corpus folder yet"), run.err());
        assertTrue(run.err().contains("rapporteur index --corpus DIR"), run.err());
        assertTrue(run.err().contains("rapporteur index --samples"), run.err());
        assertFalse(Files.exists(ws), "no workspace is made for nothing");
    }

    @Test
    void indexSamplesReadsTheSampleReportsAndRemembersThem() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("app/samples"));
        for (int i = 0; i < 2; i++) {
            StringBuilder text = new StringBuilder("Seminar " + i + " on the Halvard Basin\n\n");
            for (String p : InventedReportText.paragraphs(new Random(i), 3, 3)) {
                text.append(p).append("\n\n");
            }
            Files.writeString(folder.resolve("seminar-" + i + ".txt"), text);
        }
        System.setProperty("rapporteur.samples", folder.toString());
        Path ws = dir.resolve("ws");

        CliRun first = CliRun.run(ws, "index", "--samples");
        assertEquals(ExitCodes.OK, first.exit(), first.out() + first.err());
        assertTrue(first.out().contains("index: 2 reports"), first.out());
        assertEquals(List.of(folder.toString()),
                WorkspaceSettings.load(ws.resolve("workspace.json")).corpusRoots(), "the samples are the root now");

        CliRun again = CliRun.run(ws, "index");
        assertEquals(ExitCodes.OK, again.exit(), again.out() + again.err());
        assertTrue(again.out().contains("index: 2 reports"), again.out());

        CliRun search = CliRun.run(ws, "search", "Halvard");
        assertEquals(ExitCodes.OK, search.exit(), search.err());
        assertFalse(search.out().startsWith("0 claims"), search.out());
    }

    @Test
    void indexSamplesWithoutSamplesSaysWhy() {
        System.setProperty("rapporteur.samples", dir.resolve("gone").toString());
        Path ws = dir.resolve("ws");
        CliRun run = CliRun.run(ws, "index", "--samples");
        assertEquals(ExitCodes.USER_ERROR, run.exit(), run.err());
        assertTrue(run.err().contains("does not exist"), run.err());
        assertTrue(run.err().contains("rapporteur index --corpus DIR"), run.err());
        assertFalse(Files.exists(ws));
    }
}
