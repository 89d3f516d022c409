package org.rapporteur.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.MatchKind;
import org.rapporteur.model.SearchMode;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SearchResult;
import org.rapporteur.model.SortOrder;
import org.rapporteur.model.SpeakerGroups;

/**
 * Semantic and hybrid search on one searcher, once the {@link MeaningPlan} has the query's vector and
 * {@link SemanticCandidates} the claims near it that pass the filters (ADR 0033).
 * <ul>
 *   <li>Total and facet counts are those of the union: claims matching the words (hybrid only) or found by meaning,
 *   counted by {@link FacetedSearch} over "the query OR these claim ids", kept per reader under the ids.</li>
 *   <li>Order: by relevance, hybrid fuses the words' ranking (its first {@code DEPTH}) with meaning's by
 *   {@link RankFusion} and continues with the words' ranking; semantic keeps meaning's order; any other order sorts
 *   the union.</li>
 *   <li>Each hit says how it was found; only hits matched by words carry highlights.</li>
 * </ul>
 */
final class MeaningSearch {
    private final FacetedSearch faceted;
    private final HitReader hitReader;

    MeaningSearch(FacetedSearch faceted, HitReader hitReader) {
        this.faceted = faceted;
        this.hitReader = hitReader;
    }

    /** The claims near the plan's vector that the request's filters and the query's fielded clauses allow. */
    List<SemanticCandidates.Candidate> candidates(IndexSearcher s, ReaderCaches.PerReader cache, Query claims,
                                                  Query userQuery, SearchRequest request, SpeakerGroups groups,
                                                  MeaningLookup meaning, MeaningPlan plan) throws IOException {
        Query constraint = FieldedConstraint.of(userQuery);
        Query allowed = constraint == null && request.filters().isEmpty() ? null
                : faceted.allowed(claims, constraint, request.filters(), groups);
        return new SemanticCandidates(meaning, plan.floor()).find(s, plan.vector(), allowed, cache.claims(s, claims));
    }

    SearchResult search(IndexSearcher s, ReaderCaches.PerReader cache, Query claims, Query userQuery,
                        SearchRequest request, SpeakerGroups groups, List<SemanticCandidates.Candidate> near,
                        String note, long t0) throws IOException {
        boolean hybrid = request.mode() == SearchMode.HYBRID;
        boolean byRelevance = request.sort() == SortOrder.RELEVANCE;
        Query found = hybrid ? orFound(userQuery, near) : found(near);
        // by relevance the page comes from the fusion: the counting pass need not rank
        SearchRequest counting = byRelevance ? new SearchRequest(request.query(), request.filters(), request.sort(),
                0, 0, request.facetValues(), request.mode()) : request;
        FacetedSearch.Answer a = faceted.search(s, cache, claims, found, counting, groups,
                near.isEmpty() && hybrid ? null : countKey(request.mode(), near));

        BitSet byMeaning = new BitSet();
        near.forEach(c -> byMeaning.set(c.doc()));
        BitSet byWords = new BitSet(); // known to match the words; the others on the page are checked below
        ScoreDoc[] page;
        if (!byRelevance) {
            page = a.page();
            for (ScoreDoc d : page) {
                if (!byMeaning.get(d.doc)) {
                    byWords.set(d.doc);
                }
            }
        } else if (hybrid) {
            page = slice(fused(s, claims, userQuery, request, groups, near, byWords), request);
        } else {
            page = slice(near.stream().map(c -> new ScoreDoc(c.doc(), c.similarity())).toArray(ScoreDoc[]::new),
                    request);
        }
        byWords.or(matchingWords(s, claims, userQuery, page, byWords));

        List<ClaimHit> hits = hitReader.hits(s, userQuery, page);
        List<ClaimHit> out = new ArrayList<>(hits.size());
        for (int i = 0; i < page.length; i++) {
            ClaimHit h = hits.get(i);
            boolean words = byWords.get(page[i].doc);
            boolean meaning = byMeaning.get(page[i].doc);
            MatchKind kind = words && meaning ? MatchKind.BOTH : meaning ? MatchKind.MEANING : MatchKind.WORDS;
            out.add(new ClaimHit(h.record(), h.score(), words ? h.highlights() : List.of(), kind));
        }
        // an empty list with nothing said looks broken: say that meaning was searched and nothing was near enough
        String said = note == null && near.isEmpty() && !hybrid ? NOTHING_NEAR : note;
        return new SearchResult(a.total(), out, a.facets(), (System.nanoTime() - t0) / 1_000_000, said);
    }

    static final String NOTHING_NEAR = "No claim is near enough to this query's meaning; try other words, or search by "
            + "words.";

    /**
     * The hybrid ranking: the first {@code DEPTH} claims by words fused with the claims by meaning, then the words'
     * ranking continued for pages beyond them. The fused head does not depend on the page asked for, so pages neither
     * repeat nor skip a claim. Marks the claims known to match the words in {@code byWords}.
     */
    private ScoreDoc[] fused(IndexSearcher s, Query claims, Query userQuery, SearchRequest request,
                             SpeakerGroups groups, List<SemanticCandidates.Candidate> near, BitSet byWords)
            throws IOException {
        int want = Math.max(SemanticCandidates.DEPTH, request.offset() + request.limit());
        ScoreDoc[] words = faceted.topByRelevance(s, claims, userQuery, request.filters(), groups, want);
        ScoreDoc[] head = Arrays.copyOf(words, Math.min(words.length, SemanticCandidates.DEPTH));
        RankFusion rule = RankFusion.configured();
        List<ScoreDoc> out = new ArrayList<>(words.length + near.size());
        BitSet listed = new BitSet();
        for (RankFusion.Fused f : rule.fuse(head, near)) {
            out.add(new ScoreDoc(f.doc(), (float) f.score()));
            listed.set(f.doc());
        }
        for (int r = head.length; r < words.length; r++) {
            if (!listed.get(words[r].doc)) {
                out.add(new ScoreDoc(words[r].doc, (float) rule.beyondWindow(r)));
            }
        }
        for (ScoreDoc d : words) {
            byWords.set(d.doc);
        }
        return out.toArray(ScoreDoc[]::new);
    }

    /** Which of the page's claims not yet known to match the words do. */
    private static BitSet matchingWords(IndexSearcher s, Query claims, Query userQuery, ScoreDoc[] page,
                                        BitSet known) throws IOException {
        int[] unknown = Arrays.stream(page).mapToInt(d -> d.doc).filter(d -> !known.get(d)).toArray();
        Query words = new BooleanQuery.Builder().add(claims, BooleanClause.Occur.FILTER)
                .add(userQuery, BooleanClause.Occur.MUST).build();
        return DocsOfClaims.matching(s, words, unknown);
    }

    private static ScoreDoc[] slice(ScoreDoc[] ranked, SearchRequest request) {
        int from = Math.min(request.offset(), ranked.length);
        int to = (int) Math.min(ranked.length, (long) request.offset() + request.limit());
        return Arrays.copyOfRange(ranked, from, Math.max(from, to));
    }

    /** The claims found by meaning, as a query (constant score: their order is meaning's, not this query's). */
    private static Query found(List<SemanticCandidates.Candidate> near) {
        if (near.isEmpty()) {
            return new MatchNoDocsQuery("nothing near enough in meaning");
        }
        List<BytesRef> ids = near.stream().map(c -> new BytesRef(c.claimId())).toList();
        return new ConstantScoreQuery(new TermInSetQuery(IndexField.ID.name, ids));
    }

    private static Query orFound(Query userQuery, List<SemanticCandidates.Candidate> near) {
        if (near.isEmpty()) {
            return userQuery;
        }
        return new BooleanQuery.Builder().add(userQuery, BooleanClause.Occur.SHOULD)
                .add(found(near), BooleanClause.Occur.SHOULD).setMinimumNumberShouldMatch(1).build();
    }

    /** What, beyond the query as typed, the counts are of: the mode and the claims meaning found (sorted ids). */
    private static String countKey(SearchMode mode, List<SemanticCandidates.Candidate> near) {
        return mode.label() + ':' + String.join(",", near.stream().map(SemanticCandidates.Candidate::claimId)
                .sorted().toList());
    }
}
