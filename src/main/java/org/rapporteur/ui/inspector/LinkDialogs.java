package org.rapporteur.ui.inspector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.rapporteur.annotations.LinkType;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Person;
import org.rapporteur.ui.common.Styles;

/**
 * The inspector's two dialogs: link the selected claim to another (chosen from its related claims and the current
 * results, with a link type and an optional note), and correct the speaker of a claim.
 */
final class LinkDialogs {
    private final Node owner;
    private final Supplier<List<ClaimHit>> candidates;

    LinkDialogs(Node owner, Supplier<List<ClaimHit>> candidates) {
        this.owner = owner;
        this.candidates = candidates;
    }

    private void own(Dialog<?> d) {
        if (owner.getScene() != null) {
            d.initOwner(owner.getScene().getWindow());
            d.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
    }

    void chooseAndLink(InspectorViewModel vm) {
        ClaimRecord source = vm.claimProperty().get();
        if (source == null) {
            return;
        }
        Map<String, ClaimHit> byId = new LinkedHashMap<>();
        for (ClaimHit h : vm.related()) {
            byId.putIfAbsent(h.record().claim().id(), h);
        }
        for (ClaimHit h : candidates.get()) {
            byId.putIfAbsent(h.record().claim().id(), h);
        }
        byId.remove(source.claim().id());
        ListView<ClaimHit> list = new ListView<>();
        list.setId("linkCandidates");
        list.getItems().setAll(new ArrayList<>(byId.values()));
        list.setPrefSize(620, 320);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ClaimHit h, boolean empty) {
                super.updateItem(h, empty);
                if (empty || h == null) {
                    setText(null);
                    return;
                }
                String text = h.record().claim().text().strip().replaceAll("\\s+", " ");
                setText(AnnotationCommands.who(h.record()) + " — " + (text.length() > 140 ? text.substring(0, 140)
                        + "…" : text));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        ComboBox<LinkType> type = new ComboBox<>();
        type.setId("linkType");
        type.getItems().setAll(LinkType.values());
        type.setValue(LinkType.SUPPORTS);
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(LinkType t) {
                return t == null ? "" : t.label().replace('-', ' ');
            }

            @Override
            public LinkType fromString(String s) {
                return LinkType.parse(s);
            }
        });
        TextField note = new TextField();
        note.setPromptText("optional note on the link");
        Label hint = new Label(list.getItems().isEmpty()
                ? "No candidates: search for the other claim first, then press Ctrl+L again."
                : "The selected claim …  [type]  … the claim chosen below (related claims first, then results).");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.MUTED);
        VBox box = new VBox(8, hint, type, list, note);
        box.setPadding(new Insets(8));

        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle("Link claim");
        d.setHeaderText("Link the selected claim to another claim");
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        own(d);
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            ClaimHit target = list.getSelectionModel().getSelectedItem();
            if (target != null) {
                vm.link(target.record().claim().id(), type.getValue(), note.getText());
            }
        });
    }

    void correctSpeaker(InspectorViewModel vm, ClaimRecord r) {
        Person p = r.claim().attribution().speaker();
        TextField name = new TextField(p == null ? "" : p.name());
        name.setId("correctName");
        TextField role = new TextField(p == null || p.role() == null ? "" : p.role());
        TextField affiliation = new TextField(p == null || p.affiliation() == null ? "" : p.affiliation());
        TextField country = new TextField(p == null || p.country() == null ? "" : p.country());
        GridPane grid = new GridPane(8, 8);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Role"), role);
        grid.addRow(2, new Label("Affiliation"), affiliation);
        grid.addRow(3, new Label("Country"), country);
        name.setPrefColumnCount(28);
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle("Correct the speaker");
        d.setHeaderText("Who said this claim? The report is re-indexed with your correction (Ctrl+Z undoes it).");
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty());
        own(d);
        javafx.application.Platform.runLater(name::requestFocus);
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.correctSpeaker(name.getText(),
                role.getText(), affiliation.getText(), country.getText()));
    }
}
