package org.rapporteur.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapporteur.eval.CodingKey.KeyClaim;
import org.rapporteur.eval.CodingKey.KeyTag;
import org.rapporteur.testing.SharedData;

/**
 * The coding key is what issue 16 says it is: 200 claims, roughly half from the samples and half from the dev
 * corpus, a codebook of 8–10 tags each used on at least 12 claims from several reports, one to three tags per claim,
 * and every quote a locator that still resolves, 8–25 words on one line, different from every other keyed quote.
 */
class CodingKeyTest {
    private static CodingKey key;

    @BeforeAll
    static void load() {
        key = CodingKey.load(SharedData.root()); // resolves every locator, or throws naming the broken one
    }

    @Test
    void twoHundredClaimsRoughlyHalfFromTheSamplesAndHalfFromTheDevCorpus() {
        assertEquals(200, key.claims().size());
        long samples = key.claims().stream().filter(c -> c.file().startsWith("corpus/")).count();
        long dev = key.claims().stream().filter(c -> c.file().startsWith("devcorpus/texts/")).count();
        assertEquals(200, samples + dev, "every claim is in the samples or the dev corpus");
        assertTrue(samples >= 80 && dev >= 80, samples + " sample claims, " + dev + " dev-corpus claims");
    }

    @Test
    void aCodebookOfEightToTenTagsEachWithADefinition() {
        List<KeyTag> tags = key.tags();
        assertTrue(tags.size() >= 8 && tags.size() <= 10, tags.size() + " tags");
        assertEquals(tags.size(), tags.stream().map(KeyTag::id).distinct().count(), "tag ids are unique");
        assertEquals(tags.size(), tags.stream().map(t -> t.name().toLowerCase(Locale.ROOT)).distinct().count(), "names unique");
        tags.forEach(t -> assertFalse(t.definition().isBlank(), t.id() + " has no definition"));
    }

    @Test
    void everyClaimHasOneToThreeTagsOfTheCodebook() {
        Set<String> ids = key.tags().stream().map(KeyTag::id).collect(Collectors.toSet());
        for (KeyClaim c : key.claims()) {
            assertTrue(c.tags().size() >= 1 && c.tags().size() <= 3, c.file() + "@" + c.start() + ": " + c.tags());
            c.tags().forEach(t -> assertTrue(ids.contains(t), c.file() + "@" + c.start() + ": unknown tag " + t));
        }
    }

    @Test
    void everyTagCodesAtLeastTwelveClaimsFromSeveralReports() {
        Map<String, Integer> claims = new HashMap<>();
        Map<String, Set<String>> reports = new HashMap<>();
        for (KeyClaim c : key.claims()) {
            for (String t : c.tags()) {
                claims.merge(t, 1, Integer::sum);
                reports.computeIfAbsent(t, x -> new HashSet<>()).add(c.file());
            }
        }
        for (KeyTag t : key.tags()) {
            assertTrue(claims.getOrDefault(t.id(), 0) >= 12, t.id() + ": " + claims.get(t.id()) + " claims");
            assertTrue(reports.getOrDefault(t.id(), Set.of()).size() >= 3, t.id() + ": " + reports.get(t.id()));
        }
    }

    @Test
    void everyQuoteIsEightToTwentyFiveWordsOnOneLineAndKeyedOnce() {
        Set<String> seen = new HashSet<>();
        for (KeyClaim c : key.claims()) {
            int words = CodingKey.collapse(c.quote()).split(" ").length;
            assertTrue(words >= 8 && words <= 25, c.file() + "@" + c.start() + ": " + words + " words");
            assertFalse(c.quote().contains("\n"), c.file() + "@" + c.start() + " spans a line break");
            assertTrue(seen.add(c.file() + "@" + c.start()), c.file() + "@" + c.start() + " is keyed twice");
        }
    }
}
