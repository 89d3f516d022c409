package org.rapporteur.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Theme;
import org.rapporteur.model.ThemeMatch;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * The inspector's theme corrections, without a window: "Not this theme" and "Add theme…" are analyst corrections that
 * re-index the claim's report (the claim read back from the index has the theme gone or added) and that undo takes
 * back; the add-theme list is the taxonomy's leaves, filtered by what is typed, without the claim's own themes.
 */
class ThemeCorrectionTest {
    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static BackgroundTasks tasks;

    @BeforeAll
    static void setUp() {
        FxTestSupport.startToolkit();
        workspace = FxTestSupport.freshWorkspace(dir.resolve("ws"));
        tasks = new BackgroundTasks();
    }

    @AfterAll
    static void tearDown() {
        tasks.shutdown();
        workspace.close();
    }

    private static ClaimRecord aClaimWithAThemeAndWithout(String theme) {
        return workspace.corpus().reports().stream().flatMap(r -> workspace.corpus().claimsOf(r.id()).stream())
                .filter(r -> !r.claim().enrichment().themes().isEmpty())
                .filter(r -> themesOf(r).stream().noneMatch(theme::equals)).findFirst().orElseThrow();
    }

    private static List<String> themesOf(ClaimRecord r) {
        return r.claim().enrichment().themes().stream().map(ThemeMatch::theme).toList();
    }

    private static List<String> indexedThemes(String claimId) {
        return themesOf(workspace.corpus().claim(claimId).orElseThrow());
    }

    @Test
    void removingAndAddingAThemeAreCorrectionsTheIndexShowsAndUndoTakesBack() {
        String added = "Society/Health and pandemics";
        ClaimRecord claim = aClaimWithAThemeAndWithout(added);
        String id = claim.claim().id();
        String removed = themesOf(claim).getFirst();
        InspectorViewModel vm = onFx(() -> new InspectorViewModel(workspace, tasks));
        onFx(() -> vm.show(claim));
        waitUntil(20, () -> vm.annotationsProperty().get() != null && !vm.themes().isEmpty());

        onFx(() -> vm.removeTheme(removed));
        waitUntil(20, () -> !indexedThemes(id).contains(removed));
        assertNull(onFx(() -> vm.messageProperty().get()));
        onFx(vm::reload); // the workbench reloads on the store's change event; here nobody listens
        waitUntil(20, () -> !themesOf(vm.claimProperty().get()).contains(removed));

        onFx(() -> vm.addTheme(added));
        waitUntil(20, () -> indexedThemes(id).contains(added));

        workspace.annotations().undo();
        waitUntil(20, () -> !indexedThemes(id).contains(added)); // undo takes the added theme back
        workspace.annotations().undo();
        waitUntil(20, () -> indexedThemes(id).contains(removed)); // and gives the removed one back
    }

    @Test
    void theAddThemeListIsTheTaxonomyFilteredByWhatIsTypedWithoutTheClaimsThemes() {
        List<Theme> all = workspace.themes().themes();
        assertEquals(36, all.size(), "the taxonomy's leaves");
        ClaimRecord claim = aClaimWithAThemeAndWithout("Society/Health and pandemics");
        List<Theme> choices = InspectorViewModel.themeChoices(all, "", claim);
        assertEquals(all.size() - claim.claim().enrichment().themes().size(), choices.size());
        assertTrue(choices.stream().noneMatch(t -> themesOf(claim).contains(t.path())));
        List<Theme> pandemic = InspectorViewModel.themeChoices(all, "PANDEM", claim);
        assertEquals(List.of("Society/Health and pandemics"), pandemic.stream().map(Theme::path).toList());
        assertEquals(7, InspectorViewModel.themeChoices(all, "economy/", null).size(),
                "typing a parent lists its leaves");
        assertEquals("Health and pandemics  ·  Society", InspectorViewModel.themeChoice(pandemic.getFirst()));
    }
}
