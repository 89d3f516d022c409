package org.rapporteur.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.rapporteur.model.Theme;
import org.rapporteur.ui.common.Styles;

/**
 * Analysis ▸ Themes…: the taxonomy the claims are themed with — each parent with its leaves, what each covers and how
 * many example sentences teach it (the taxonomy's and the analyst's own theme corrections) — and, beside it, adding an
 * example sentence to a theme (or "Add example…" on a theme) and adding a new theme (parent, name, what it covers,
 * optional terms, an example). Both are saved in the background ({@link ThemesViewModel}); a line says what was saved
 * or what is wrong, and "Re-theme now" applies it. Rules and terms stay with the command line and {@code themes.json}.
 */
final class ThemesDialog {
    static final String LIST_ID = "themesList";
    static final String EXAMPLE_THEME_ID = "themesExampleTheme";
    static final String EXAMPLE_FIELD_ID = "themesExampleField";
    static final String ADD_EXAMPLE_ID = "themesAddExample";
    static final String PARENT_ID = "themesNewParent";
    static final String NAME_ID = "themesNewName";
    static final String DESCRIPTION_ID = "themesNewDescription";
    static final String TERMS_ID = "themesNewTerms";
    static final String NEW_EXAMPLE_ID = "themesNewExample";
    static final String ADD_THEME_ID = "themesAddTheme";
    static final String MESSAGE_ID = "themesMessage";
    static final String RETHEME_ID = "themesRethemeNow";
    static final String ADD_EXAMPLE_LINK_CLASS = "themes-add-example";
    static final String NOTE = "Add an example sentence to a theme, or a new theme with what it covers and an example: "
            + "claims are compared with the examples by meaning at the next Analysis ▸ Re-theme claims. Your own theme "
            + "corrections in the inspector count as examples too. Rules and terms: rapporteur themes on the command "
            + "line, or the workspace's themes.json.";

    /** A line of the list: a parent heading (leaf null), or a leaf with what it covers and its examples. */
    record Row(String parent, String leaf, String description, int examples, int yours) {
        boolean heading() {
            return leaf == null;
        }

        String path() {
            return parent.isEmpty() ? leaf : parent + "/" + leaf;
        }

        /** "3 examples · 2 from your coding", "no examples". */
        String examplesLine() {
            String own = yours == 0 ? "" : String.format(Locale.ROOT, " · %d from your coding", yours);
            return (examples == 0 ? "no examples" : examples == 1 ? "1 example"
                    : String.format(Locale.ROOT, "%d examples", examples)) + own;
        }
    }

    /** The taxonomy's order, each parent once as a heading before its first leaf; {@code yours}: by theme path. */
    static List<Row> rows(List<Theme> themes, Map<String, Integer> yours) {
        List<Row> out = new ArrayList<>();
        String last = null;
        for (Theme t : themes) {
            String parent = t.parent() == null ? "" : t.parent();
            if (!parent.equals(last)) {
                if (!parent.isEmpty()) {
                    out.add(new Row(parent, null, "", 0, 0));
                }
                last = parent;
            }
            out.add(new Row(parent, t.label(), t.description(), t.examples().size(),
                    yours.getOrDefault(t.path(), 0)));
        }
        return out;
    }

    private ThemesDialog() {
    }

    /** The dialog over {@code vm}; its list follows {@link ThemesViewModel#taxonomyProperty()} (call load). */
    static Alert create(Window owner, List<String> stylesheets, ThemesViewModel vm) {
        Alert alert = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Themes");
        alert.setHeaderText("Reading the themes…");
        Label note = new Label(NOTE);
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add(Styles.MUTED);

        VBox list = new VBox(2);
        list.setId(LIST_ID);
        list.setPadding(new Insets(4, 12, 4, 4));
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(440);
        scroll.setPrefViewportWidth(470);
        HBox.setHgrow(scroll, Priority.ALWAYS);

        ComboBox<String> theme = new ComboBox<>();
        theme.setId(EXAMPLE_THEME_ID);
        theme.setPromptText("Choose a theme");
        theme.setMaxWidth(Double.MAX_VALUE);
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(String path) {
                return ThemesViewModel.display(path);
            }

            @Override
            public String fromString(String s) {
                return s == null ? null : Theme.normalisePath(s.replace("▸", "/"));
            }
        });
        theme.valueProperty().bindBidirectional(vm.exampleThemeProperty());
        TextArea sentence = sentenceArea(EXAMPLE_FIELD_ID, "A sentence a claim with this theme could say",
                vm::addExample);
        sentence.textProperty().bindBidirectional(vm.exampleProperty());
        Button addExample = new Button("Add example");
        addExample.setId(ADD_EXAMPLE_ID);
        addExample.setOnAction(e -> vm.addExample());
        addExample.disableProperty().bind(vm.savingProperty().or(vm.exampleProperty().isEmpty())
                .or(vm.exampleThemeProperty().isNull()));

        ComboBox<String> parent = new ComboBox<>();
        parent.setId(PARENT_ID);
        parent.setEditable(true);
        parent.setPromptText("a parent, or type a new one");
        parent.setMaxWidth(Double.MAX_VALUE);
        parent.getEditor().textProperty().bindBidirectional(vm.parentProperty());
        TextField name = field(NAME_ID, "the theme's name");
        name.textProperty().bindBidirectional(vm.nameProperty());
        TextField covers = field(DESCRIPTION_ID, "what it covers, in a line");
        covers.textProperty().bindBidirectional(vm.descriptionProperty());
        TextField terms = field(TERMS_ID, "optional, comma-separated");
        terms.textProperty().bindBidirectional(vm.termsProperty());
        TextArea example = sentenceArea(NEW_EXAMPLE_ID, "a sentence a claim with it could say", vm::addTheme);
        example.textProperty().bindBidirectional(vm.newExampleProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        form.addRow(0, new Label("Parent"), parent);
        form.addRow(1, new Label("Name"), name);
        form.addRow(2, new Label("Covers"), covers);
        form.addRow(3, new Label("Terms"), terms);
        form.addRow(4, new Label("Example"), example);
        Button addTheme = new Button("Add theme");
        addTheme.setId(ADD_THEME_ID);
        addTheme.setOnAction(e -> vm.addTheme());
        addTheme.disableProperty().bind(vm.savingProperty());

        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());
        vm.errorProperty().addListener((o, a, wrong) -> {
            message.getStyleClass().remove(Styles.QUERY_ERROR);
            if (wrong) {
                message.getStyleClass().add(Styles.QUERY_ERROR);
            }
        });
        Button rethemeNow = new Button("Re-theme now");
        rethemeNow.setId(RETHEME_ID);
        rethemeNow.setOnAction(e -> vm.rethemeNow());
        rethemeNow.visibleProperty().bind(vm.changedProperty());
        rethemeNow.managedProperty().bind(rethemeNow.visibleProperty());

        VBox side = new VBox(6,
                heading("Add an example"), theme, sentence, right(addExample),
                new Separator(),
                heading("New theme"), form, right(addTheme),
                new Separator(),
                message, right(rethemeNow));
        side.setPrefWidth(340);
        side.setMinWidth(340);
        side.setMaxWidth(340);

        vm.taxonomyProperty().addListener((o, a, t) -> {
            if (t != null) {
                show(alert, list, t, path -> {
                    vm.exampleThemeProperty().set(path);
                    sentence.requestFocus();
                });
                String chosen = vm.exampleThemeProperty().get();
                theme.getItems().setAll(t.themes().stream().map(Theme::path).toList());
                parent.getItems().setAll(t.themes().stream().map(Theme::parent)
                        .filter(java.util.Objects::nonNull).distinct().toList());
                vm.exampleThemeProperty().set(chosen);
            }
        });

        HBox body = new HBox(14, scroll, side);
        VBox content = new VBox(10, note, body);
        alert.getDialogPane().setContent(content);
        // an Alert keeps to its own width otherwise: the list and the forms side by side, nothing cut
        alert.getDialogPane().setPrefWidth(900);
        alert.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        alert.getDialogPane().getStylesheets().addAll(stylesheets);
        alert.setResizable(true);
        return alert;
    }

    private static void show(Alert alert, VBox list, MainViewModel.Taxonomy t,
                             java.util.function.Consumer<String> addExampleTo) {
        long parents = t.themes().stream().map(Theme::parent).filter(java.util.Objects::nonNull).distinct().count();
        alert.setHeaderText(String.format(Locale.ROOT, "Themes: %d under %d parents", t.themes().size(), parents));
        list.getChildren().clear();
        for (Row r : rows(t.themes(), t.analystExamples())) {
            if (r.heading()) {
                Label h = new Label(r.parent());
                h.getStyleClass().add(Styles.INSPECTOR_LABEL);
                VBox.setMargin(h, new Insets(list.getChildren().isEmpty() ? 0 : 10, 0, 2, 0));
                list.getChildren().add(h);
                continue;
            }
            Label leaf = new Label((r.parent().isEmpty() ? "" : r.parent() + " ▸ ") + r.leaf());
            leaf.getStyleClass().add(Styles.SPEAKER);
            leaf.setWrapText(true);
            leaf.setMinHeight(Label.USE_PREF_SIZE);
            Label count = new Label(r.examplesLine());
            count.getStyleClass().add(Styles.MUTED);
            Hyperlink add = new Hyperlink("Add example…");
            add.getStyleClass().add(ADD_EXAMPLE_LINK_CLASS);
            add.setPadding(Insets.EMPTY);
            add.setOnAction(e -> addExampleTo.accept(r.path()));
            HBox counts = new HBox(10, count, add);
            counts.setAlignment(Pos.BASELINE_LEFT);
            Label what = new Label(r.description().isEmpty() ? "(no description)" : r.description());
            what.setWrapText(true);
            what.setMinHeight(Label.USE_PREF_SIZE);
            VBox item = new VBox(0, leaf, what, counts);
            VBox.setMargin(item, new Insets(0, 0, 6, 0));
            list.getChildren().add(item);
        }
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.INSPECTOR_LABEL);
        return l;
    }

    private static HBox right(Button b) {
        HBox box = new HBox(b);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.managedProperty().bind(b.managedProperty());
        return box;
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    /** A wrapped two-line field for a sentence; Enter saves ({@code save}) rather than starting a new line. */
    private static TextArea sentenceArea(String id, String prompt, Runnable save) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPromptText(prompt);
        a.setWrapText(true);
        a.setPrefRowCount(2);
        a.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                save.run();
            }
        });
        return a;
    }
}
