package org.rapporteur.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Exposes the highlighter's object-returning entry point, so formatters can hand back offset ranges, and reads the
 * highlighted text from documents the caller has already loaded instead of reading each claim's stored fields twice.
 */
final class RangeHighlighter extends UnifiedHighlighter {
    private final Map<Integer, Document> loaded;

    /** {@code loaded}: stored documents by doc id, holding the fields to highlight. */
    RangeHighlighter(Builder builder, Map<Integer, Document> loaded) {
        super(builder);
        this.loaded = loaded;
    }

    Map<String, Object[]> ranges(String field, Query query, int[] docIds) throws IOException {
        return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {1});
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> out = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            Document d = loaded.get(doc);
            if (d == null) { // a document the caller did not load: read what is highlighted
                d = searcher.storedFields().document(doc, Set.of(fields));
            }
            CharSequence[] values = new CharSequence[fields.length];
            for (int f = 0; f < fields.length; f++) {
                String v = d.get(fields[f]);
                values[f] = v == null ? "" : v;
            }
            out.add(values);
        }
        return out;
    }
}
