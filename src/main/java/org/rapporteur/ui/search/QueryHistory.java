package org.rapporteur.ui.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The last {@value #MAX} distinct queries, newest first, and their one-string form for the workspace settings
 * (one query per line; a query typed in the bar never holds a line break).
 */
public final class QueryHistory {
    public static final int MAX = 20;

    private QueryHistory() {
    }

    public static List<String> add(List<String> history, String query) {
        String q = query == null ? "" : query.strip();
        List<String> out = new ArrayList<>(history);
        if (q.isEmpty()) {
            return out;
        }
        out.remove(q);
        out.addFirst(q);
        while (out.size() > MAX) {
            out.removeLast();
        }
        return out;
    }

    public static String encode(List<String> history) {
        return String.join("\n", history);
    }

    public static List<String> decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).distinct().limit(MAX)
                .toList();
    }
}
