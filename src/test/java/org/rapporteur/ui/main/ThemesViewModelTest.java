package org.rapporteur.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Theme;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * Analysis ▸ Themes… editing, from its view model without a window: an example sentence added to a theme reaches the
 * workspace's taxonomy (in the background) and the dialog's list and the status bar say so; a new theme with a
 * description and an example is in the taxonomy after; a duplicate or a nameless theme gives a message in plain words,
 * keeps what was typed and throws nothing on the FX thread.
 */
class ThemesViewModelTest {
    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static BackgroundTasks tasks;
    private static MainViewModel main;

    @BeforeAll
    static void setUp() {
        FxTestSupport.startToolkit();
        workspace = FxTestSupport.freshWorkspace(dir.resolve("ws"));
        tasks = new BackgroundTasks();
        main = onFx(() -> new MainViewModel(workspace, tasks, 50));
    }

    @AfterAll
    static void tearDown() throws InterruptedException {
        onFx(main::close);
        Thread.sleep(300);
        tasks.shutdown();
        workspace.close();
    }

    private static Theme theme(String path) {
        return workspace.themes().themes().stream().filter(t -> t.path().equals(path)).findFirst().orElseThrow();
    }

    private static int examplesShown(ThemesViewModel vm, String path) {
        return vm.taxonomyProperty().get().themes().stream().filter(t -> t.path().equals(path)).findFirst()
                .orElseThrow().examples().size();
    }

    @Test
    void anExampleAddedReachesTheTaxonomyAndTheStatusBar() {
        String path = "Society/Education";
        int before = theme(path).examples().size();
        Map<String, Integer> yours = workspace.themes().analystExamples();
        List<String> status = Collections.synchronizedList(new ArrayList<>());
        onFx(() -> main.userMessageProperty().addListener((o, a, m) -> status.add(m)));
        ThemesViewModel vm = onFx(main::themesEditor);
        onFx(vm::load);
        waitUntil(10, () -> vm.taxonomyProperty().get() != null);
        assertEquals(before, onFx(() -> examplesShown(vm, path)));

        String sentence = "Teachers in the north went unpaid for a year and schools closed.";
        onFx(() -> {
            vm.exampleThemeProperty().set(path);
            vm.exampleProperty().set(sentence);
            vm.addExample();
            assertTrue(vm.savingProperty().get(), "saved in the background, not on the FX thread");
        });
        waitUntil(10, () -> !vm.savingProperty().get());

        assertEquals(before + 1, theme(path).examples().size());
        assertTrue(theme(path).examples().contains(sentence));
        assertEquals(yours, workspace.themes().analystExamples(), "the analyst's codings are not examples added");
        assertEquals(before + 1, onFx(() -> examplesShown(vm, path)), "the list's count follows");
        String said = "Example added to Society ▸ Education; Analysis ▸ Re-theme claims applies it.";
        assertEquals(said, onFx(() -> vm.messageProperty().get()));
        assertFalse(onFx(() -> vm.errorProperty().get()));
        assertTrue(onFx(() -> vm.changedProperty().get()), "Re-theme now is offered");
        assertEquals("", onFx(() -> vm.exampleProperty().get()), "the field is cleared once saved");
        waitUntil(5, () -> status.contains(said));
    }

    @Test
    void aNewThemeIsAddedAndADuplicateOrNamelessOneSaysWhyAndKeepsWhatWasTyped() {
        ThemesViewModel vm = onFx(main::themesEditor);
        onFx(vm::load);
        waitUntil(10, () -> vm.taxonomyProperty().get() != null);
        int themes = workspace.themes().themes().size();

        // nameless: said at once, nothing saved, nothing lost
        onFx(() -> {
            vm.parentProperty().set("Society");
            vm.descriptionProperty().set("Housing, rents and homelessness.");
            vm.newExampleProperty().set("Rents in the capital rose faster than wages for the fifth year running.");
            vm.addTheme();
        });
        assertEquals("Give the new theme a name.", onFx(() -> vm.messageProperty().get()));
        assertTrue(onFx(() -> vm.errorProperty().get()));
        assertEquals("Housing, rents and homelessness.", onFx(() -> vm.descriptionProperty().get()));

        onFx(() -> {
            vm.nameProperty().set("Housing");
            vm.termsProperty().set("rents, homelessness, ");
            vm.addTheme();
        });
        waitUntil(10, () -> !vm.savingProperty().get());
        Theme housing = theme("Society/Housing");
        assertEquals("Housing, rents and homelessness.", housing.description());
        assertEquals(List.of("rents", "homelessness"), housing.terms());
        assertEquals(List.of("Rents in the capital rose faster than wages for the fifth year running."),
                housing.examples());
        assertEquals(themes + 1, workspace.themes().themes().size());
        assertTrue(onFx(() -> vm.taxonomyProperty().get().themes().contains(housing)), "the list shows it");
        assertEquals("Society/Housing", onFx(() -> vm.exampleThemeProperty().get()),
                "chosen for more examples");
        assertEquals("", onFx(() -> vm.nameProperty().get()));

        // a duplicate: the service's message, in the dialog, on the FX thread without an exception
        onFx(() -> {
            vm.parentProperty().set("Security");
            vm.nameProperty().set("Terrorism and militancy");
            vm.descriptionProperty().set("Again.");
            vm.newExampleProperty().set("Militants attacked the convoy.");
            vm.addTheme();
        });
        waitUntil(10, () -> !vm.savingProperty().get() && vm.errorProperty().get());
        assertEquals("The theme 'Security/Terrorism and militancy' exists already; add terms or examples to it "
                + "instead.", onFx(() -> vm.messageProperty().get()));
        assertEquals("Terrorism and militancy", onFx(() -> vm.nameProperty().get()), "nothing typed is lost");
        assertEquals("Militants attacked the convoy.", onFx(() -> vm.newExampleProperty().get()));
        assertEquals(themes + 1, workspace.themes().themes().size());
    }
}
