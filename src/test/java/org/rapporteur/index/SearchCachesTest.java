package org.rapporteur.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Enrichment;
import org.rapporteur.model.FacetCount;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.Ids;
import org.rapporteur.model.Person;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SearchResult;
import org.rapporteur.model.SortOrder;

/**
 * Counts are kept per index snapshot (ReaderCaches): after every kind of change — claims added, a report removed,
 * tags changed — totals and facet counts must be those of the claims now indexed, computed here by brute force.
 */
class SearchCachesTest {
    private static final List<String> COUNTRIES = List.of("India", "Pakistan", "Nepal");
    private static final List<String> WORDS = List.of("water", "trade", "border", "climate");

    /** What the test believes is indexed: claim text, country, tags by claim id. */
    private final Map<String, ClaimRecord> indexed = new LinkedHashMap<>();

    @Test
    void countsFollowEveryCommit() {
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            index.prepareForSearch(); // warm-ups race with the searches below: they must not change any answer
            add(index, "one", 30);
            add(index, "two", 17);
            index.commit();
            check(index);

            add(index, "three", 11);
            index.commit();
            check(index);

            String tagged = indexed.keySet().stream().skip(5).findFirst().orElseThrow();
            String other = indexed.keySet().stream().skip(40).findFirst().orElseThrow();
            retag(index, tagged, List.of("Proxies"));
            retag(index, other, List.of("Proxies", "Water/Dams"));
            index.commit();
            check(index);

            retag(index, tagged, List.of());
            index.commit();
            check(index);

            index.deleteReport(Ids.sha256("one".getBytes(StandardCharsets.UTF_8)));
            indexed.values().removeIf(r -> r.claim().reportId().equals(Ids.sha256("one".getBytes(StandardCharsets.UTF_8))));
            index.commit();
            check(index);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void searchesOnManyThreadsShareKeptCountsAndGetOneAnswer() throws Exception {
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            add(index, "one", 40);
            add(index, "two", 25);
            index.commit();
            List<SearchRequest> requests = List.of(
                    new SearchRequest("", Map.of(), SortOrder.RELEVANCE, 10, 0, 50),
                    new SearchRequest("water", Map.of(FacetDimension.COUNTRY, Set.of("Nepal")), SortOrder.DATE, 10, 0,
                            50),
                    new SearchRequest("trade OR border", Map.of(), SortOrder.RELEVANCE, 10, 0, 2));
            List<String> expected = new ArrayList<>();
            try (ClaimIndex fresh = ClaimIndex.inMemory()) { // the same claims in another index: nothing kept yet
                indexed.clear();
                add(fresh, "one", 40);
                add(fresh, "two", 25);
                fresh.commit();
                for (SearchRequest r : requests) {
                    expected.add(answer(fresh.corpus().search(r)));
                }
            }
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    SearchRequest r = requests.get(i % requests.size());
                    answers.add(pool.submit(() -> answer(index.corpus().search(r))));
                }
                for (int i = 0; i < answers.size(); i++) {
                    assertEquals(expected.get(i % requests.size()), answers.get(i).get());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static String answer(SearchResult r) {
        return r.total() + " " + r.facets() + " " + r.hits().stream().map(h -> h.record().claim().id()
                + h.highlights()).toList();
    }

    private void check(ClaimIndex index) {
        for (int round = 0; round < 2; round++) { // the second round is answered from the caches
            checkQuery(index, "", Map.of(), r -> true);
            checkQuery(index, "water", Map.of(), r -> r.claim().text().contains("water"));
            checkQuery(index, "", Map.of(FacetDimension.COUNTRY, Set.of("India")),
                    r -> r.claim().enrichment().countries().contains("India"));
            checkQuery(index, "trade", Map.of(FacetDimension.COUNTRY, Set.of("India", "Nepal"),
                    FacetDimension.TAG, Set.of("Proxies")), r -> r.claim().text().contains("trade")
                    && (r.claim().enrichment().countries().contains("India")
                    || r.claim().enrichment().countries().contains("Nepal")) && r.tags().contains("Proxies"));
            checkQuery(index, "tag:Proxies", Map.of(), r -> r.tags().contains("Proxies"));
        }
    }

    private void checkQuery(ClaimIndex index, String query, Map<FacetDimension, Set<String>> filters,
                            Predicate<ClaimRecord> matches) {
        SearchResult r = index.corpus().search(new SearchRequest(query, filters, SortOrder.RELEVANCE, 5, 0, 50));
        String what = query + " " + filters;
        assertEquals(indexed.values().stream().filter(matches).count(), r.total(), "total of " + what);
        assertEquals(Math.min(5, r.total()), r.hits().size(), "hits of " + what);
        for (FacetDimension dim : List.of(FacetDimension.COUNTRY, FacetDimension.TAG, FacetDimension.REPORT)) {
            // drill sideways: a dimension's own selection does not narrow its counts
            Map<FacetDimension, Set<String>> others = new HashMap<>(filters);
            others.remove(dim);
            Predicate<ClaimRecord> sideways = others.equals(filters) ? matches
                    : rec -> matchesAll(rec, query, others);
            Map<String, Long> expected = new HashMap<>();
            for (ClaimRecord rec : indexed.values()) {
                if (sideways.test(rec)) {
                    for (String v : values(rec, dim)) {
                        expected.merge(v, 1L, Long::sum);
                    }
                }
            }
            Map<String, Long> actual = new HashMap<>();
            for (FacetCount fc : r.facets()) {
                if (fc.dimension() == dim) {
                    fc.values().stream().filter(v -> v.count() > 0).forEach(v -> actual.put(v.value(), v.count()));
                }
            }
            assertEquals(expected, actual, dim + " counts of " + what);
        }
    }

    /** The filters of these tests, spelled out: text word, countries (OR), tags (OR). */
    private static boolean matchesAll(ClaimRecord r, String query, Map<FacetDimension, Set<String>> filters) {
        if (!query.isEmpty() && !r.claim().text().contains(query)) {
            return false;
        }
        for (Map.Entry<FacetDimension, Set<String>> f : filters.entrySet()) {
            if (values(r, f.getKey()).stream().noneMatch(f.getValue()::contains)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> values(ClaimRecord r, FacetDimension dim) {
        return switch (dim) {
            case COUNTRY -> r.claim().enrichment().countries();
            case TAG -> r.tags();
            case REPORT -> List.of(r.reportTitle());
            default -> throw new IllegalArgumentException(dim.toString());
        };
    }

    private void add(ClaimIndex index, String name, int n) {
        String report = Ids.sha256(name.getBytes(StandardCharsets.UTF_8));
        List<ClaimRecord> claims = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < n; i++) {
            String text = "Claim " + i + " of " + name + " is about " + WORDS.get(i % WORDS.size()) + " and "
                    + WORDS.get((i / 3) % WORDS.size()) + ".";
            List<String> countries = i % 5 == 4 ? List.of() : List.of(COUNTRIES.get(i % COUNTRIES.size()));
            Claim c = new Claim(Ids.claimId(report, at, at + text.length()), report, at, at + text.length(), text,
                    1, List.of("Part"), Claim.Kind.SENTENCE,
                    Attribution.to(new Person("Speaker " + (i % 4), List.of(), null, null, null),
                            AttributionMethod.SPEAKER_BLOCK, 0.9, "block"),
                    new Enrichment(countries, null, List.of(), List.of(), List.of()));
            ClaimRecord r = new ClaimRecord(c, name + ".txt", "Report " + name, null, "2021-03-0" + (1 + i % 9),
                    ReportKind.SEMINAR_REPORT, List.of());
            claims.add(r);
            indexed.put(c.id(), r);
            at += text.length() + 1;
        }
        index.replaceReport(new ReportSummary(report, name + ".txt", "/c/" + name + ".txt", "Report " + name, null,
                "2021-03-01", ReportKind.SEMINAR_REPORT, List.of(), n, List.of()), name, claims);
    }

    private void retag(ClaimIndex index, String claimId, List<String> tags) {
        index.retag(claimId, tags);
        indexed.put(claimId, indexed.get(claimId).withTags(tags));
    }
}
