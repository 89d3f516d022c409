package org.rapporteur.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class QueryHistoryTest {
    @Test
    void newestFirstWithoutDuplicates() {
        List<String> h = QueryHistory.add(List.of("a", "b", "c"), "b");
        assertEquals(List.of("b", "a", "c"), h);
        assertEquals(h, QueryHistory.add(h, "  "));
    }

    @Test
    void keepsTheLastTwenty() {
        List<String> h = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            h = QueryHistory.add(h, "q" + i);
        }
        assertEquals(QueryHistory.MAX, h.size());
        assertEquals("q29", h.getFirst());
        assertEquals("q10", h.getLast());
    }

    @Test
    void survivesTheSettingsRoundTrip() {
        List<String> h = List.of("speaker:\"A B\" AND theme:x", "peace");
        assertEquals(h, QueryHistory.decode(QueryHistory.encode(h)));
        assertEquals(List.of(), QueryHistory.decode(null));
    }
}
