package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.AnnotationException;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.Coding;
import org.rapporteur.annotations.Target;
import org.rapporteur.index.MeaningLookup;
import org.rapporteur.model.ClaimRecord;

/**
 * Code suggestions over vectors given by hand ({@link VectorsByHand}) on the indexed samples: who votes, with what
 * weight, never the claim itself; accepting and rejecting; code by example with both ways of combining examples.
 * The directions: "s" claims point along the first axis (coded Security), "e" claims along the second (Economy).
 */
class CodeSuggestionsTest {
    @TempDir
    static Path shared;
    static Path template;

    @TempDir
    Path dir;
    Workspace ws;
    VectorsByHand vectors;
    CodeSuggestions suggestions;
    String s1;
    String s2;
    String s3;
    String e1;
    String e2;
    String t;
    String far;
    String mixed;
    long security;
    long economy;

    /** Indexes the samples once; each test works on its own copy, so codings and rejections never leak. */
    @BeforeAll
    static void indexOnce() {
        template = shared.resolve("template");
        try (AnnotatedCorpus c = AnnotatedCorpus.empty(template)) {
            assertTrue(c.reports.size() >= 2);
        }
    }

    @BeforeEach
    void open() throws IOException {
        copy(template, dir.resolve("ws"));
        ws = Workspace.open(dir.resolve("ws"));
        List<ClaimRecord> a = claims(0);
        List<ClaimRecord> b = claims(1);
        s1 = a.get(0).claim().id();
        s2 = a.get(1).claim().id();
        e1 = a.get(2).claim().id();
        t = a.get(3).claim().id();
        s3 = b.get(0).claim().id();
        e2 = b.get(1).claim().id();
        far = b.get(2).claim().id();
        mixed = b.get(3).claim().id();
        vectors = new VectorsByHand(1000)
                .put(s1, "a", 1, 0.1, 0, 0).put(s2, "a", 1, 0.2, 0, 0).put(s3, "b", 1, 0, 0.1, 0)
                .put(e1, "a", 0, 1, 0, 0.1).put(e2, "b", 0.1, 1, 0, 0)
                .put(t, "a", 1, 0.18, 0.05, 0).put(far, "b", 0, 0, 0, 1).put(mixed, "b", 0.7, 0.7, 0, 0);
        suggestions = new CodeSuggestions(() -> vectors, ws.annotations(), ws.corpus()::claim);
        security = ws.annotations().execute(new Change.CreateTag("Security")).entityId();
        economy = ws.annotations().execute(new Change.CreateTag("Economy")).entityId();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private List<ClaimRecord> claims(int report) {
        return ws.corpus().claimsOf(ws.corpus().reports().get(report).id()).stream()
                .filter(r -> r.claim().text().strip().length() >= 30).limit(4).toList();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    private void code(long tag, String... claimIds) {
        for (String id : claimIds) {
            ws.annotations().execute(new Change.AddCoding(tag, Target.claim(id)));
        }
    }

    @Test
    void theNearestCodedClaimsVoteButNeverTheClaimItself() {
        code(security, s1, s2, s3);
        code(economy, e1, e2, t); // t's own coding: it must neither vote nor be suggested back
        List<TagSuggestion> got = suggestions.suggestFor(t, 5);
        assertEquals(1, got.size(), got::toString);
        TagSuggestion first = got.getFirst();
        assertEquals("Security", first.tagPath());
        // Had t voted for itself (similarity 1), its weight would count in the total and Security's share fall.
        assertEquals(1.0, first.confidence(), 1e-9);
        assertEquals(List.of(s2, s1, s3), first.becauseOf(), "nearest first, and t is not among them");
        assertTrue(suggestions.whyNoSuggestions(t).isEmpty());
    }

    @Test
    void aClaimFarFromEveryCodedClaimGetsNothing() {
        code(security, s1, s2, s3);
        code(economy, e1, e2);
        assertEquals(List.of(), suggestions.suggestFor(far, 5),
                "nearer than the coded claims are to one another, or no vote");
        assertTrue(suggestions.whyNoSuggestions(far).isEmpty(), "it could suggest; nothing is near enough");
    }

    @Test
    void theVoteIsWeightedBySimilarityAndTheConfidenceIsTheWeightedShare() {
        code(security, s1, s2, s3);
        code(economy, e1, e2);
        List<TagSuggestion> got = suggestions.suggestFor(mixed, 5);
        assertEquals(List.of("Security", "Economy"), got.stream().map(TagSuggestion::tagPath).toList());
        double sum = got.stream().mapToDouble(TagSuggestion::confidence).sum();
        assertEquals(1.0, sum, 1e-9, "each voter carries one tag, so the shares add up to one");
        assertTrue(got.get(0).confidence() > got.get(1).confidence());
        assertTrue(got.get(1).confidence() > 0.1, got::toString);
        assertEquals(1, suggestions.suggestFor(mixed, 1).size());
        assertEquals(List.of(), suggestions.suggestFor(mixed, 0));
    }

    @Test
    void acceptingCodesTheClaimMarkedSuggestedWithItsConfidenceAndUndoTakesItBack() {
        code(security, s1, s2, s3);
        code(economy, e1, e2);
        double confidence = suggestions.suggestFor(mixed, 5).get(1).confidence();
        var event = suggestions.accept(mixed, economy);
        assertTrue(event.sentence().contains("(suggested, confidence "), event.sentence());
        Coding k = ws.annotations().codings(mixed).getFirst();
        assertEquals(economy, k.tagId());
        assertTrue(k.suggested());
        assertEquals(confidence, k.suggestionConfidence(), 1e-9);
        assertEquals(List.of("Security"), suggestions.suggestFor(mixed, 5).stream().map(TagSuggestion::tagPath)
                .toList(), "a tag the claim has is not suggested");
        assertEquals(List.of("Security", "Economy"), suggestions.leaveOneOut(mixed, 5).stream()
                .map(TagSuggestion::tagPath).toList(), "the evaluation's view keeps it");
        assertTrue(ws.corpus().claim(mixed).orElseThrow().tags().contains("Economy"), "the index knows, as for any coding");
        ws.annotations().undo();
        assertTrue(ws.annotations().codings(mixed).isEmpty());
        assertEquals(2, suggestions.suggestFor(mixed, 5).size());
    }

    @Test
    void aRejectedTagIsNotSuggestedAgainUntilTheRejectionIsUndone() {
        code(security, s1, s2, s3);
        code(economy, e1, e2);
        suggestions.reject(mixed, economy);
        assertEquals(List.of("Security"), suggestions.suggestFor(mixed, 5).stream().map(TagSuggestion::tagPath)
                .toList());
        CodeSuggestions fresh = new CodeSuggestions(() -> vectors, ws.annotations(), ws.corpus()::claim);
        assertEquals(1, fresh.suggestFor(mixed, 5).size(), "kept in the store, not in memory");
        AnnotationException twice = assertThrows(AnnotationException.class, () -> suggestions.reject(mixed,
                economy));
        assertTrue(twice.getMessage().contains("already rejected"), twice.getMessage());
        ws.annotations().undo();
        assertEquals(2, suggestions.suggestFor(mixed, 5).size());
    }

    @Test
    void codeByExampleOffersUncodedUnrejectedClaimsNearestFirstWithTheNearestExample() {
        code(security, s1, s2);
        suggestions.reject(s3, security);
        List<ExampleCandidate> got = suggestions.byExample(security, 3);
        List<String> ids = got.stream().map(c -> c.claim().claim().id()).toList();
        assertEquals(List.of(t, mixed, e2), ids, "s3 was rejected, s1 and s2 are the examples");
        assertEquals(s2, got.getFirst().nearestExampleId());
        assertTrue(got.get(0).similarity() >= got.get(1).similarity());
        assertTrue(suggestions.whyNoCandidates(security).isEmpty());
        assertTrue(suggestions.byExample(economy, 5).isEmpty());
        assertTrue(suggestions.whyNoCandidates(economy).orElseThrow().contains("No claim is coded with 'Economy'"));
    }

    @Test
    void bestMatchFindsEachUseOfATagWhereTheCentroidPrefersWhatLiesBetween() {
        long both = ws.annotations().execute(new Change.CreateTag("Both")).entityId();
        code(both, s1, e1); // a tag used in two senses
        vectors.put(s2, "a", 0.05, 0, 0, 1).put(s3, "b", 0, 0, 1, 0).put(e2, "b", 0, 0, 0.5, 1)
                .put(t, "a", 0, 1, 0, 0.25).put(far, "b", 0, 0, 1, 1).put(mixed, "b", 1, 1, 0, 0.9);
        List<String> best = suggestions.byExample(both, 2, CodeSuggestions.Combination.BEST_MATCH).stream()
                .map(c -> c.claim().claim().id()).toList();
        List<String> centroid = suggestions.byExample(both, 2, CodeSuggestions.Combination.CENTROID).stream()
                .map(c -> c.claim().claim().id()).toList();
        assertEquals(List.of(t, mixed), best, "t is very near one example; mixed is halfway");
        assertEquals(List.of(mixed, t), centroid, "halfway is nearest the mean");
        assertEquals(s1, suggestions.byExample(both, 1, CodeSuggestions.Combination.CENTROID).getFirst()
                .nearestExampleId(), "mixed leans a little to s1");
    }

    @Test
    void withoutVectorsOrCodingsThereIsNothingAndASentenceSaysWhatToDo() {
        CodeSuggestions none = new CodeSuggestions(() -> MeaningLookup.NONE, ws.annotations(), ws.corpus()::claim);
        code(security, s1);
        assertEquals(List.of(), none.suggestFor(t, 5));
        assertEquals(List.of(), none.byExample(security, 5));
        assertTrue(none.whyNoSuggestions(t).orElseThrow().contains("rapporteur embed"));
        assertTrue(none.whyNoCandidates(security).orElseThrow().contains("rapporteur embed"));

        VectorsByHand empty = new VectorsByHand(1000);
        CodeSuggestions noneYet = new CodeSuggestions(() -> empty, ws.annotations(), ws.corpus()::claim);
        assertTrue(noneYet.whyNoSuggestions(t).orElseThrow().contains("No claim has a vector yet"));

        ws.annotations().undo();
        assertEquals(List.of(), suggestions.suggestFor(t, 5));
        assertTrue(suggestions.whyNoSuggestions(t).orElseThrow().startsWith("Nothing is coded yet"));
        String unembedded = claims(2).getFirst().claim().id();
        assertTrue(suggestions.whyNoSuggestions(unembedded).orElseThrow().contains("has no vector yet"));
        assertEquals(List.of(), suggestions.suggestFor(unembedded, 5));
        assertFalse(suggestions.whyNoSuggestions(t).isEmpty());
    }
}
