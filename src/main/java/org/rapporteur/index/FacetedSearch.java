package org.rapporteur.index;

import org.rapporteur.model.SpeakerGroups;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.rapporteur.model.FacetCount;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SortOrder;

/**
 * One search as the workbench asks it, on one searcher: the exact total, one page of hits, and drill-sideways counts
 * of every facet dimension. Three kinds of work, each done the cheapest exact way (ADR 0018):
 * <ul>
 *   <li>Counts and total: one pass over the matching claims that collects doc ids without scoring them, counted in
 *   every dimension. A selected dimension's counts ignore its own selection (drill sideways), so they are the counts
 *   of the same query with that dimension's selection removed: another pass of the same kind. Each pass is a
 *   {@link ReaderCaches.Tally} kept for the reader, so the blank query's counts (browsing) are computed once per
 *   reader, and the counts of a query are reused when a facet is clicked, cleared, or the next page is read.</li>
 *   <li>Hits: the top {@code offset + limit} only, so Lucene may skip claims that cannot make the page (the counts
 *   already know the total).</li>
 *   <li>Highlights and stored fields: {@link HitReader}, for the page only.</li>
 * </ul>
 */
final class FacetedSearch {
    private final FacetsConfig facetsConfig;

    FacetedSearch(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
    }

    /** Total, page and facet counts of {@code userQuery} (the translation of {@code request.query()}). */
    record Answer(long total, ScoreDoc[] page, List<FacetCount> facets) {
    }

    Answer search(IndexSearcher s, ReaderCaches.PerReader cache, Query claims, Query userQuery,
                  SearchRequest request) throws IOException {
        return search(s, cache, claims, userQuery, request, SpeakerGroups.NONE);
    }

    /**
     * As above, with speakers grouped into people: a selected person selects every name they were indexed under,
     * and the speaker dimension counts each person once (ADR 0021).
     */
    Answer search(IndexSearcher s, ReaderCaches.PerReader cache, Query claims, Query userQuery,
                  SearchRequest request, SpeakerGroups groups) throws IOException {
        return search(s, cache, claims, userQuery, request, groups, null);
    }

    /**
     * As above for a query that is more than {@code request.query()} (the words' matches together with claims found
     * by meaning): {@code countKey} names the rest, so the counts kept for the reader are those of this query.
     */
    Answer search(IndexSearcher s, ReaderCaches.PerReader cache, Query claims, Query userQuery,
                  SearchRequest request, SpeakerGroups groups, String countKey) throws IOException {
        Query base = new BooleanQuery.Builder()
                .add(claims, BooleanClause.Occur.FILTER)
                .add(userQuery, BooleanClause.Occur.MUST)
                .build();
        SortedSetDocValuesReaderState state = cache.facetState(s);
        // a query's speaker terms were expanded under this grouping: counts cached under another do not apply (any
        // other query's counts do not depend on it, so the warmed counts of browsing are reused)
        String query = request.query().strip();
        if (groups.version() != 0 && query.toLowerCase(java.util.Locale.ROOT).contains("speaker")) {
            query = query + '\u0000' + groups.version();
        }
        if (countKey != null) {
            query = query + '\u0001' + countKey;
        }
        Map<FacetDimension, Set<String>> filters = withSpeakerNames(request.filters(), groups);
        ReaderCaches.Tally all = tally(s, cache, state, base, query, filters);

        // drill sideways: a selected dimension is counted as if nothing were selected in it
        Map<FacetDimension, Facets> sideways = new EnumMap<>(FacetDimension.class);
        for (FacetDimension dim : filters.keySet()) {
            Map<FacetDimension, Set<String>> others = new HashMap<>(filters);
            others.remove(dim);
            sideways.put(dim, tally(s, cache, state, base, query, others).counts());
        }
        List<FacetCount> facets = facetCounts(all.counts(), sideways, request, state, groups);

        int want = Math.max(1, request.offset() + request.limit());
        ScoreDoc[] page = new ScoreDoc[0];
        if (all.total() > request.offset()) {
            TopDocs top = top(s, drillDown(base, filters), request.sort(), want);
            page = Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length),
                    top.scoreDocs.length);
        }
        return new Answer(all.total(), page, facets);
    }

    /** The claims {@code constraint} allows (null: every claim) within the selected facet values. */
    Query allowed(Query claims, Query constraint, Map<FacetDimension, Set<String>> filters, SpeakerGroups groups) {
        if (constraint == null && filters.isEmpty()) {
            return claims;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(claims, BooleanClause.Occur.FILTER);
        if (constraint != null) {
            b.add(constraint, BooleanClause.Occur.FILTER);
        }
        return drillDown(b.build(), withSpeakerNames(filters, groups));
    }

    /** The first {@code want} claims matching {@code userQuery} within the selections, by relevance. */
    ScoreDoc[] topByRelevance(IndexSearcher s, Query claims, Query userQuery, Map<FacetDimension, Set<String>> filters,
                              SpeakerGroups groups, int want) throws IOException {
        Query base = new BooleanQuery.Builder()
                .add(claims, BooleanClause.Occur.FILTER)
                .add(userQuery, BooleanClause.Occur.MUST)
                .build();
        return top(s, drillDown(base, withSpeakerNames(filters, groups)), SortOrder.RELEVANCE, Math.max(1, want))
                .scoreDocs;
    }

    private ReaderCaches.Tally tally(IndexSearcher s, ReaderCaches.PerReader cache,
                                     SortedSetDocValuesReaderState state, Query base, String query,
                                     Map<FacetDimension, Set<String>> filters) throws IOException {
        return cache.tally(new ReaderCaches.TallyKey(query, filters), () -> {
            // collects doc ids only: no scores, so no claim is scored that only needs counting
            FacetsCollector fc = s.search(drillDown(base, filters), new FacetsCollectorManager());
            long total = 0;
            for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
                total += md.totalHits();
            }
            return new ReaderCaches.Tally(total, new SortedSetDocValuesFacetCounts(state, fc));
        });
    }

    /** The selected speakers with every name their person was indexed under. */
    private static Map<FacetDimension, Set<String>> withSpeakerNames(Map<FacetDimension, Set<String>> filters,
                                                                     SpeakerGroups groups) {
        Set<String> speakers = filters.get(FacetDimension.SPEAKER);
        if (speakers == null || groups.version() == 0) {
            return filters;
        }
        Set<String> names = new java.util.TreeSet<>();
        for (String v : speakers) {
            List<String> all = groups.namesOf(v);
            names.addAll(all.isEmpty() ? List.of(v) : all);
        }
        Map<FacetDimension, Set<String>> out = new HashMap<>(filters);
        out.put(FacetDimension.SPEAKER, names);
        return out;
    }

    /** {@code base} restricted to the selected values: OR within a dimension, AND across dimensions. */
    private Query drillDown(Query base, Map<FacetDimension, Set<String>> filters) {
        if (filters.isEmpty()) {
            return base;
        }
        DrillDownQuery ddq = new DrillDownQuery(facetsConfig, base);
        filters.forEach((dim, values) -> {
            for (String v : values) {
                if (dim == FacetDimension.THEME) {
                    ddq.add(dim.key(), Arrays.stream(v.split("/")).filter(x -> !x.isBlank()).toArray(String[]::new));
                } else {
                    ddq.add(dim.key(), v);
                }
            }
        });
        return ddq;
    }

    /**
     * The first {@code want} hits in the requested order. The collector may stop counting after {@code want} hits,
     * so a relevance search skips blocks of claims that cannot enter the page; the total comes from the tally.
     */
    private static TopDocs top(IndexSearcher s, Query q, SortOrder order, int want) throws IOException {
        Sort sort = switch (order) {
            case RELEVANCE -> null;
            case DATE -> new Sort(
                    new SortField(IndexField.SORT_DATE.name, SortField.Type.STRING, true),
                    new SortField(IndexField.SORT_REPORT.name, SortField.Type.STRING),
                    new SortField(IndexField.SORT_POSITION.name, SortField.Type.LONG));
            case REPORT -> new Sort(
                    new SortField(IndexField.SORT_REPORT.name, SortField.Type.STRING),
                    new SortField(IndexField.SORT_POSITION.name, SortField.Type.LONG));
            case SPEAKER -> new Sort(
                    new SortField(IndexField.SORT_SPEAKER.name, SortField.Type.STRING),
                    new SortField(IndexField.SORT_REPORT.name, SortField.Type.STRING),
                    new SortField(IndexField.SORT_POSITION.name, SortField.Type.LONG));
        };
        if (sort == null) {
            return s.search(q, new TopScoreDocCollectorManager(want, null, want));
        }
        TopDocs td = s.search(q, new TopFieldCollectorManager(sort, want, null, want));
        TopFieldCollector.populateScores(td.scoreDocs, s, q); // the score of each hit, as for relevance order
        return td;
    }

    private static List<FacetCount> facetCounts(Facets main, Map<FacetDimension, Facets> sideways,
                                                SearchRequest request, SortedSetDocValuesReaderState state,
                                                SpeakerGroups groups) throws IOException {
        List<FacetCount> out = new ArrayList<>();
        int n = Math.max(1, request.facetValues());
        for (FacetDimension dim : FacetDimension.values()) {
            Facets facets = sideways.getOrDefault(dim, main);
            Set<String> selected = request.filters().getOrDefault(dim, Set.of());
            Map<String, FacetCount.Value> values = new LinkedHashMap<>();
            // kept counts are shared between searches, and looking up a label moves their doc values' cursor
            synchronized (facets) {
                if (dim == FacetDimension.SPEAKER && groups.version() != 0) {
                    peopleCounts(facets, n, selected, groups, values);
                } else if (dim == FacetDimension.THEME) {
                    // Lucene's hierarchical counts fail on a dimension no document has yet
                    if (state.getDimTree(dim.key()) != null) {
                        collectHierarchy(facets, dim.key(), new String[0], n, selected, values);
                    }
                } else {
                    FacetResult fr = facets.getTopChildren(n, dim.key());
                    if (fr != null) {
                        for (LabelAndValue lv : fr.labelValues) {
                            values.put(lv.label, new FacetCount.Value(lv.label, lv.value.longValue(),
                                    selected.contains(lv.label)));
                        }
                    }
                }
            }
            // A selected value always shows, even when the query left it outside the top n.
            for (String sel : selected) {
                values.putIfAbsent(sel, new FacetCount.Value(sel, 0, true));
            }
            out.add(new FacetCount(dim, new ArrayList<>(values.values())));
        }
        return out;
    }

    /** Speaker counts summed by person, the top {@code n} people under their canonical names. */
    private static void peopleCounts(Facets facets, int n, Set<String> selected, SpeakerGroups groups,
                                     Map<String, FacetCount.Value> into) throws IOException {
        FacetResult fr = facets.getAllChildren(FacetDimension.SPEAKER.key());
        if (fr == null) {
            return;
        }
        Map<String, Long> byPerson = new HashMap<>();
        for (LabelAndValue lv : fr.labelValues) {
            byPerson.merge(groups.personOf(lv.label), lv.value.longValue(), Long::sum);
        }
        byPerson.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .forEach(e -> into.put(e.getKey(), new FacetCount.Value(e.getKey(), e.getValue(),
                        selected.contains(e.getKey()))));
    }

    private static void collectHierarchy(Facets facets, String dim, String[] parent, int n, Set<String> selected,
                                         Map<String, FacetCount.Value> into) throws IOException {
        FacetResult fr = parent.length == 0 ? facets.getTopChildren(n, dim) : facets.getTopChildren(n, dim, parent);
        if (fr == null) {
            return;
        }
        for (LabelAndValue lv : fr.labelValues) {
            String[] path = Arrays.copyOf(parent, parent.length + 1);
            path[parent.length] = lv.label;
            String joined = String.join("/", path);
            into.put(joined, new FacetCount.Value(joined, lv.value.longValue(), selected.contains(joined)));
            if (path.length < 4) {
                collectHierarchy(facets, dim, path, n, selected, into);
            }
        }
    }
}
