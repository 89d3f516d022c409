package org.rapporteur.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Between claim ids (what the vector index answers) and the documents of one text-index snapshot: the live document
 * of each id, found in the terms dictionary (no stored field is read), whether given documents match a query (one
 * non-scoring pass that only visits those documents), and the ids of every claim matching a small filter.
 */
final class DocsOfClaims {
    private DocsOfClaims() {
    }

    /** The live document of each id that has one; ids no longer in the index (stale vectors) are left out. */
    static Map<String, Integer> docs(IndexSearcher s, List<String> ids) throws IOException {
        Map<String, Integer> out = new HashMap<>(ids.size() * 2);
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(IndexField.ID.name);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum postings = null;
            for (String id : ids) {
                if (out.containsKey(id) || !te.seekExact(new BytesRef(id))) {
                    continue;
                }
                postings = te.postings(postings, PostingsEnum.NONE);
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    if (live == null || live.get(d)) {
                        out.put(id, leaf.docBase + d);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Which of {@code docs} (global doc ids) match {@code q}. */
    static BitSet matching(IndexSearcher s, Query q, int[] docs) throws IOException {
        BitSet out = new BitSet();
        if (docs.length == 0) {
            return out;
        }
        int[] sorted = docs.clone();
        Arrays.sort(sorted);
        Weight w = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        int i = 0;
        for (LeafReaderContext leaf : leaves) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            if (i >= sorted.length || sorted[i] >= end) {
                continue;
            }
            Scorer scorer = w.scorer(leaf);
            DocIdSetIterator it = scorer == null ? null : scorer.iterator();
            for (; i < sorted.length && sorted[i] < end; i++) {
                int local = sorted[i] - leaf.docBase;
                if (it != null && (it.docID() < local ? it.advance(local) : it.docID()) == local) {
                    out.set(sorted[i]);
                }
            }
        }
        return out;
    }

    /** The claim ids of every document matching {@code q} (meant for filters that leave few claims). */
    static List<String> idsMatching(IndexSearcher s, Query q, int expected) throws IOException {
        List<String> out = new ArrayList<>(expected);
        Weight w = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        Set<String> idOnly = Set.of(IndexField.ID.name);
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            Scorer scorer = w.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            StoredFields stored = leaf.reader().storedFields();
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                if (live == null || live.get(d)) {
                    out.add(stored.document(d, idOnly).get(IndexField.ID.name));
                }
            }
        }
        return out;
    }
}
