package org.rapporteur.ui.facets;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rapporteur.model.FacetCount;
import org.rapporteur.model.FacetDimension;

/**
 * The facet panel: one group per dimension that has values, and the user's selections (values OR-ed within a
 * dimension, dimensions AND-ed; the index counts drill-sideways, so unselected values of a dimension keep their
 * counts). A change of selection is handed to {@code onFilters}. Use on the FX thread.
 */
public final class FacetsViewModel {
    /** A dimension with its values, for one titled pane. */
    public record FacetGroup(FacetDimension dimension, List<FacetCount.Value> values) {
        /**
         * The values a pane shows: the first {@code limit} (the most frequent), plus any selected value further down,
         * so a checked value never disappears behind "show more".
         */
        public List<FacetCount.Value> shown(int limit, FacetsViewModel vm) {
            if (values.size() <= limit) {
                return values;
            }
            List<FacetCount.Value> out = new java.util.ArrayList<>(values.subList(0, limit));
            for (FacetCount.Value v : values.subList(limit, values.size())) {
                if (v.selected() || vm.isSelected(dimension, v.value())) {
                    out.add(v);
                }
            }
            return out;
        }
    }

    /** Values a pane shows before "show all": enough to scan, few enough to build in a frame. */
    public static final int SHOWN_FIRST = 8;

    private final ObservableList<FacetGroup> groups = FXCollections.observableArrayList();
    private final Map<FacetDimension, Set<String>> selected = new EnumMap<>(FacetDimension.class);
    private final SimpleBooleanProperty anySelected = new SimpleBooleanProperty();
    private final Consumer<Map<FacetDimension, Set<String>>> onFilters;

    public FacetsViewModel(Consumer<Map<FacetDimension, Set<String>>> onFilters) {
        this.onFilters = onFilters;
    }

    /**
     * What the speaker facet's context menu does with people (ADR 0021): the analyst's merge and split, run in the
     * background, their outcome reported in the status bar.
     */
    public interface PeopleActions {
        /** Makes {@code other} and {@code person} one person. */
        void merge(String person, String other);

        /** Hands the person's written forms to {@code names} (on the FX thread), to pick one to split out. */
        void namesOf(String person, Consumer<List<String>> names);

        /** Takes {@code variant} out of {@code person}. */
        void split(String person, String variant);
    }

    private PeopleActions people;

    /** Lets the speaker facet merge and split people; without it (tests, a read-only view) it does not offer to. */
    public void usePeople(PeopleActions actions) {
        this.people = actions;
    }

    /** The merge and split of people, or null when this facet view does not offer them. */
    public PeopleActions people() {
        return people;
    }

    /** Takes the counts of the latest search; dimensions without values are not shown. */
    public void accept(List<FacetCount> counts) {
        groups.setAll(counts.stream().filter(fc -> !fc.values().isEmpty())
                .map(fc -> new FacetGroup(fc.dimension(), fc.values())).toList());
    }

    public void toggle(FacetDimension dimension, String value, boolean on) {
        Set<String> values = selected.computeIfAbsent(dimension, d -> new LinkedHashSet<>());
        boolean changed = on ? values.add(value) : values.remove(value);
        if (values.isEmpty()) {
            selected.remove(dimension);
        }
        if (changed) {
            publish();
        }
    }

    public void clearAll() {
        if (!selected.isEmpty()) {
            selected.clear();
            publish();
        }
    }

    /** Shows selections that came with a request from elsewhere (a matrix cell), without publishing them. */
    public void setQuietly(Map<FacetDimension, Set<String>> filters) {
        selected.clear();
        filters.forEach((d, v) -> selected.put(d, new LinkedHashSet<>(v)));
        anySelected.set(!selected.isEmpty());
    }

    public boolean isSelected(FacetDimension dimension, String value) {
        return selected.getOrDefault(dimension, Set.of()).contains(value);
    }

    public Map<FacetDimension, Set<String>> filters() {
        Map<FacetDimension, Set<String>> copy = new EnumMap<>(FacetDimension.class);
        selected.forEach((d, v) -> copy.put(d, Set.copyOf(v)));
        return copy;
    }

    private void publish() {
        anySelected.set(!selected.isEmpty());
        onFilters.accept(filters());
    }

    public ObservableList<FacetGroup> groups() {
        return groups;
    }

    public ReadOnlyBooleanProperty anySelectedProperty() {
        return anySelected;
    }
}
