package org.rapporteur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.rapporteur.testing.SharedData;
import org.rapporteur.testing.TeamHome;
import org.rapporteur.testing.TeamTestCase;

/**
 * {@code rapporteur team sync} on a real team database: two analysts' workspaces, each with its own copy of the
 * shared folder (the sample reports); exit 0 when in sync, 1 with what is missing, and a single-user workspace
 * refused with a sentence.
 */
class TeamSyncCommandTest extends TeamTestCase {
    private static CliRun run(Path ws, String... args) {
        return CliRun.run(ws, args);
    }

    private static CliRun team(Path ws, String sub, String... rest) {
        List<String> all = new java.util.ArrayList<>(List.of("team", sub, "--workspace=" + ws));
        all.addAll(List.of(rest));
        return CliRun.run(null, all.toArray(String[]::new));
    }

    private static Path copySamples(Path folder) throws Exception {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(SharedData.corpus())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        return folder;
    }

    @Test
    void syncSaysWhatIsMissingHereThenThatAllIsInSync() throws Exception {
        Path aliceFolder = copySamples(dir.resolve("alice-reports"));
        Path bobFolder = copySamples(dir.resolve("bob-reports"));
        Path late = bobFolder.resolve("003_b37232f3268136c8.txt");
        Files.delete(late);
        Path alice = dir.resolve("alice");
        Path bob = dir.resolve("bob");
        assertEquals(0, team(alice, "connect", TeamHome.url(team), "--shared-folder", aliceFolder.toString()).exit());
        assertEquals(0, team(bob, "connect", TeamHome.url(team), "--shared-folder", bobFolder.toString()).exit());
        CliRun index = run(alice, "index", "--no-embed", "--corpus", aliceFolder.toString());
        assertEquals(0, index.exit(), index.err());

        CliRun first = team(bob, "sync");
        assertEquals(ExitCodes.USER_ERROR, first.exit(), first.out() + first.err());
        assertTrue(first.out().contains("The team's manifest lists 5 reports; this index holds 4 of them"),
                first.out());
        assertTrue(first.out().contains("Missing here: 1 report"), first.out());
        assertTrue(first.out().contains("? 003_b37232f3268136c8.txt"), first.out());

        Files.copy(aliceFolder.resolve(late.getFileName()), late);
        CliRun second = team(bob, "sync", "--json");
        assertEquals(ExitCodes.OK, second.exit(), second.out() + second.err());
        assertEquals(5, second.json().get("inStep").asInt(), second.out());
        assertEquals(1, second.json().get("index").get("indexed").asInt(), "only the report that arrived is read");
        CliRun third = team(bob, "sync");
        assertTrue(third.out().contains("This workbench is in sync with the team's corpus."), third.out());
    }

    @Test
    void aSingleUserWorkspaceIsToldHowToJoin() throws Exception {
        Path ws = dir.resolve("alone");
        assertEquals(0, run(ws, "index", "--no-embed", "--corpus", SharedData.corpus().toString()).exit());
        CliRun r = team(ws, "sync");
        assertEquals(ExitCodes.USER_ERROR, r.exit());
        assertTrue(r.err().contains("This workspace is not in a team") && r.err().contains("team connect"), r.err());
    }
}
