package org.rapporteur.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Enrichment;
import org.rapporteur.model.FacetDimension;

/**
 * The facet values of one claim, computed from the record exactly as the index derives its facet fields (stripped,
 * distinct, theme paths without blank levels, year from the first four digits of the date), so that counts made in
 * memory agree with the index's drill-down. Stateless and thread-safe.
 */
public final class ClaimFacetValues {
    private ClaimFacetValues() {
    }

    /** The claim's distinct values in {@code dimension}, in first-seen order; empty when it has none. */
    public static List<String> of(ClaimRecord r, FacetDimension dimension) {
        Enrichment e = r.claim().enrichment();
        return switch (dimension) {
            case SPEAKER -> one(r.claim().attribution().speakerName());
            case SPEAKER_COUNTRY -> one(e.speakerCountry());
            case COUNTRY -> distinct(e.countries());
            case REGION -> distinct(e.regions());
            case THEME -> themes(e.themeNames());
            case ORGANISATION -> distinct(e.organisations());
            case PUBLISHER -> one(r.organisation());
            case REPORT -> one(r.reportTitle());
            case KIND -> one(r.kind() == null ? null : r.kind().label());
            case YEAR -> one(year(r.date()));
            case TAG -> distinct(r.tags());
            case CODED_BY -> distinct(r.codedBy());
        };
    }

    /**
     * Whether the claim passes the facet filters of a search request: every filtered dimension must have one of the
     * selected values (values OR-ed, dimensions AND-ed). A theme filter also matches the themes below it, as a
     * hierarchical drill-down does.
     */
    public static boolean matches(ClaimRecord r, Map<FacetDimension, Set<String>> filters) {
        for (Map.Entry<FacetDimension, Set<String>> f : filters.entrySet()) {
            if (f.getValue().isEmpty()) {
                continue;
            }
            boolean any = false;
            for (String v : of(r, f.getKey())) {
                if (f.getKey() == FacetDimension.THEME ? themeMatches(v, f.getValue()) : f.getValue().contains(v)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /** The label to show for a value: a theme's leaf, any other value as it is. */
    public static String label(FacetDimension dimension, String value) {
        if (dimension == FacetDimension.THEME && value != null) {
            int slash = value.lastIndexOf('/');
            return slash < 0 ? value : value.substring(slash + 1);
        }
        return value;
    }

    private static boolean themeMatches(String theme, Set<String> selected) {
        for (String s : selected) {
            String normal = normaliseTheme(s);
            if (theme.equals(normal) || theme.startsWith(normal + "/")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> themes(List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            String t = normaliseTheme(n);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    private static String normaliseTheme(String path) {
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (!p.isBlank()) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    private static List<String> one(String v) {
        return v == null || v.isBlank() ? List.of() : List.of(v.strip());
    }

    private static List<String> distinct(List<String> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v.strip());
            }
        }
        return List.copyOf(out);
    }

    private static String year(String date) {
        if (date == null || date.length() < 4) {
            return null;
        }
        String y = date.substring(0, 4);
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(y.charAt(i))) {
                return null;
            }
        }
        return Integer.toString(Integer.parseInt(y));
    }
}
