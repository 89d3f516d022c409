package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.annotations.AnnotationStoreContract.assertMessage;
import static org.rapporteur.annotations.AnnotationStoreContract.tag;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Claim;

/**
 * What the store keeps of code suggestions (ADR 0034, schema 5): an accepted suggestion is an ordinary coding marked
 * suggested, with its confidence, undone and redone like any; a rejected (claim, tag) pair is remembered, undoable,
 * and goes with its tag; a store written before schema 5 opens with its codings and history whole.
 */
abstract class SuggestionStoreContract extends StoreContract {
    TestReports reports;
    Claim pipeline;
    Claim farmers;

    @BeforeEach
    void setUp() {
        reports = new TestReports();
        String reportId = reports.add(AnnotationStoreContract.TEXT);
        pipeline = reports.claimWith(reportId, "new pipeline");
        farmers = reports.claimWith(reportId, "groundwater");
    }

    AnnotationStore open() {
        return openStore(reports, "tester");
    }

    @Test
    void anAcceptedSuggestionIsAnOrdinaryCodingMarkedSuggestedAndUndoable() {
        try (AnnotationStore s = open()) {
            long energy = tag(s, "Energy", null);
            long water = tag(s, "Water", null);
            s.execute(new Change.AddCoding(water, Target.claim(farmers.id())));
            ChangeEvent e = s.execute(Change.AddCoding.accepted(energy, pipeline.id(), 0.75));
            assertEquals("AddCoding", e.type(), "the journal sees an ordinary coding");
            assertEquals(Set.of(pipeline.id()), e.claimIds());
            Coding k = s.codings(pipeline.id()).getFirst();
            assertTrue(k.suggested());
            assertEquals(0.75, k.suggestionConfidence());
            Coding byHand = s.codings(farmers.id()).getFirst();
            assertFalse(byHand.suggested());
            assertNull(byHand.suggestionConfidence());
            String summary = s.history(1).getFirst().summary();
            assertTrue(summary.startsWith("tag ‘Energy’ on ") && summary.endsWith("(suggested, confidence 0.75)"),
                    summary);

            assertEquals("Undid " + summary, s.undo().orElseThrow().sentence());
            assertTrue(s.codings(pipeline.id()).isEmpty());
            s.redo();
            Coding again = s.codings(pipeline.id()).getFirst();
            assertTrue(again.suggested(), "redo brings the mark back with the coding");
            assertEquals(0.75, again.suggestionConfidence());
            assertEquals(Map.of(pipeline.id(), Set.of(energy), farmers.id(), Set.of(water)), s.tagIdsByClaim());
            assertMessage("already coded with 'Energy'", () -> s.execute(Change.AddCoding.accepted(energy,
                    pipeline.id(), null)));
            assertEquals("ok", s.integrityCheck());
        }
    }

    @Test
    void aConfidenceBelongsToASuggestedCodingAndLiesInZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> new Change.AddCoding(1, Target.claim("c"), false, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Change.AddCoding.accepted(1, "c", 1.5));
        assertThrows(IllegalArgumentException.class, () -> Change.AddCoding.accepted(1, "c", Double.NaN));
    }

    @Test
    void aRejectionIsRememberedUndoableAndRefusedTwiceOrOnACodedPair() {
        try (AnnotationStore s = open()) {
            long energy = tag(s, "Energy", null);
            long water = tag(s, "Water", null);
            ChangeEvent e = s.execute(new Change.RejectSuggestion(farmers.id(), energy, 0.4));
            assertEquals(Set.of(farmers.id()), e.claimIds(), "the claim's view refreshes");
            assertTrue(e.sentence().startsWith("Rejection of the suggested tag ‘Energy’ for "), e.sentence());
            assertEquals(Set.of(energy), s.rejectedTagIds(farmers.id()));
            assertEquals(Set.of(farmers.id()), s.rejectedClaimIds(energy));
            assertTrue(s.rejectedTagIds(pipeline.id()).isEmpty());
            assertMessage("already rejected", () -> s.execute(new Change.RejectSuggestion(farmers.id(), energy,
                    null)));
            s.execute(new Change.AddCoding(water, Target.claim(farmers.id())));
            assertMessage("is coded with 'Water'", () -> s.execute(new Change.RejectSuggestion(farmers.id(), water,
                    null)));
            assertMessage("No claim with id 'nope'", () -> s.execute(new Change.RejectSuggestion("nope", water,
                    null)));
            assertMessage("No tag with id 999", () -> s.execute(new Change.RejectSuggestion(farmers.id(), 999,
                    null)));
            s.undo(); // the coding with Water
            s.undo(); // the rejection
            assertTrue(s.rejectedTagIds(farmers.id()).isEmpty());
            s.redo();
            assertEquals(Set.of(energy), s.rejectedTagIds(farmers.id()));
        }
        try (AnnotationStore s = open()) {
            assertEquals(1, s.rejectedTagIds(farmers.id()).size(), "kept in the file");
        }
    }

    @Test
    void deletingOrMergingATagTakesItsRejectionsAndUndoBringsThemBack() {
        try (AnnotationStore s = open()) {
            long energy = tag(s, "Energy", null);
            long water = tag(s, "Water", null);
            long oil = tag(s, "Oil", null);
            s.execute(new Change.RejectSuggestion(farmers.id(), energy, null));
            s.execute(new Change.RejectSuggestion(pipeline.id(), oil, null));
            s.execute(new Change.DeleteTag(energy));
            assertTrue(s.rejectedTagIds(farmers.id()).isEmpty());
            s.execute(new Change.MergeTags(oil, water));
            assertTrue(s.rejectedTagIds(pipeline.id()).isEmpty(), "refusing oil is not refusing water");
            s.undo();
            s.undo();
            assertEquals(Set.of(energy), s.rejectedTagIds(farmers.id()));
            assertEquals(Set.of(oil), s.rejectedTagIds(pipeline.id()));
            assertEquals("ok", s.integrityCheck());
        }
    }
}
