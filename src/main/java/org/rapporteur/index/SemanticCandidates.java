package org.rapporteur.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The claims nearest in meaning to a query that pass its filters: the facet selections and the query's fielded
 * clauses ({@link FieldedConstraint}), checked against the text index, and the similarity floor. Nearest first, at
 * most {@link #DEPTH}.
 *
 * <p>The vector index knows nothing of speakers or years, so a filter is met one of two ways. When it leaves at most
 * {@link #EXACT_BELOW} claims, their ids go to {@link MeaningLookup#nearest} as {@code onlyClaims}, which compares
 * the query with each of them: exact. Otherwise the nearest claims of the whole index are fetched and filtered,
 * asking first for {@code DEPTH} times the share of claims the filter removes and four times more while the filter
 * leaves fewer than {@code DEPTH}, until the neighbours fall under the floor or {@link #MAX_FETCH} were read.
 */
final class SemanticCandidates {
    /** How many claims meaning contributes at most: the window rank fusion looks at, and the semantic mode's list. */
    static final int DEPTH = 100;
    /** A filter leaving at most this many claims is searched exactly among them. */
    static final int EXACT_BELOW = 2_000;
    /** The most neighbours read from the vector index for one filtered search. */
    static final int MAX_FETCH = 4_096;

    record Candidate(int doc, String claimId, float similarity) {
    }

    private final MeaningLookup meaning;
    private final float floor;
    private final int depth;
    private final int exactBelow;

    SemanticCandidates(MeaningLookup meaning, float floor) {
        this(meaning, floor, DEPTH, EXACT_BELOW);
    }

    /** With another depth and exact-search bound: for tests, which cannot afford thousands of claims. */
    SemanticCandidates(MeaningLookup meaning, float floor, int depth, int exactBelow) {
        this.meaning = meaning;
        this.floor = floor;
        this.depth = depth;
        this.exactBelow = exactBelow;
    }

    /**
     * @param filter the claims allowed (claims ∩ facet selections ∩ fielded clauses), or {@code null} for every claim
     * @param claims how many claims the index holds
     */
    List<Candidate> find(IndexSearcher s, float[] vector, Query filter, long claims) throws IOException {
        if (filter == null) {
            return accepted(s, meaning.nearest(vector, depth, null, null), null);
        }
        int allowed = s.count(filter);
        if (allowed == 0) {
            return List.of();
        }
        if (allowed <= exactBelow) {
            List<String> ids = DocsOfClaims.idsMatching(s, filter, allowed);
            return accepted(s, meaning.nearest(vector, depth, null, ids), null);
        }
        long share = Math.max(1, Math.ceilDiv(claims, allowed));
        int k = (int) Math.min(MAX_FETCH, Math.max(depth, depth * share));
        while (true) {
            List<Neighbour> near = meaning.nearest(vector, k, null, null);
            List<Candidate> passed = accepted(s, near, filter);
            boolean exhausted = near.size() < k;
            boolean belowFloor = !near.isEmpty() && near.getLast().similarity() < floor;
            if (passed.size() >= depth || exhausted || belowFloor || k >= MAX_FETCH) {
                return passed;
            }
            k = Math.min(MAX_FETCH, k * 4);
        }
    }

    /** The neighbours at or above the floor whose claims are in this snapshot (and pass the filter), nearest first. */
    private List<Candidate> accepted(IndexSearcher s, List<Neighbour> near, Query filter) throws IOException {
        List<String> ids = new ArrayList<>(near.size());
        for (Neighbour n : near) {
            if (n.similarity() >= floor) {
                ids.add(n.claimId());
            }
        }
        Map<String, Integer> docs = DocsOfClaims.docs(s, ids);
        BitSet pass = null;
        if (filter != null) {
            pass = DocsOfClaims.matching(s, filter, docs.values().stream().mapToInt(Integer::intValue).toArray());
        }
        List<Candidate> out = new ArrayList<>(Math.min(depth, ids.size()));
        BitSet seen = new BitSet();
        for (Neighbour n : near) {
            Integer doc = docs.get(n.claimId());
            if (n.similarity() >= floor && doc != null && (pass == null || pass.get(doc)) && out.size() < depth
                    && !seen.get(doc)) {
                seen.set(doc);
                out.add(new Candidate(doc, n.claimId(), n.similarity()));
            }
        }
        return out;
    }
}
