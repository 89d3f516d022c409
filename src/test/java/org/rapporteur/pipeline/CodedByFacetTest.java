package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.Target;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.FacetCount;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SearchResult;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.SharedData;

/**
 * The "coded by" facet: who coded each claim, indexed with its tags and refreshed exactly when they are, whether the
 * coding was made here or by another analyst's store on the same annotations; a filter finds the claims one analyst
 * coded, and a forced re-index keeps the counts.
 */
class CodedByFacetTest {
    @TempDir
    Path dir;

    private static Map<String, Long> codedBy(SearchResult r) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (FacetCount f : r.facets()) {
            if (f.dimension() == FacetDimension.CODED_BY) {
                f.values().forEach(v -> out.put(v.value(), v.count()));
            }
        }
        return out;
    }

    @Test
    void countsPerAnalystFollowEveryCodingAndFilterTheClaimsOneAnalystCoded() {
        try (Workspace ws = Workspace.open(dir)) {
            ws.index(List.of(SharedData.corpus()), ProgressListener.NONE, Cancellation.NEVER);
            List<String> claims = new ArrayList<>();
            ws.corpus().forEachClaim("", r -> {
                if (claims.size() < 4 && r.claim().text().length() > 80) {
                    claims.add(r.claim().id());
                }
            });
            String me = ws.store().user();
            Annotations a = ws.annotations();
            long watch = a.execute(new Change.CreateTag("Watch")).entityId();
            a.execute(new Change.AddCoding(watch, Target.claim(claims.get(0))));
            a.execute(new Change.AddCoding(watch, Target.claim(claims.get(1))));
            assertEquals(Map.of(me, 2L), codedBy(ws.corpus().search(SearchRequest.of("", 10))));

            // another analyst on the same annotations: their codings reach this index through the change events
            try (AnnotationStore bob = AnnotationStore.open(dir.resolve(AnnotationStore.FILE_NAME),
                    new IndexClaimResolver(ws.claimIndex()), "bob")) {
                long follow = bob.execute(new Change.CreateTag("Follow up")).entityId();
                bob.execute(new Change.AddCoding(follow, Target.claim(claims.get(1))));
                bob.execute(new Change.AddCoding(follow, Target.claim(claims.get(2))));
                bob.execute(new Change.AddCoding(follow, Target.claim(claims.get(3))));
            }
            ws.store().pollExternalChanges();
            Map<String, Long> counts = codedBy(ws.corpus().search(SearchRequest.of("", 10)));
            assertEquals(2L, counts.get(me), counts.toString());
            assertEquals(3L, counts.get("bob"), counts.toString());

            SearchResult bobs = ws.corpus().search(SearchRequest.of("", 50)
                    .withFilters(Map.of(FacetDimension.CODED_BY, Set.of("bob"))));
            assertEquals(new TreeSet<>(claims.subList(1, 4)), ids(bobs), "the claims Bob coded");
            assertEquals(new TreeSet<>(claims.subList(1, 4)), ids(ws.corpus().search(SearchRequest.of("codedBy:bob", 50))),
                    "and by the query field");
            ClaimRecord shared = ws.corpus().claim(claims.get(1)).orElseThrow();
            assertEquals(List.of("bob", me).stream().sorted().toList(), shared.codedBy());

            // undo takes Bob's last coding off the claim, and the facet with it
            try (AnnotationStore bob = AnnotationStore.open(dir.resolve(AnnotationStore.FILE_NAME),
                    new IndexClaimResolver(ws.claimIndex()), "bob")) {
                bob.undo();
            }
            ws.store().pollExternalChanges();
            assertEquals(2L, codedBy(ws.corpus().search(SearchRequest.of("", 10))).get("bob"));

            // a forced re-index rebuilds every claim document from the store: the coders come back with the tags
            ws.index(List.of(SharedData.corpus()), ProgressListener.NONE, Cancellation.NEVER, true);
            counts = codedBy(ws.corpus().search(SearchRequest.of("", 10)));
            assertEquals(2L, counts.get(me), counts.toString());
            assertEquals(2L, counts.get("bob"), counts.toString());
            assertTrue(ws.corpus().search(SearchRequest.of("", 50).withFilters(Map.of(FacetDimension.CODED_BY,
                    Set.of("bob")))).hits().stream().map(h -> h.record().claim().id())
                    .allMatch(id -> id.equals(claims.get(1)) || id.equals(claims.get(2))));
        }
    }

    private static Set<String> ids(SearchResult r) {
        Set<String> out = new TreeSet<>();
        for (ClaimHit h : r.hits()) {
            out.add(h.record().claim().id());
        }
        return out;
    }
}
