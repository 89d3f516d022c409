package org.rapporteur.ui.inspector;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.rapporteur.annotations.LinkType;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Enrichment;
import org.rapporteur.model.ThemeMatch;
import org.rapporteur.ui.common.ChipPane;
import org.rapporteur.ui.common.Chips;
import org.rapporteur.ui.common.Tooltips;
import org.rapporteur.ui.common.Icons;
import org.rapporteur.ui.common.Styles;

/**
 * The inspector: everything known about the selected claim — its text, who said it and how that was decided,
 * countries, themes with the words that triggered them, organisations, tags, note, links — and the related claims
 * in other reports, each openable with a click. Tag, note, link and speaker correction need the annotation store;
 * until it is wired they show read-only with a tooltip saying so.
 */
public final class InspectorView extends ScrollPane {
    public static final String ID = "inspector";
    public static final String TEXT_ID = "inspectorText";
    public static final String SUGGESTIONS_ID = "inspectorSuggestions";
    public static final String RELATED_ID = "inspectorRelated";
    public static final String THEME_FIELD_ID = "themeField";
    /** Each theme line's "Not this theme" button. */
    public static final String REMOVE_THEME_CLASS = "remove-theme";

    private final InspectorViewModel vm;
    private final Consumer<ClaimRecord> onOpen;
    private final VBox content = new VBox(10);
    private final VBox related = new VBox(6);
    private final TextField tagField = new TextField();
    private final Button linkButton = new Button("Link to…", Icons.small(Material2AL.LINK));
    private final VBox tagsBox = new VBox(4);
    private final VBox noteBox = new VBox(4);
    private final VBox linksBox = new VBox(4);
    private final TextArea note = new TextArea();
    private final Label message = new Label();
    private final ContextMenu tagCompletions = new ContextMenu();
    private final LinkDialogs dialogs;
    private final Label emptyState = new Label("Select a result or click a claim in the reader to see who said it, "
            + "what it mentions, and similar claims in other reports.");
    private final Label quote = new Label();
    private final Button correct = new Button("✎ correct");
    private final VBox who = new VBox(2);
    private final Node speakerSection = section("Speaker", who);
    private final Label runnerUp = new Label();
    private final Label forHeading = new Label();
    private final VBox forRows = new VBox(1);
    private final Label againstHeading = new Label();
    private final VBox againstRows = new VBox(1);
    private final VBox evidence = new VBox(3, runnerUp, forHeading, forRows, againstHeading, againstRows);
    private final Node evidenceSection = section("Evidence", evidence);
    private final Label source = new Label();
    private final Node sourceSection = section("Source", source);
    private final Label speakerCountry = new Label();
    private final Node speakerCountrySection = section("Speaker's country", speakerCountry);
    private final ChipPane countries = new ChipPane();
    private final Node countriesSection = section("Countries", countries);
    private final ChipPane regions = new ChipPane();
    private final Node regionsSection = section("Regions", regions);
    private final VBox themes = new VBox(7);
    private final TextField themeField = new TextField();
    private final ContextMenu themeChoices = new ContextMenu();
    private final VBox themesBox = new VBox(4, themes, themeField);
    private final Node themesSection = section("Themes", themesBox);
    private final ChipPane organisations = new ChipPane();
    private final Node organisationsSection = section("Organisations mentioned", organisations);
    private final FlowPane tagChips = new FlowPane(4, 4);
    private final VBox linkRows = new VBox(4);
    private final VBox suggested = new VBox(4);
    private java.util.function.LongConsumer onFindMoreLikeTag;

    public InspectorView(InspectorViewModel vm, Consumer<ClaimRecord> onOpen,
                         java.util.function.Supplier<List<ClaimHit>> candidates) {
        this.vm = vm;
        this.onOpen = onOpen;
        this.dialogs = new LinkDialogs(this, candidates);
        tagField.setPromptText("add a tag — Enter (Ctrl+K)");
        tagField.setId("tagField");
        tagField.setOnAction(e -> {
            tagCompletions.hide();
            vm.addTag(tagField.getText());
            tagField.clear();
        });
        vm.unsavedTagProperty().addListener((o, a, t) -> {
            if (t != null && tagField.getText().isBlank()) {
                tagField.setText(t);
                tagField.positionCaret(t.length());
            }
        });
        tagField.textProperty().addListener((o, a, b) -> {
            if (tagField.isFocused()) {
                showTagCompletions();
            }
        });
        tagField.focusedProperty().addListener((o, a, f) -> {
            if (!f) {
                tagCompletions.hide();
            }
        });
        themeField.setId(THEME_FIELD_ID);
        themeField.setPromptText("Add theme… (type to filter)");
        Tooltips.onHover(themeField, "Give the claim a theme of the taxonomy (Ctrl+Z undoes); Analysis ▸ Re-theme "
                + "claims then gives it to similar claims too");
        themeField.textProperty().addListener((o, a, b) -> {
            if (themeField.isFocused()) {
                showThemeChoices();
            }
        });
        themeField.setOnMouseClicked(e -> showThemeChoices());
        themeField.setOnAction(e -> {
            List<org.rapporteur.model.Theme> found = InspectorViewModel.themeChoices(vm.themes(),
                    themeField.getText(), vm.claimProperty().get());
            if (found.size() == 1) {
                addTheme(found.getFirst().path());
            } else {
                showThemeChoices();
            }
        });
        themeField.focusedProperty().addListener((o, a, f) -> {
            if (!f) {
                themeChoices.hide();
            }
        });
        note.setId("noteArea");
        note.setPromptText("a note on this claim (saved when you leave the field)");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                vm.saveNote(note.getText());
            }
        });
        linkButton.setId("linkButton");
        linkButton.setOnAction(e -> dialogs.chooseAndLink(vm));
        message.getStyleClass().add(Styles.QUERY_ERROR);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        vm.annotationsProperty().addListener((o, a, b) -> rebuildAnnotations());
        setId(ID);
        getStyleClass().addAll(Styles.INSPECTOR, "edge-to-edge");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.getStyleClass().add("inspector-content");
        setContent(content);
        buildSkeleton();
        vm.claimProperty().addListener((o, a, c) -> rebuild(c));
        vm.related().addListener((ListChangeListener<ClaimHit>) c -> rebuildRelated());
        vm.relatedLoadingProperty().addListener((o, a, b) -> rebuildRelated());
        vm.suggestions().addListener((ListChangeListener<org.rapporteur.pipeline.TagSuggestion>) c ->
                rebuildSuggestions());
        vm.suggestionsLoadingProperty().addListener((o, a, b) -> rebuildSuggestions());
        suggested.setId(SUGGESTIONS_ID);
        related.setId(RELATED_ID);
        rebuild(null);
    }

    /** What a tag's "Find more like this tag…" does (opens code by example for the tag id); none when not set. */
    public void setOnFindMoreLikeTag(java.util.function.LongConsumer action) {
        this.onFindMoreLikeTag = action;
    }

    /** Ctrl+K: puts the caret in the tag field. */
    public void focusTagField() {
        tagField.requestFocus();
    }

    /** Ctrl+L: starts a link from the selected claim. */
    public void startLink() {
        if (vm.claimProperty().get() != null) {
            dialogs.chooseAndLink(vm);
        }
    }

    /**
     * Lays out the sections once; {@link #rebuild} only changes their texts and small parts. Moving the tag field
     * and note area out of the scene and back on every claim restyled them each time (a 150 ms stall per step
     * through the results).
     */
    private void buildSkeleton() {
        Label title = new Label("CLAIM");
        title.getStyleClass().add(Styles.PANE_TITLE);
        emptyState.setWrapText(true);
        emptyState.getStyleClass().add(Styles.EMPTY_STATE);
        quote.setId(TEXT_ID);
        quote.setWrapText(true);
        quote.setMinHeight(Label.USE_PREF_SIZE);
        quote.getStyleClass().add(Styles.INSPECTOR_QUOTE);
        correct.setId("correctSpeaker");
        correct.getStyleClass().addAll("flat", "small");
        correct.setMinWidth(Region.USE_PREF_SIZE); // a long attribution wraps; the button keeps its label
        Tooltips.onHover(correct, "Correct who said this claim");
        correct.setOnAction(e -> {
            ClaimRecord r = vm.claimProperty().get();
            if (r != null) {
                dialogs.correctSpeaker(vm, r);
            }
        });
        source.setWrapText(true);
        source.setMinHeight(Label.USE_PREF_SIZE);
        speakerCountry.setWrapText(true);
        speakerCountry.setMinHeight(Label.USE_PREF_SIZE);
        tagsBox.getChildren().setAll(tagChips, tagField);
        noteBox.getChildren().setAll(note);
        linksBox.getChildren().setAll(linkRows, linkButton);
        runnerUp.setId("inspectorRunnerUp");
        for (Label l : List.of(runnerUp, forHeading, againstHeading)) {
            l.setWrapText(true);
            l.setMinHeight(Label.USE_PREF_SIZE);
        }
        forHeading.getStyleClass().add("evidence-heading");
        againstHeading.getStyleClass().add("evidence-heading");
        forRows.setId("inspectorEvidenceFor");
        againstRows.setId("inspectorEvidenceAgainst");
        content.getChildren().setAll(title, message, emptyState, quote, speakerSection, evidenceSection, sourceSection,
                speakerCountrySection, countriesSection, regionsSection, themesSection, organisationsSection,
                section("Tags", tagsBox), section("Suggested tags", suggested), section("Note", noteBox),
                section("Links", linksBox),
                section("Related in other reports", related));
    }

    private void rebuild(ClaimRecord r) {
        boolean none = r == null;
        show(emptyState, none);
        for (Node n : content.getChildren().subList(3, content.getChildren().size())) {
            show(n, !none);
        }
        if (none) {
            return;
        }
        Claim c = r.claim();
        quote.setText("“" + c.text().strip().replaceAll("\\s*\\n\\s*", " ") + "”");

        Attribution a = c.attribution();
        List<Node> whoLines = new java.util.ArrayList<>();
        if (a.speaker() != null) {
            Label name = new Label(a.speaker().name());
            name.getStyleClass().add(Styles.SPEAKER);
            HBox nameRow = new HBox(6, name, correct);
            nameRow.setAlignment(Pos.CENTER_LEFT);
            whoLines.add(nameRow);
            if (a.speaker().honorifics() != null && !a.speaker().honorifics().isEmpty()) {
                whoLines.add(wrapped(String.join(" ", a.speaker().honorifics()), Styles.SPEAKER_ROLE));
            }
            if (a.speaker().roleLine() != null) {
                whoLines.add(wrapped(a.speaker().roleLine(), Styles.SPEAKER_ROLE));
            }
            if (a.speaker().country() != null) {
                whoLines.add(wrapped("Speaks for " + a.speaker().country(), Styles.MUTED));
            }
        } else {
            Label body = wrapped(a.attributedTo() != null ? a.attributedTo() : "No speaker found",
                    Styles.BODY_ATTRIBUTION);
            HBox nameRow = new HBox(6, body, correct);
            nameRow.setAlignment(Pos.CENTER_LEFT);
            whoLines.add(nameRow);
        }
        whoLines.add(wrapped(String.format(Locale.ROOT, "%s · confidence %.0f%%", a.method().label(),
                a.confidence() * 100), Styles.MUTED));
        if (a.reason() != null && !a.reason().isBlank()) {
            whoLines.add(wrapped(a.reason(), Styles.MUTED));
        }
        who.getChildren().setAll(whoLines);
        showEvidence(a);

        Enrichment e = c.enrichment();
        source.setText(sourceLine(r));
        speakerCountry.setText(e.speakerCountry() == null ? "" : e.speakerCountry());
        show(speakerCountrySection, e.speakerCountry() != null);
        showChips(countries, e.countries(), Styles.CHIP_COUNTRY);
        showChips(regions, e.regions(), Styles.CHIP_COUNTRY);
        show(regionsSection, !e.regions().isEmpty());
        List<Node> themeLines = new java.util.ArrayList<>();
        for (ThemeMatch t : e.themes()) {
            themeLines.add(themeLine(t));
        }
        if (themeLines.isEmpty()) {
            themeLines.add(wrapped("none", Styles.MUTED));
        }
        themes.getChildren().setAll(themeLines);
        showChips(organisations, e.organisations(), Styles.CHIP);
        show(organisationsSection, !e.organisations().isEmpty());

        rebuildAnnotations();
        rebuildSuggestions();
        rebuildRelated();
    }

    /**
     * One theme of the claim: its chip (the parent after it, muted), a "Not this theme" button, and under it how it
     * came — a muted "by words", "by meaning", "by rule" or "your correction" — with the evidence.
     */
    private Node themeLine(ThemeMatch t) {
        Label chip = Chips.chip(t.label(), Styles.CHIP_THEME);
        chip.setMinWidth(0);
        String what = vm.themes().stream().filter(th -> th.path().equalsIgnoreCase(t.theme())).findFirst()
                .map(org.rapporteur.model.Theme::description).filter(d -> !d.isEmpty()).orElse(null);
        Tooltips.onHover(chip, t.theme().replace("/", " ▸ ") + (what == null ? "" : "\n" + what));
        Button remove = new Button(null, Icons.small(Material2AL.CLOSE));
        remove.getStyleClass().addAll("flat", "small", "chip-remove", REMOVE_THEME_CLASS);
        Tooltips.onHover(remove, "Not this theme: take " + t.label() + " off this claim (Ctrl+Z undoes)");
        remove.setOnAction(ev -> vm.removeTheme(t.theme()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(6, chip, grow, remove);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(0, head);
        String how = InspectorViewModel.themeSource(t);
        String detail = InspectorViewModel.themeEvidenceDetail(t);
        if (how != null || !detail.isEmpty()) {
            javafx.scene.text.Text prefix = new javafx.scene.text.Text(how == null ? "" : how);
            prefix.getStyleClass().addAll(Styles.MUTED, "theme-how");
            javafx.scene.text.Text words = new javafx.scene.text.Text(how == null || detail.isEmpty() ? detail
                    : "  " + detail);
            words.getStyleClass().add("theme-evidence-text");
            javafx.scene.text.TextFlow evidence = new javafx.scene.text.TextFlow(prefix, words);
            evidence.getStyleClass().add("theme-evidence");
            evidence.setPadding(new javafx.geometry.Insets(1, 0, 0, 4));
            box.getChildren().add(evidence);
        }
        box.getStyleClass().add("theme-line");
        return box;
    }

    private void addTheme(String path) {
        themeChoices.hide();
        themeField.clear();
        vm.addTheme(path);
    }

    /**
     * The add-theme list: with nothing typed, the taxonomy's parents as sub-menus of their leaves; while typing, the
     * leaves (and parents) that contain the text, leaf first. Themes the claim has are left out.
     */
    private void showThemeChoices() {
        themeChoices.getItems().clear();
        String typed = themeField.getText() == null ? "" : themeField.getText().strip();
        List<org.rapporteur.model.Theme> found = InspectorViewModel.themeChoices(vm.themes(), typed,
                vm.claimProperty().get());
        if (typed.isEmpty()) {
            java.util.Map<String, javafx.scene.control.Menu> groups = new java.util.LinkedHashMap<>();
            for (org.rapporteur.model.Theme t : found) {
                javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(t.label());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> addTheme(t.path()));
                if (t.parent() == null) {
                    themeChoices.getItems().add(item);
                } else {
                    groups.computeIfAbsent(t.parent(), p -> {
                        javafx.scene.control.Menu m = new javafx.scene.control.Menu(p);
                        m.setMnemonicParsing(false);
                        themeChoices.getItems().add(m);
                        return m;
                    }).getItems().add(item);
                }
            }
        } else {
            found.stream().limit(12).forEach(t -> {
                javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(
                        InspectorViewModel.themeChoice(t));
                item.setMnemonicParsing(false);
                item.setOnAction(e -> addTheme(t.path()));
                themeChoices.getItems().add(item);
            });
        }
        if (themeChoices.getItems().isEmpty()) {
            themeChoices.hide();
        } else if (!themeChoices.isShowing() && getScene() != null && getScene().getWindow() != null) {
            themeChoices.show(themeField, javafx.geometry.Side.BOTTOM, 0, 0);
        }
    }

    /**
     * The runner-up and the evidence for the shown speaker, then against: the labels are made once and reused (a
     * pool per side that only grows), so stepping through claims changes texts, not the scene graph.
     */
    private void showEvidence(Attribution a) {
        Attribution.RunnerUp second = a.runnerUp();
        List<org.rapporteur.model.AttributionEvidence> pro = a.evidence().stream()
                .filter(org.rapporteur.model.AttributionEvidence::chosen).toList();
        List<org.rapporteur.model.AttributionEvidence> contra = a.evidence().stream()
                .filter(v -> !v.chosen()).toList();
        boolean any = second != null || !a.evidence().isEmpty();
        show(evidenceSection, any);
        if (!any) {
            return;
        }
        runnerUp.setText(second == null ? "" : String.format(java.util.Locale.ROOT, "Runner-up: %s · %.0f%%%s",
                second.name(), second.confidence() * 100, second.reason() == null || second.reason().isBlank() ? ""
                        : " — " + second.reason()));
        show(runnerUp, second != null);
        String who = a.creditedName() == null ? "the speaker" : a.creditedName();
        forHeading.setText("FOR " + who.toUpperCase(java.util.Locale.ROOT));
        againstHeading.setText("AGAINST");
        show(forHeading, !pro.isEmpty());
        show(againstHeading, !contra.isEmpty());
        fill(forRows, pro, "evidence-for");
        fill(againstRows, contra, "evidence-against");
    }

    private static void fill(VBox rows, List<org.rapporteur.model.AttributionEvidence> items, String style) {
        while (rows.getChildren().size() < items.size()) {
            Label l = wrapped("", style);
            rows.getChildren().add(l);
        }
        for (int i = 0; i < rows.getChildren().size(); i++) {
            Label l = (Label) rows.getChildren().get(i);
            if (i < items.size()) {
                org.rapporteur.model.AttributionEvidence v = items.get(i);
                l.setText(String.format(java.util.Locale.ROOT, "%.2f  %s · %s%s", v.weight(), v.kind(),
                        v.candidate(), v.reason() == null || v.reason().isBlank() ? "" : " — " + v.reason()));
            }
            show(l, i < items.size());
        }
        show(rows, !items.isEmpty());
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    private static void showChips(ChipPane pane, List<String> values, String kind) {
        if (values.isEmpty()) {
            pane.show(List.of(ChipPane.Chip.of("none", Styles.CHIP_NONE)));
        } else {
            pane.show(values.stream().map(v -> ChipPane.Chip.of(v, kind)).toList());
        }
    }

    private void rebuildAnnotations() {
        ClaimRecord r = vm.claimProperty().get();
        ClaimAnnotations a = vm.annotationsProperty().get();
        tagChips.getChildren().clear();
        linkRows.getChildren().clear();
        if (r == null) {
            return;
        }
        boolean ready = a != null && a.claimId().equals(r.claim().id());
        FlowPane chips = tagChips;
        if (ready) {
            for (org.rapporteur.annotations.Coding c : a.codings()) {
                Label chip = Chips.chip("#" + c.tagPath(), Styles.CHIP_TAG);
                Chips.dot(chip, a.tagColours().get(c.tagPath()));
                Button remove = new Button(null, Icons.small(Material2AL.CLOSE));
                remove.getStyleClass().addAll("flat", "small", "chip-remove");
                Tooltips.onHover(remove, "Remove this tag (Ctrl+Z undoes)");
                remove.setOnAction(e -> vm.removeCoding(c.id()));
                HBox both = new HBox(0, chip, remove);
                both.setAlignment(Pos.CENTER_LEFT);
                if (onFindMoreLikeTag != null) {
                    javafx.scene.control.MenuItem more = new javafx.scene.control.MenuItem(
                            "Find more like this tag…");
                    more.setOnAction(e -> onFindMoreLikeTag.accept(c.tagId()));
                    chip.setContextMenu(new ContextMenu(more));
                }
                chips.getChildren().add(both);
            }
        }
        if (chips.getChildren().isEmpty()) {
            chips.getChildren().add(wrapped(ready ? "no tags yet" : "…", Styles.MUTED));
        }
        tagField.setDisable(!ready);
        themeField.setDisable(r == null);

        note.setDisable(!ready);
        if (!note.isFocused()) {
            // a note typed and not yet in the store (the team server away) stays in the editor: nothing typed is lost
            String claimId = r == null ? null : r.claim().id();
            note.setText(ready && claimId != null ? vm.noteToShow(claimId, a.note() == null ? null : a.note().text())
                    : "");
        }

        if (ready) {
            for (ClaimAnnotations.LinkRow l : a.links()) {
                Label kind = new Label(l.direction());
                kind.getStyleClass().add(Styles.SPEAKER);
                String text = l.otherText() == null ? "(claim no longer found)" : l.otherText().replaceAll("\\s+", " ");
                Label body = wrapped((l.otherWho() == null ? "" : l.otherWho() + ": ") + "“"
                        + (text.length() > 160 ? text.substring(0, 160) + "…" : text) + "”", null);
                Button remove = new Button(null, Icons.small(Material2AL.CLOSE));
                remove.getStyleClass().addAll("flat", "small");
                Tooltips.onHover(remove, "Remove this link (Ctrl+Z undoes)");
                remove.setOnAction(e -> vm.removeLink(l.id()));
                VBox texts = new VBox(1, kind, body);
                texts.setMinWidth(0);
                HBox.setHgrow(texts, Priority.ALWAYS);
                HBox row = new HBox(4, texts, remove);
                row.getStyleClass().add(Styles.RELATED_ITEM);
                if (l.otherClaimId() != null) {
                    texts.setOnMouseClicked(e -> {
                        if (e.getClickCount() == 2) {
                            vm.openById(l.otherClaimId(), onOpen);
                        }
                    });
                }
                linkRows.getChildren().add(row);
            }
            if (a.links().isEmpty()) {
                linkRows.getChildren().add(wrapped("No links yet.", Styles.MUTED));
            }
        }
        linkButton.setDisable(!ready);
    }

    private void showTagCompletions() {
        String typed = tagField.getText() == null ? "" : tagField.getText().strip().replaceFirst("^#", "")
                .toLowerCase(java.util.Locale.ROOT);
        tagCompletions.getItems().clear();
        if (typed.isEmpty()) {
            tagCompletions.hide();
            return;
        }
        vm.tagPaths().stream().filter(p -> p.toLowerCase(java.util.Locale.ROOT).contains(typed)).limit(10)
                .forEach(p -> {
                    javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(p);
                    item.setMnemonicParsing(false);
                    item.setOnAction(e -> {
                        vm.addTag(p);
                        tagField.clear();
                    });
                    tagCompletions.getItems().add(item);
                });
        if (tagCompletions.getItems().isEmpty()) {
            tagCompletions.hide();
        } else if (!tagCompletions.isShowing() && getScene() != null && getScene().getWindow() != null) {
            tagCompletions.show(tagField, javafx.geometry.Side.BOTTOM, 0, 0);
        }
    }

    private void rebuildRelated() {
        related.getChildren().clear();
        if (vm.claimProperty().get() == null) {
            return;
        }
        if (vm.relatedLoadingProperty().get()) {
            ProgressIndicator p = new ProgressIndicator();
            p.setPrefSize(18, 18);
            related.getChildren().add(p);
            return;
        }
        String note = vm.relatedMessageProperty().get();
        if (vm.related().isEmpty()) {
            related.getChildren().add(wrapped(note == null ? "" : note, Styles.MUTED));
            return;
        }
        boolean byMeaning = vm.relatedByProperty().get() == org.rapporteur.model.MatchKind.MEANING;
        related.getChildren().add(wrapped(note != null ? note : byMeaning
                ? "By meaning: the claims closest to this one, whatever their words." : "By shared words.",
                Styles.MUTED));
        for (ClaimHit h : vm.related()) {
            ClaimRecord r = h.record();
            Attribution a = r.claim().attribution();
            String who = a.speaker() != null ? a.speaker().name() : a.attributedTo() != null ? a.attributedTo()
                    : r.organisation() != null ? r.organisation() : "Unattributed";
            Label head = wrapped(who + " · " + (r.reportTitle() != null ? r.reportTitle() : r.source())
                    + (byMeaning ? " · " + similarity(h.score()) : ""), Styles.SPEAKER_ROLE);
            String text = r.claim().text().strip().replaceAll("\\s+", " ");
            Label body = wrapped("“" + (text.length() > 220 ? text.substring(0, 220) + "…" : text) + "”", null);
            Button open = new Button(null, Icons.small(Material2MZ.OPEN_IN_NEW));
            open.getStyleClass().addAll("flat", "small");
            Tooltips.onHover(open, "Open in the reader");
            open.setOnAction(ev -> onOpen.accept(r));
            MenuButton link = new MenuButton(null, Icons.small(Material2AL.LINK));
            link.getStyleClass().addAll("flat", "small");
            Tooltips.onHover(link, "Link the selected claim to this one");
            for (LinkType type : LinkType.values()) {
                javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(
                        "this claim " + type.label().replace('-', ' ') + " it");
                item.setOnAction(ev -> vm.link(r.claim().id(), type, null));
                link.getItems().add(item);
            }
            link.setId("relatedLink");
            VBox text2 = new VBox(1, head, body);
            HBox.setHgrow(text2, Priority.ALWAYS);
            text2.setMinWidth(0);
            text2.setOnMouseClicked(ev -> onOpen.accept(r)); // a click on the claim opens it
            HBox item = new HBox(4, text2, new VBox(2, open, link));
            item.getStyleClass().add(Styles.RELATED_ITEM);
            related.getChildren().add(item);
        }
    }

    /** "83 % similar": the cosine similarity of the two claims' vectors, as a person reads it. */
    static String similarity(float score) {
        return Math.round(Math.max(0, Math.min(1, score)) * 100) + " % similar";
    }

    /**
     * The tags the analyst's own coding suggests: each with a bar and "strong · 82 %", one click to accept (an
     * ordinary coding, Ctrl+Z undoes it) and one to refuse (never suggested again for this claim).
     */
    private void rebuildSuggestions() {
        suggested.getChildren().clear();
        if (vm.claimProperty().get() == null) {
            return;
        }
        if (vm.suggestionsLoadingProperty().get() && vm.suggestions().isEmpty()) {
            ProgressIndicator p = new ProgressIndicator();
            p.setPrefSize(18, 18);
            suggested.getChildren().add(p);
            return;
        }
        if (vm.suggestions().isEmpty()) {
            String m = vm.suggestionsMessageProperty().get();
            suggested.getChildren().add(wrapped(m == null ? "" : m, Styles.MUTED));
            return;
        }
        for (org.rapporteur.pipeline.TagSuggestion s : vm.suggestions()) {
            Label chip = Chips.chip("#" + s.tagPath(), Styles.CHIP_TAG);
            chip.setMinWidth(0);
            javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar(s.confidence());
            bar.getStyleClass().add("suggestion-bar");
            bar.setPrefWidth(44);
            bar.setMinWidth(44);
            Label strength = new Label(SuggestionStrength.label(s.confidence()));
            strength.getStyleClass().add(Styles.MUTED);
            strength.setMinWidth(Region.USE_PREF_SIZE);
            Button accept = new Button(null, Icons.small(Material2AL.CHECK));
            accept.getStyleClass().addAll("flat", "small");
            accept.setId("acceptSuggestion");
            Tooltips.onHover(accept, "Tag the claim #" + s.tagPath() + " (Ctrl+Z undoes)");
            accept.setOnAction(e -> vm.acceptSuggestion(s));
            Button reject = new Button(null, Icons.small(Material2AL.BLOCK));
            reject.getStyleClass().addAll("flat", "small");
            reject.setId("rejectSuggestion");
            Tooltips.onHover(reject, "Not this tag: it is not suggested for this claim again (Ctrl+Z undoes)");
            reject.setOnAction(e -> vm.rejectSuggestion(s));
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            HBox row = new HBox(6, chip, grow, bar, strength, accept, reject);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("suggestion-row");
            Tooltips.onHover(chip, SuggestionStrength.because(s));
            suggested.getChildren().add(row);
        }
    }

    private static String sourceLine(ClaimRecord r) {
        StringBuilder sb = new StringBuilder(r.reportTitle() != null ? r.reportTitle() : r.source());
        if (r.date() != null) {
            sb.append(" · ").append(r.date());
        }
        if (r.claim().page() != null) {
            sb.append(" · p. ").append(r.claim().page());
        }
        if (r.claim().section() != null) {
            sb.append("\n").append(r.claim().section());
        }
        return sb.toString();
    }

    private static Node section(String label, Node body) {
        Label l = new Label(label.toUpperCase(java.util.Locale.ROOT));
        l.getStyleClass().add(Styles.INSPECTOR_LABEL);
        VBox box = new VBox(3, l, body);
        box.getStyleClass().add(Styles.INSPECTOR_SECTION);
        return box;
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }
}
