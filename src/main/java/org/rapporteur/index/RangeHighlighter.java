package org.rapporteur.index;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Exposes the highlighter's object-returning entry point, so formatters can hand back offset ranges. */
final class RangeHighlighter extends UnifiedHighlighter {
    RangeHighlighter(Builder builder) {
        super(builder);
    }

    Map<String, Object[]> ranges(String field, Query query, int[] docIds) throws IOException {
        return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {1});
    }
}
