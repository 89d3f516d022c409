package org.rapporteur.ui.facets;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;

/**
 * The speaker facet's context menu: "Merge with…" asks for the other person's name, "Split a name out…" offers the
 * person's written forms (ADR 0021). The analyst's decisions go to the annotation store: Ctrl+Z undoes them.
 */
final class PeopleMenu {
    private PeopleMenu() {
    }

    static ContextMenu of(FacetsViewModel.PeopleActions people, Supplier<String> person, Node owner) {
        MenuItem merge = new MenuItem("Merge with…");
        merge.setId("mergePerson");
        merge.setOnAction(e -> askMerge(people, person.get(), owner));
        MenuItem split = new MenuItem("Split a name out…");
        split.setId("splitPerson");
        split.setOnAction(e -> people.namesOf(person.get(), names -> askSplit(people, person.get(), names, owner)));
        return new ContextMenu(merge, split);
    }

    private static void askMerge(FacetsViewModel.PeopleActions people, String person, Node owner) {
        TextInputDialog d = new TextInputDialog();
        d.setTitle("Merge people");
        d.setHeaderText("Merge another person into " + person);
        d.setContentText("Their name, as the Speaker facet shows it:");
        own(d, owner);
        Optional<String> other = d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
        other.ifPresent(o -> people.merge(person, o));
    }

    private static void askSplit(FacetsViewModel.PeopleActions people, String person, List<String> names,
                                 Node owner) {
        List<String> others = names.stream().filter(n -> !n.equals(person)).toList();
        if (others.isEmpty()) {
            return; // the actions reported that there is nothing to split
        }
        ChoiceDialog<String> d = new ChoiceDialog<>(others.getFirst(), others);
        d.setTitle("Split a name out");
        d.setHeaderText(person + " is also written:");
        d.setContentText("Make this a person of its own:");
        own(d, owner);
        d.showAndWait().ifPresent(v -> people.split(person, v));
    }

    private static void own(javafx.scene.control.Dialog<?> d, Node owner) {
        if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            d.initOwner(owner.getScene().getWindow());
        }
    }
}
