package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a new workspace's corpus comes from (ADR 0027): from a clone ({@code rapporteur.home}) the clone's
 * {@code corpus/} folder is the default root; without it (an installed app) there is none, never the {@code corpus/}
 * of the working directory. The sample reports: {@code rapporteur.samples}, else the clone's {@code corpus/samples};
 * when there are none, a sentence says why.
 */
class FirstStartRootsTest {
    @TempDir
    Path dir;

    @Test
    void onlyAProgramStartedFromACloneHasADefaultCorpusRoot() {
        assertEquals(Optional.empty(), WorkspaceLocator.defaultCorpusRoot(null));
        assertEquals(Optional.empty(), WorkspaceLocator.defaultCorpusRoot(" "));
        assertEquals(Optional.of(dir.resolve("corpus")), WorkspaceLocator.defaultCorpusRoot(dir.toString()));
    }

    @Test
    void theSamplesAreTheFolderTheLauncherNamesElseTheClones() throws IOException {
        Path packaged = reports(dir.resolve("app/samples"), 3);
        Path clone = dir.resolve("clone");
        reports(clone.resolve("corpus/samples"), 2);

        SampleReports fromPackage = SampleReports.locate(packaged.toString(), clone.toString());
        assertEquals(packaged, fromPackage.folder(), "the launcher's folder wins");
        assertEquals(3, fromPackage.files());
        assertTrue(fromPackage.available());
        assertNull(fromPackage.whyNot());

        SampleReports fromClone = SampleReports.locate(null, clone.toString());
        assertEquals(clone.resolve("corpus/samples"), fromClone.folder());
        assertEquals(2, fromClone.files());
    }

    @Test
    void withoutSamplesASentenceSaysWhy() throws IOException {
        SampleReports none = SampleReports.locate(null, null);
        assertFalse(none.available());
        assertEquals("This copy of Rapporteur came without sample reports.", none.whyNot());

        SampleReports missing = SampleReports.locate(dir.resolve("nowhere").toString(), null);
        assertFalse(missing.available());
        assertTrue(missing.whyNot().contains(dir.resolve("nowhere") + " does not exist"), missing.whyNot());

        // a clone without the shared folder beside it: corpus/samples is a link to nothing
        Path clone = Files.createDirectories(dir.resolve("clone/corpus"));
        Files.createSymbolicLink(clone.resolve("samples"), Path.of("../../shared/corpus"));
        SampleReports dangling = SampleReports.locate(null, dir.resolve("clone").toString());
        assertFalse(dangling.available());
        assertTrue(dangling.whyNot().contains("links to a folder that does not exist"), dangling.whyNot());

        // a folder of things that are not reports (a README, a sidecar, a spreadsheet)
        Path notReports = Files.createDirectories(dir.resolve("odd"));
        Files.writeString(notReports.resolve("README.md"), "About these files");
        Files.writeString(notReports.resolve("rapporteur-metadata.csv"), "file,title\n");
        Files.writeString(notReports.resolve("budget.xlsx"), "not a report");
        SampleReports empty = SampleReports.locate(notReports.toString(), null);
        assertFalse(empty.available());
        assertTrue(empty.whyNot().endsWith("holds no report files."), empty.whyNot());
    }

    @Test
    void theRootsOfAWorkspaceAreReadWithoutOpeningIt() throws IOException {
        Path ws = dir.resolve("ws");
        assertEquals(List.of(), rootsWithoutHome(ws), "no workspace, no clone: nothing to index");
        Files.createDirectories(ws);
        new WorkspaceSettings(List.of(dir.resolve("reports").toString()), java.util.Map.of())
                .save(ws.resolve("workspace.json"));
        assertEquals(List.of(dir.resolve("reports")), rootsWithoutHome(ws));
        assertFalse(Files.exists(ws.resolve("index")), "reading the roots made no index");
    }

    /** {@link Workspace#corpusRootsOf} as an installed app sees it (no {@code rapporteur.home}). */
    private static List<Path> rootsWithoutHome(Path ws) {
        String home = System.getProperty("rapporteur.home");
        System.clearProperty("rapporteur.home");
        try {
            return Workspace.corpusRootsOf(ws);
        } finally {
            if (home != null) {
                System.setProperty("rapporteur.home", home);
            }
        }
    }

    private static Path reports(Path folder, int n) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("README.md"), "What these are"); // not a report: not counted
        for (int i = 0; i < n; i++) {
            Files.writeString(folder.resolve("report-" + i + ".txt"), "Report " + i + "\n\nDr. A said a thing.\n");
        }
        return folder;
    }
}
