package org.rapporteur.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.rapporteur.model.Theme;
import org.rapporteur.ui.common.Styles;

/**
 * Analysis ▸ Themes…: the taxonomy the claims are themed with, read-only — each parent with its leaves, what each
 * covers and how many example sentences teach it (the taxonomy's and the analyst's own theme corrections). Editing
 * stays with the command line ({@code rapporteur themes add / add-example / rule}) and the workspace's
 * {@code themes.json}; the dialog says so.
 */
final class ThemesDialog {
    static final String LIST_ID = "themesList";
    static final String READ_ONLY = "Read-only here. To add or change themes, their descriptions or examples, use the "
            + "command line (rapporteur themes add, add-example, rule) or edit the workspace's themes.json; then "
            + "Analysis ▸ Re-theme claims. Your own theme corrections in the inspector count as examples.";

    /** A line of the list: a parent heading (leaf null), or a leaf with what it covers and its examples. */
    record Row(String parent, String leaf, String description, int examples, int yours) {
        boolean heading() {
            return leaf == null;
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

    static Alert create(Window owner, List<String> stylesheets, List<Theme> themes, Map<String, Integer> yours) {
        Alert alert = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Themes");
        long leaves = themes.size();
        long parents = themes.stream().map(Theme::parent).filter(java.util.Objects::nonNull).distinct().count();
        alert.setHeaderText(String.format(Locale.ROOT, "Themes: %d under %d parents", leaves, parents));
        Label note = new Label(READ_ONLY);
        note.setWrapText(true);
        note.getStyleClass().add(Styles.MUTED);
        VBox list = new VBox(2);
        list.setId(LIST_ID);
        list.setPadding(new Insets(4, 12, 4, 4));
        for (Row r : rows(themes, yours)) {
            if (r.heading()) {
                Label h = new Label(r.parent());
                h.getStyleClass().add(Styles.INSPECTOR_LABEL);
                VBox.setMargin(h, new Insets(list.getChildren().isEmpty() ? 0 : 10, 0, 2, 0));
                list.getChildren().add(h);
                continue;
            }
            Label leaf = new Label((r.parent().isEmpty() ? "" : r.parent() + " ▸ ") + r.leaf());
            leaf.getStyleClass().add(Styles.SPEAKER);
            Label count = new Label(r.examplesLine());
            count.getStyleClass().add(Styles.MUTED);
            Label what = new Label(r.description().isEmpty() ? "(no description)" : r.description());
            what.setWrapText(true);
            what.setMinHeight(Label.USE_PREF_SIZE);
            VBox item = new VBox(0, leaf, what, count);
            VBox.setMargin(item, new Insets(0, 0, 6, 0));
            list.getChildren().add(item);
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(460);
        scroll.setPrefViewportWidth(600);
        VBox content = new VBox(10, note, scroll);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().getStylesheets().addAll(stylesheets);
        alert.setResizable(true);
        return alert;
    }
}
