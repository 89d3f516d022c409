package org.rapporteur.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.MeaningState;

/**
 * A filter that leaves many claims is met by fetching more neighbours until enough pass, and no more once the
 * neighbours fall under the similarity floor. 300 claims stand for a large index: depth 5 and no exact search make
 * the same decisions as depth 100 on a million.
 */
class SemanticCandidatesTest {
    /** Claim i is the i-th nearest, similarity 0.99 - i / 500; claims 200, 205, … 295 are "group a". */
    private static final int CLAIMS = 300;

    private static final class Ranked implements MeaningLookup {
        final List<Integer> askedK = new ArrayList<>();

        @Override
        public MeaningState state() {
            return new MeaningState("ranked", CLAIMS, CLAIMS, false, null);
        }

        @Override
        public float[] embedQuery(String text) {
            return new float[] {1};
        }

        @Override
        public List<Neighbour> nearest(float[] vector, int k, String excludeReportId, Collection<String> only) {
            askedK.add(k);
            List<Neighbour> out = new ArrayList<>();
            for (int i = 0; i < Math.min(k, CLAIMS); i++) {
                out.add(new Neighbour("c" + i, "r", 0.99f - i / 500f));
            }
            return out;
        }

        @Override
        public Optional<float[]> vectorOf(String claimId) {
            return Optional.empty();
        }
    }

    private static List<String> find(Ranked meaning, float floor) throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (int i = 0; i < CLAIMS; i++) {
                    Document d = new Document();
                    d.add(new StringField(IndexField.ID.name, "c" + i, Field.Store.YES));
                    d.add(new StringField("group", i >= 200 && i % 5 == 0 ? "a" : "b", Field.Store.NO));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(reader);
                Query groupA = new TermQuery(new Term("group", "a"));
                return new SemanticCandidates(meaning, floor, 5, 0).find(s, new float[] {1}, groupA, CLAIMS)
                        .stream().map(SemanticCandidates.Candidate::claimId).toList();
            }
        }
    }

    @Test
    void fetchesMoreNeighboursUntilEnoughPassTheFilter() throws Exception {
        Ranked meaning = new Ranked();
        assertEquals(List.of("c200", "c205", "c210", "c215", "c220"), find(meaning, 0.3f));
        // 20 of 300 claims pass: 5 × 15 first, then four times as many
        assertEquals(List.of(75, 300), meaning.askedK);
    }

    @Test
    void stopsWhereTheNeighboursFallUnderTheFloor() throws Exception {
        Ranked meaning = new Ranked();
        // claims from 96 on are under 0.80: nothing of group a is near enough, and 300 neighbours are not read twice
        assertEquals(List.of(), find(meaning, 0.80f));
        assertEquals(List.of(75, 300), meaning.askedK);
        Ranked strict = new Ranked();
        assertEquals(List.of(), find(strict, 0.90f));
        assertEquals(List.of(75), strict.askedK, "the 75th neighbour is already under 0.90: no second fetch");
    }
}
