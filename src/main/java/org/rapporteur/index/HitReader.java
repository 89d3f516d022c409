package org.rapporteur.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Highlight;

/**
 * Turns a page of hits into {@link ClaimHit}s: each claim's stored fields, read once and in index order (neighbouring
 * claims share a compressed block), and the ranges of its text the query matched: for queries of words alone by
 * analysing the hit's text ({@link WordHighlights}), for phrases and patterns by the UnifiedHighlighter, handed the
 * claim texts already read. Nothing is highlighted for the blank query (browsing).
 */
final class HitReader {
    private final Analyzer analyzer;
    /** False only in tests that compare both ways of highlighting. */
    private final boolean wordsByAnalysis;

    HitReader(Analyzer analyzer) {
        this(analyzer, true);
    }

    HitReader(Analyzer analyzer, boolean wordsByAnalysis) {
        this.analyzer = analyzer;
        this.wordsByAnalysis = wordsByAnalysis;
    }

    List<ClaimHit> hits(IndexSearcher s, Query userQuery, ScoreDoc[] docs) throws IOException {
        if (docs.length == 0) {
            return List.of();
        }
        int[] inIndexOrder = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            inIndexOrder[i] = docs[i].doc;
        }
        Arrays.sort(inIndexOrder);
        StoredFields stored = s.storedFields();
        Map<Integer, Document> byDoc = new java.util.HashMap<>(docs.length * 2);
        for (int doc : inIndexOrder) {
            byDoc.putIfAbsent(doc, stored.document(doc));
        }
        Map<Integer, List<Highlight>> highlights = highlights(s, userQuery, inIndexOrder, byDoc);
        List<ClaimHit> out = new ArrayList<>(docs.length);
        for (ScoreDoc sd : docs) {
            ClaimRecord rec = ClaimDocuments.toClaimRecord(byDoc.get(sd.doc));
            out.add(new ClaimHit(rec, Float.isNaN(sd.score) ? 0 : sd.score,
                    highlights.getOrDefault(sd.doc, List.of())));
        }
        return out;
    }

    private Map<Integer, List<Highlight>> highlights(IndexSearcher s, Query userQuery, int[] sortedDocs,
                                                     Map<Integer, Document> byDoc) throws IOException {
        if (userQuery instanceof MatchAllDocsQuery) {
            return Map.of();
        }
        int[] distinct = Arrays.stream(sortedDocs).distinct().toArray();
        Set<String> words = wordsByAnalysis ? WordHighlights.wordsOf(userQuery) : null;
        if (words != null) {
            Map<Integer, List<Highlight>> out = new java.util.HashMap<>(distinct.length * 2);
            for (int doc : distinct) {
                String text = byDoc.get(doc).get(IndexField.TEXT.name);
                out.put(doc, text == null ? List.of() : WordHighlights.mark(analyzer, text, words));
            }
            return out;
        }
        // Whole claims are the passages: a claim is one sentence, and the UI shows all of it.
        RangeHighlighter highlighter = new RangeHighlighter(UnifiedHighlighter.builder(s, analyzer)
                .withBreakIterator(WholeBreakIterator::new)
                .withFormatter(new HighlightRanges())
                .withMaxLength(100_000)
                .withHighlightPhrasesStrictly(true)
                // patterns match the words as written: their matches are marked in the claim text by re-analysing it
                .withMaskedFieldsFunc(field -> field.equals(IndexField.TEXT.name)
                        ? Set.of(IndexField.WORDS.name) : Set.of()), byDoc);
        Object[] ranges = highlighter.ranges(IndexField.TEXT.name, userQuery, distinct).get(IndexField.TEXT.name);
        Map<Integer, List<Highlight>> out = new java.util.HashMap<>(distinct.length * 2);
        for (int i = 0; ranges != null && i < distinct.length; i++) {
            if (ranges[i] instanceof List<?> l) {
                @SuppressWarnings("unchecked")
                List<Highlight> h = (List<Highlight>) l;
                out.put(distinct[i], h);
            }
        }
        return out;
    }
}
