package org.rapporteur.ui.search;

import java.util.EnumMap;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.rapporteur.model.SearchMode;

/**
 * Three joined buttons beside the search field — Words, Meaning, Both — bound both ways to the search mode. One is
 * always pressed: clicking the pressed one keeps it.
 */
public final class SearchModeToggle extends HBox {
    public static final String ID = "searchMode";

    private final Map<SearchMode, ToggleButton> buttons = new EnumMap<>(SearchMode.class);

    public SearchModeToggle(ObjectProperty<SearchMode> mode) {
        setId(ID);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("search-mode");
        ToggleGroup group = new ToggleGroup();
        SearchMode[] order = {SearchMode.LEXICAL, SearchMode.SEMANTIC, SearchMode.HYBRID};
        for (int i = 0; i < order.length; i++) {
            SearchMode m = order[i];
            ToggleButton b = new ToggleButton(MatchBadges.modeName(m));
            b.setId(ID + "-" + m.label());
            b.setToggleGroup(group);
            b.setUserData(m);
            b.setFocusTraversable(false); // Ctrl+M switches from anywhere; Tab goes from the field to the results
            b.setTooltip(new Tooltip(MatchBadges.modeTooltip(m)));
            b.setMinWidth(ToggleButton.USE_PREF_SIZE);
            b.getStyleClass().add(i == 0 ? atlantafx.base.theme.Styles.LEFT_PILL
                    : i == order.length - 1 ? atlantafx.base.theme.Styles.RIGHT_PILL
                    : atlantafx.base.theme.Styles.CENTER_PILL);
            buttons.put(m, b);
            getChildren().add(b);
        }
        buttons.get(mode.get()).setSelected(true);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one is always pressed
            } else if (mode.get() != now.getUserData()) {
                mode.set((SearchMode) now.getUserData());
            }
        });
        mode.addListener((o, a, m) -> {
            if (m != null && !buttons.get(m).isSelected()) {
                buttons.get(m).setSelected(true);
            }
        });
    }

    public ToggleButton button(SearchMode mode) {
        return buttons.get(mode);
    }
}
