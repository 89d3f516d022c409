package org.rapporteur.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.Bits;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.FacetCount;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.Highlight;
import org.rapporteur.model.QuerySyntaxException;
import org.rapporteur.model.RapporteurException;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.ReviewPage;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SearchResult;

/**
 * Read side of the {@link ClaimIndex}: queries with drill-sideways facet counts, highlighting, sorting, related claims.
 * A search finds claims by their words, their meaning or both, as its mode asks ({@link MeaningPlan} decides whether
 * meaning can be used, {@link MeaningSearch} does the rest; ADR 0033). Every method acquires a searcher and releases it in {@code finally}.
 */
final class ClaimSearcher implements org.rapporteur.model.IndexedCorpus {
    private static final Query CLAIMS = new TermQuery(new Term(IndexField.TYPE.name, IndexField.CLAIM));
    private static final Query REPORTS = new TermQuery(new Term(IndexField.TYPE.name, IndexField.REPORT_TYPE));

    private final SearcherManager searchers;
    private final Analyzer analyzer;
    private final FacetsConfig facetsConfig;
    private final QueryTranslator translator;
    private final ReaderCaches caches;
    private final FacetedSearch faceted;
    private final HitReader hitReader;
    private final MeaningSearch meaningSearch;
    /**
     * Which speaker names are one person, asked for by every search that reads speakers: the pipeline's registry,
     * which rebuilds its grouping only when the corpus or the analyst's merges changed.
     */
    private volatile java.util.function.Supplier<org.rapporteur.model.SpeakerGroups> groups =
            () -> org.rapporteur.model.SpeakerGroups.NONE;

    ClaimSearcher(SearcherManager searchers, Analyzer analyzer, FacetsConfig facetsConfig) {
        this.searchers = searchers;
        this.analyzer = analyzer;
        this.facetsConfig = facetsConfig;
        this.translator = new QueryTranslator(analyzer);
        this.caches = new ReaderCaches(facetsConfig);
        this.faceted = new FacetedSearch(facetsConfig);
        this.hitReader = new HitReader(analyzer);
        this.meaningSearch = new MeaningSearch(faceted, hitReader);
    }

    /** Vectors and the query embedder, set by the pipeline; NONE makes every search lexical. */
    private volatile MeaningLookup meaning = MeaningLookup.NONE;

    void useMeaning(MeaningLookup m) {
        this.meaning = m == null ? MeaningLookup.NONE : m;
    }

    void useSpeakerGroups(java.util.function.Supplier<org.rapporteur.model.SpeakerGroups> g) {
        this.groups = g == null ? () -> org.rapporteur.model.SpeakerGroups.NONE : g;
    }

    @Override
    public SearchResult search(SearchRequest request) {
        long t0 = System.nanoTime();
        IndexSearcher s = acquire();
        try {
            // translated even on an empty index, so a faulty query is reported whatever the index holds
            org.rapporteur.model.SpeakerGroups g = groups.get();
            Query userQuery = translator.translate(request.query(), s, g);
            ReaderCaches.PerReader cache = caches.of(s);
            if (cache.claims(s, CLAIMS) == 0) {
                return new SearchResult(0, List.of(), List.of(), elapsed(t0));
            }
            MeaningPlan plan = MeaningPlan.of(request, meaning);
            String note = plan.note();
            if (plan.usesMeaning()) {
                List<SemanticCandidates.Candidate> near = null;
                try {
                    near = meaningSearch.candidates(s, cache, CLAIMS, userQuery, request, g, meaning, plan);
                } catch (IndexSearcher.TooManyClauses e) {
                    throw e;
                } catch (RuntimeException e) {
                    note = MeaningPlan.failed(e); // a damaged vector index leaves the words: never a failed search
                }
                if (near != null) {
                    return meaningSearch.search(s, cache, CLAIMS, userQuery, request, g, near, note, t0);
                }
            }
            FacetedSearch.Answer a = faceted.search(s, cache, CLAIMS, userQuery, request, g);
            return new SearchResult(a.total(), hitReader.hits(s, userQuery, a.page()), a.facets(), elapsed(t0),
                    note);
        } catch (IOException e) {
            throw new RapporteurException("Search failed: " + e.getMessage(), e);
        } catch (IndexSearcher.TooManyClauses e) {
            // the translator keeps the query itself under the limit; the facet filters come on top of it
            throw new QuerySyntaxException(request.query(), 0, "the query and the selected filters together "
                    + "search more than " + IndexSearcher.getMaxClauseCount() + " words; use fewer terms or filters",
                    e);
        } finally {
            release(s);
        }
    }

    /**
     * Prepares the current reader for the first search: facet ordinals and the counts of the blank query (what the
     * workbench shows first). Costly on a large index; run it off the caller's thread after opening or a commit. A
     * search that comes first does the same work itself, once (ReaderCaches).
     */
    void warm() {
        IndexSearcher s = acquire();
        try {
            ReaderCaches.PerReader cache = caches.of(s);
            if (cache.claims(s, CLAIMS) > 0) {
                faceted.search(s, cache, CLAIMS, MatchAllDocsQuery.INSTANCE, SearchRequest.of("", 1));
            }
        } catch (IOException e) {
            throw new RapporteurException("Preparing the index for search failed: " + e.getMessage(), e);
        } finally {
            release(s);
        }
    }

    private List<ClaimHit> toHits(IndexSearcher s, Query userQuery, ScoreDoc[] docs) throws IOException {
        return hitReader.hits(s, userQuery, docs);
    }

    /**
     * Every matching claim in report order, in one sorted pass (paging with searchAfter re-scans all matches per page,
     * which never finished on a million claims). Holds one small sort entry per match, never the claims themselves.
     */
    @Override
    public long forEachClaim(String query, Consumer<ClaimRecord> sink) {
        IndexSearcher s = acquire();
        try {
            Query q = claimsMatching(query, s);
            int total = s.count(q);
            if (total == 0) {
                return 0;
            }
            TopDocs td = s.search(q, total, new Sort(
                    new SortField(IndexField.SORT_REPORT.name, SortField.Type.STRING),
                    new SortField(IndexField.SORT_POSITION.name, SortField.Type.LONG)));
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : td.scoreDocs) {
                sink.accept(ClaimDocuments.toClaimRecord(stored.document(sd.doc)));
            }
            return td.scoreDocs.length;
        } catch (IOException e) {
            throw new RapporteurException("Reading claims failed: " + e.getMessage(), e);
        } finally {
            release(s);
        }
    }

    @Override
    public long forEachClaimUnordered(String query, Consumer<ClaimRecord> sink) {
        IndexSearcher s = acquire();
        try {
            Query q = claimsMatching(query, s);
            Weight weight = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
            long n = 0;
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                StoredFields stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                DocIdSetIterator it = scorer.iterator();
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        sink.accept(ClaimDocuments.toClaimRecord(stored.document(doc)));
                        n++;
                    }
                }
            }
            return n;
        } catch (IOException e) {
            throw new RapporteurException("Reading claims failed: " + e.getMessage(), e);
        } finally {
            release(s);
        }
    }

    /**
     * The claims whose attribution doubt is at least {@code minDoubt}, worst first (ties in report order), at most
     * {@code limit} of them, with their total count. A point range on the doubt field and a sort on its doc values:
     * only the returned claims are read.
     */
    @Override
    public ReviewPage doubtful(double minDoubt, int limit) {
        Query q = new BooleanQuery.Builder().add(CLAIMS, BooleanClause.Occur.FILTER)
                .add(DoublePoint.newRangeQuery(IndexField.DOUBT.name, minDoubt, Double.POSITIVE_INFINITY),
                        BooleanClause.Occur.FILTER).build();
        IndexSearcher s = acquire();
        try {
            int total = s.count(q);
            if (total == 0 || limit <= 0) {
                return new ReviewPage(total, List.of());
            }
            TopDocs td = s.search(q, Math.min(limit, total), new Sort(
                    new SortField(IndexField.DOUBT.name, SortField.Type.DOUBLE, true),
                    new SortField(IndexField.SORT_REPORT.name, SortField.Type.STRING),
                    new SortField(IndexField.SORT_POSITION.name, SortField.Type.LONG)));
            StoredFields stored = s.storedFields();
            List<ClaimRecord> out = new ArrayList<>(td.scoreDocs.length);
            for (ScoreDoc sd : td.scoreDocs) {
                out.add(ClaimDocuments.toClaimRecord(stored.document(sd.doc)));
            }
            return new ReviewPage(total, out);
        } catch (IOException e) {
            throw new RapporteurException("Reading the claims to review failed: " + e.getMessage(), e);
        } finally {
            release(s);
        }
    }

    /** Claims (not reports) matching a query of the user's language. */
    private Query claimsMatching(String query, IndexSearcher s) {
        return new BooleanQuery.Builder()
                .add(CLAIMS, BooleanClause.Occur.FILTER)
                .add(translator.translate(query, s, groups.get()), BooleanClause.Occur.MUST)
                .build();
    }

    @Override
    public Optional<ClaimRecord> claim(String claimId) {
        IndexSearcher s = acquire();
        try {
            Query q = new BooleanQuery.Builder().add(CLAIMS, BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexField.ID.name, claimId)), BooleanClause.Occur.MUST).build();
            TopDocs td = s.search(q, 1);
            if (td.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(ClaimDocuments.toClaimRecord(s.storedFields().document(td.scoreDocs[0].doc)));
        } catch (IOException e) {
            throw new RapporteurException("Reading a claim failed: " + e.getMessage(), e);
        } finally {
            release(s);
        }
    }

    /** The claims with these ids that exist, in no particular order: one search per 1,000 ids, not one per id. */
    List<ClaimRecord> claims(java.util.Collection<String> claimIds) {
        List<ClaimRecord> out = new ArrayList<>(claimIds.size());
        List<String> ids = List.copyOf(claimIds);
        IndexSearcher s = acquire();
        try {
            StoredFields stored = s.storedFields();
            for (int from = 0; from < ids.size(); from += 1000) {
                List<org.apache.lucene.util.BytesRef> terms = ids.subList(from, Math.min(ids.size(), from + 1000))
                        .stream().map(org.apache.lucene.util.BytesRef::new).toList();
                Query q = new BooleanQuery.Builder().add(CLAIMS, BooleanClause.Occur.FILTER)
                        .add(new org.apache.lucene.search.TermInSetQuery(IndexField.ID.name, terms),
                                BooleanClause.Occur.FILTER).build();
                for (ScoreDoc sd : s.search(q, terms.size()).scoreDocs) {
                    out.add(ClaimDocuments.toClaimRecord(stored.document(sd.doc)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new RapporteurException("Reading claims failed: " + e.getMessage(), e);
        } finally {
            release(s);
        }
    }

    @Override
    public List<ClaimRecord> claimsOf(String reportId) {
        IndexSearcher s = acquire();
        try {
            Query q = new BooleanQuery.Builder().add(CLAIMS, BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexField.REPORT_ID.name, reportId)), BooleanClause.Occur.MUST)
                    .build();
            TopDocs td = s.search(q, Math.max(1, s.count(q)),
                    new Sort(new SortField(IndexField.SORT_POSITION.name, SortField.Type.LONG)));
            StoredFields stored = s.storedFields();
            List<ClaimRecord> out = new ArrayList<>(td.scoreDocs.length);
            for (ScoreDoc sd : td.scoreDocs) {
                out.add(ClaimDocuments.toClaimRecord(stored.document(sd.doc)));
            }
            return out;
        } catch (IOException e) {
            throw new RapporteurException("Reading claims failed: " + e.getMessage(), e);
        } finally {
            release(s);
        }
    }

    @Override
    public List<ReportSummary> reports() {
        return reportsMatching(REPORTS);
    }

    @Override
    public Optional<ReportSummary> report(String reportId) {
        return reportsMatching(new BooleanQuery.Builder().add(REPORTS, BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexField.ID.name, reportId)), BooleanClause.Occur.MUST).build())
                .stream().findFirst();
    }

    @Override
    public Optional<String> reportText(String reportId) {
        IndexSearcher s = acquire();
        try {
            Query q = new BooleanQuery.Builder().add(REPORTS, BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexField.ID.name, reportId)), BooleanClause.Occur.MUST).build();
            TopDocs td = s.search(q, 1);
            if (td.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.ofNullable(s.storedFields().document(td.scoreDocs[0].doc,
                    java.util.Set.of(IndexField.REPORT_TEXT.name)).get(IndexField.REPORT_TEXT.name));
        } catch (IOException e) {
            throw new RapporteurException("Reading a report failed: " + e.getMessage(), e);
        } finally {
            release(s);
        }
    }

    @Override
    public List<ReportSummary> reportsAtPath(String path) {
        return reportsMatching(new BooleanQuery.Builder().add(REPORTS, BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexField.PATH.name, path)), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(IndexField.OTHER_PATHS.name, path)), BooleanClause.Occur.SHOULD)
                .setMinimumNumberShouldMatch(1).build());
    }

    /** The reports in the index and their paths, read from the terms dictionaries (no stored fields). */
    ReportCatalog catalog() {
        IndexSearcher s = acquire();
        try {
            return ReportCatalog.read(s.getIndexReader());
        } catch (IOException e) {
            throw new RapporteurException("Reading reports failed: " + e.getMessage(), e);
        } finally {
            release(s);
        }
    }

    @Override
    public List<org.rapporteur.model.SpeakerOccurrence> speakerOccurrences() {
        IndexSearcher s = acquire();
        try {
            return SpeakerProfiles.read(s.getIndexReader(), facetsConfig);
        } catch (IOException e) {
            throw new RapporteurException("Reading the speakers failed: " + e.getMessage(), e);
        } finally {
            release(s);
        }
    }

    @Override
    public long reportCount() {
        return count(REPORTS);
    }

    private List<ReportSummary> reportsMatching(Query q) {
        IndexSearcher s = acquire();
        try {
            int n = s.count(q);
            if (n == 0) {
                return List.of();
            }
            TopDocs td = s.search(q, n, new Sort(new SortField(IndexField.SORT_REPORT.name, SortField.Type.STRING)));
            StoredFields stored = s.storedFields();
            List<ReportSummary> out = new ArrayList<>(n);
            for (ScoreDoc sd : td.scoreDocs) {
                // everything but the report's text, which a summary does not carry: no string of it is built
                DocumentStoredFieldVisitor summaryFields = new DocumentStoredFieldVisitor() {
                    @Override
                    public Status needsField(org.apache.lucene.index.FieldInfo field) {
                        return field.name.equals(IndexField.REPORT_TEXT.name) ? Status.NO : Status.YES;
                    }
                };
                stored.document(sd.doc, summaryFields);
                out.add(ClaimDocuments.toReportSummary(summaryFields.getDocument()));
            }
            return out;
        } catch (IOException e) {
            throw new RapporteurException("Reading reports failed: " + e.getMessage(), e);
        } finally {
            release(s);
        }
    }

    @Override
    public List<ClaimHit> related(String claimId, int limit) {
        IndexSearcher s = acquire();
        try {
            TopDocs own = s.search(new TermQuery(new Term(IndexField.ID.name, claimId)), 1);
            if (own.scoreDocs.length == 0) {
                return List.of();
            }
            int docId = own.scoreDocs[0].doc;
            String reportId = s.storedFields().document(docId).get(IndexField.REPORT_ID.name);
            MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(new String[] {IndexField.TEXT.name});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(2);
            mlt.setMinWordLen(3);
            mlt.setMaxQueryTerms(25);
            Query like = mlt.like(docId);
            Query q = new BooleanQuery.Builder()
                    .add(CLAIMS, BooleanClause.Occur.FILTER)
                    .add(like, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(IndexField.REPORT_ID.name, reportId)), BooleanClause.Occur.MUST_NOT)
                    .build();
            TopDocs td = s.search(q, limit);
            return toHits(s, like, td.scoreDocs);
        } catch (IOException e) {
            throw new RapporteurException("Finding related claims failed: " + e.getMessage(), e);
        } finally {
            release(s);
        }
    }

    @Override
    public long claimCount() {
        return count(CLAIMS);
    }

    long count(Query q) {
        IndexSearcher s = acquire();
        try {
            return s.count(q);
        } catch (IOException e) {
            throw new RapporteurException("Counting failed: " + e.getMessage(), e);
        } finally {
            release(s);
        }
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new RapporteurException("The index cannot be read: " + e.getMessage(), e);
        }
    }

    private void release(IndexSearcher s) {
        try {
            searchers.release(s);
        } catch (IOException e) {
            throw new RapporteurException("The index cannot be released: " + e.getMessage(), e);
        }
    }

    private static long elapsed(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
