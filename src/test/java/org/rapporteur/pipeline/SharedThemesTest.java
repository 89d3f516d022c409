package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.ClaimResolver;
import org.rapporteur.enrich.ThemeTaxonomy;
import org.rapporteur.model.Theme;
import org.rapporteur.model.ThemeRule;

/**
 * In a team workspace the theme taxonomy and rules are the team's shared setting: an edit here is what another
 * analyst reads, and theirs is what this workbench reads next; a single-user workspace keeps its {@code themes.json}.
 * Another analyst is a second store on the same annotations here; {@code TeamWorkspacesTest} uses two workspaces on
 * one PostgreSQL database.
 */
class SharedThemesTest extends TeamCorpusTestCase {
    private static boolean has(ThemeTaxonomy t, String path) {
        return t.themes().stream().map(Theme::path).anyMatch(path::equals);
    }

    @Test
    void editsAreSharedBothWaysAndNoFileIsWritten() throws Exception {
        Path shared = Files.createDirectories(tmp.resolve("team"));
        Path dir = tmp.resolve("ws");
        team.join(dir, shared);
        try (Workspace ws = Workspace.open(dir);
             AnnotationStore bob = team.store("bob", ClaimResolver.none())) {
            assertTrue(ws.themes().shared());
            assertTrue(bob.sharedCorpus().setting(ThemeService.SETTING).isEmpty(), "opening writes nothing");

            ws.themes().addTheme("Water/Dams", List.of("dam", "reservoir"));
            ThemeTaxonomy bobs = ThemeTaxonomy.parse(bob.sharedCorpus().setting(ThemeService.SETTING).orElseThrow());
            assertTrue(has(bobs, "Water/Dams"), "Bob reads the theme added here");

            // Bob adds a rule; this workbench sees it on its next read, and keeps its own theme (edits start afresh)
            bob.sharedCorpus().putSetting(ThemeService.SETTING, bobs.withRule(new ThemeRule("Water/Dams",
                    "text:indus")).toJson());
            assertTrue(ws.themes().rules().contains(new ThemeRule("Water/Dams", "text:indus")));
            ws.themes().addTerms("Water/Dams", List.of("barrage"));
            ThemeTaxonomy both = ThemeTaxonomy.parse(bob.sharedCorpus().setting(ThemeService.SETTING).orElseThrow());
            assertTrue(both.rules().contains(new ThemeRule("Water/Dams", "text:indus")), "Bob's rule was kept");
            assertTrue(both.theme("Water/Dams").orElseThrow().terms().contains("barrage"));
            assertFalse(Files.exists(dir.resolve(ThemeService.FILE)), "a team keeps no taxonomy file");
            assertFalse(ws.annotations().canUndo(), "a shared setting is no undoable annotation change");
        }
    }

    @Test
    void aChangeEventFromAnotherAnalystReloadsTheTaxonomy() throws Exception {
        Path shared = Files.createDirectories(tmp.resolve("team"));
        Path dir = tmp.resolve("ws");
        team.join(dir, shared);
        try (Workspace ws = Workspace.open(dir);
             AnnotationStore bob = team.store("bob", ClaimResolver.none())) {
            ThemeTaxonomy before = ws.themes().taxonomy();
            bob.sharedCorpus().putSetting(ThemeService.SETTING, before.withTheme("Energy/Hydro", List.of("hydel"))
                    .toJson());
            ws.store().pollExternalChanges(); // what the workbench's watcher does
            assertTrue(has(ws.themes().taxonomy(), "Energy/Hydro"));
            assertTrue(ws.themes().taxonomy() == ws.themes().taxonomy(), "an unchanged setting is not parsed again");
        }
    }

    @Test
    void aSingleUserWorkspaceKeepsItsFile() {
        Path dir = tmp.resolve("alone");
        try (Workspace ws = Workspace.open(dir)) {
            assertFalse(ws.themes().shared());
            ws.themes().addTheme("Water/Dams", List.of("dam"));
            assertTrue(Files.exists(dir.resolve(ThemeService.FILE)));
            assertTrue(ws.store().sharedCorpus().setting(ThemeService.SETTING).isEmpty());
        }
    }
}
