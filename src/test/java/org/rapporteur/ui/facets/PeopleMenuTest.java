package org.rapporteur.ui.facets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.rapporteur.ui.FxTestSupport.onFx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.FacetCount;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.ui.FxTestSupport;

/** A speaker in the facet panel offers "Merge with…" and "Split a name out…"; other facets do not (ADR 0021). */
class PeopleMenuTest {
    @BeforeAll
    static void setUp() {
        FxTestSupport.startToolkit();
    }

    @Test
    void speakersHaveTheMergeAndSplitMenuAndSplitAsksForTheirNames() {
        List<String> asked = new ArrayList<>();
        FacetsViewModel vm = new FacetsViewModel(f -> { });
        vm.usePeople(new FacetsViewModel.PeopleActions() {
            @Override
            public void merge(String person, String other) {
                asked.add("merge " + person + " + " + other);
            }

            @Override
            public void namesOf(String person, Consumer<List<String>> names) {
                asked.add("names of " + person);
            }

            @Override
            public void split(String person, String variant) {
                asked.add("split " + variant);
            }
        });
        List<CheckBox> boxes = onFx(() -> {
            vm.accept(List.of(
                    new FacetCount(FacetDimension.SPEAKER, List.of(new FacetCount.Value("Tomas Vekeni Oruna", 12,
                            false))),
                    new FacetCount(FacetDimension.COUNTRY, List.of(new FacetCount.Value("Norway", 3, false)))));
            FacetsView view = new FacetsView(vm);
            javafx.stage.Stage stage = new javafx.stage.Stage();
            stage.setScene(new Scene(view, 300, 600));
            stage.show();
            view.applyCss();
            view.layout();
            List<CheckBox> found = view.lookupAll(".check-box").stream().filter(CheckBox.class::isInstance)
                    .map(CheckBox.class::cast).toList();
            stage.close();
            return found;
        });
        CheckBox speaker = boxes.stream().filter(b -> b.getText().equals("Tomas Vekeni Oruna")).findFirst()
                .orElseThrow(() -> new AssertionError("no speaker row in " + boxes));
        CheckBox country = boxes.stream().filter(b -> b.getText().equals("Norway")).findFirst().orElseThrow();
        ContextMenu menu = speaker.getContextMenu();
        assertNotNull(menu, "a speaker row has the people menu");
        assertEquals(List.of("Merge with…", "Split a name out…"), menu.getItems().stream().map(MenuItem::getText)
                .toList());
        assertNull(country.getContextMenu(), "a country is not a person");

        onFx(() -> {
            menu.getItems().get(1).fire();
            return null;
        });
        assertEquals(List.of("names of Tomas Vekeni Oruna"), asked, "split first asks for the person's names");
    }
}
