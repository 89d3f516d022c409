package org.rapporteur.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Completes the field value under the caret: in {@code country:Pak|} it offers the known countries starting with (or
 * containing) "Pak". Values come from the facet counts of a blank query. Pure function of its inputs.
 */
public final class QueryCompleter {
    /** The fields whose values are offered, by the name the query language uses. */
    public static final List<String> FIELDS = List.of("speaker", "country", "speakerCountry", "theme", "tag", "org",
            "publisher", "region", "year", "kind", "report");

    /** One proposal: what to show, and the whole query with the value put in and the caret after it. */
    public record Completion(String label, String query, int caret) {
    }

    private final Map<String, List<String>> valuesByField;

    public QueryCompleter(Map<String, List<String>> valuesByField) {
        this.valuesByField = Map.copyOf(valuesByField);
    }

    public List<Completion> complete(String query, int caret, int max) {
        if (query == null || caret < 0 || caret > query.length()) {
            return List.of();
        }
        // Scan forward so that spaces inside an open quote stay in the token: speaker:"Farhat Bab|
        int tokenStart = 0;
        boolean inQuote = false;
        for (int i = 0; i < caret; i++) {
            char c = query.charAt(i);
            if (c == '"') {
                inQuote = !inQuote;
            } else if (!inQuote && (Character.isWhitespace(c) || c == '(')) {
                tokenStart = i + 1;
            }
        }
        String token = query.substring(tokenStart, caret);
        int colon = token.indexOf(':');
        if (token.startsWith("+") || token.startsWith("-")) {
            tokenStart++;
            token = token.substring(1);
            colon--;
        }
        if (colon <= 0) {
            return List.of();
        }
        String field = token.substring(0, colon);
        List<String> values = valueList(field);
        if (values == null) {
            return List.of();
        }
        String typed = token.substring(colon + 1).replace("\"", "").toLowerCase(Locale.ROOT);
        List<Completion> prefix = new ArrayList<>();
        List<Completion> inner = new ArrayList<>();
        for (String v : values) {
            String lower = v.toLowerCase(Locale.ROOT);
            boolean starts = lower.startsWith(typed) || wordStarts(lower, typed);
            if (!starts && !lower.contains(typed)) {
                continue;
            }
            String inserted = field + ":" + quote(v);
            String q = query.substring(0, tokenStart) + inserted + query.substring(caret);
            Completion c = new Completion(v, q, tokenStart + inserted.length());
            (starts ? prefix : inner).add(c);
        }
        prefix.addAll(inner);
        return prefix.size() > max ? prefix.subList(0, max) : prefix;
    }

    private List<String> valueList(String field) {
        for (Map.Entry<String, List<String>> e : valuesByField.entrySet()) {
            if (e.getKey().equalsIgnoreCase(field)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static boolean wordStarts(String value, String typed) {
        for (String w : value.split("[\\s/]+")) {
            if (w.startsWith(typed)) {
                return true;
            }
        }
        return false;
    }

    static String quote(String v) {
        return v.matches("[\\p{L}\\p{N}_.-]+") ? v : "\"" + v.replace("\"", "") + "\"";
    }
}
