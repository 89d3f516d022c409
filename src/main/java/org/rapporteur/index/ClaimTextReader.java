package org.rapporteur.index;

import java.io.IOException;
import java.util.function.Consumer;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.rapporteur.model.RapporteurException;

/**
 * Streams every claim's id, report id and text in index order, reading only those three stored fields: the embedding
 * run passes over all claims twice, and a whole {@code ClaimRecord} (speaker, attribution evidence, enrichment) would
 * be read and thrown away 868,000 times per pass on the UN workspace.
 */
final class ClaimTextReader {
    private ClaimTextReader() {
    }

    static long forEach(SearcherManager searchers, Consumer<ClaimText> sink) {
        IndexSearcher s;
        try {
            s = searchers.acquire();
        } catch (IOException e) {
            throw new RapporteurException("The index cannot be read: " + e.getMessage(), e);
        }
        try {
            Weight w = s.createWeight(s.rewrite(new TermQuery(new Term(IndexField.TYPE.name, IndexField.CLAIM))),
                    ScoreMode.COMPLETE_NO_SCORES, 1f);
            long n = 0;
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Scorer scorer = w.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                StoredFields stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                DocIdSetIterator it = scorer.iterator();
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    ThreeFields v = new ThreeFields();
                    stored.document(doc, v);
                    if (v.id != null && v.text != null) {
                        sink.accept(new ClaimText(v.id, v.reportId, v.text));
                        n++;
                    }
                }
            }
            return n;
        } catch (IOException e) {
            throw new RapporteurException("Reading claims failed: " + e.getMessage(), e);
        } finally {
            try {
                searchers.release(s);
            } catch (IOException e) {
                throw new RapporteurException("The index cannot be released: " + e.getMessage(), e);
            }
        }
    }

    /** Reads id, report id and text, and stops reading the document once it has them. */
    private static final class ThreeFields extends StoredFieldVisitor {
        String id;
        String reportId;
        String text;

        @Override
        public Status needsField(FieldInfo field) {
            if (id != null && reportId != null && text != null) {
                return Status.STOP;
            }
            return field.name.equals(IndexField.ID.name) || field.name.equals(IndexField.REPORT_ID.name)
                    || field.name.equals(IndexField.TEXT.name) ? Status.YES : Status.NO;
        }

        @Override
        public void stringField(FieldInfo field, String value) {
            if (field.name.equals(IndexField.ID.name)) {
                id = value;
            } else if (field.name.equals(IndexField.REPORT_ID.name)) {
                reportId = value;
            } else {
                text = value;
            }
        }
    }
}
