package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Report;

/**
 * A text with no turns, cards, author, reported speech or first-person voice: its claims go to the organisation with
 * a low confidence, the report carries one warning for the ingest report, and no name is guessed — even when the
 * text mentions people.
 */
class NoRecognisableLayoutTest {
    private static final String TEXT = """
            Harbour Policy Institute

            Grain corridors in the Caspian

            Grain moves from the northern plains to the Caspian ports by rail and by river barge.
            Freight rates rose by a fifth over the last year, and storage near the ports is scarce.
            The corridor was opened in 2019 under an agreement signed by Minister Teodor Walsh and Aino Kask.
            Insurance for river barges remains expensive, and few lenders finance new silos.
            Port fees differ widely between the three main terminals on the eastern shore.

            © 2024 Harbour Policy Institute
            """;

    @Test
    void creditsTheOrganisationWeaklyAndReportsTheLayout() {
        Report r = Invented.structure(TEXT);
        assertFalse(r.claims().isEmpty());
        for (Claim c : r.claims()) {
            assertNull(c.attribution().speaker(), "no guessed name: " + c.text() + " → " + Invented.who(c));
            assertTrue(c.attribution().confidence() <= 0.3 + 1e-9, c.text() + " " + c.attribution().confidence());
        }
        assertTrue(Invented.who(Invented.claim(r, "Freight rates rose")).contains("Harbour Policy Institute"));
        assertTrue(r.source().problems().stream().anyMatch(p -> p.reason().contains("no recognisable layout")),
                r.source().problems().toString());
    }

    @Test
    void aTextWithALayoutHasNoSuchWarning() {
        Report r = Invented.structure("""
                Harbour Policy Institute

                By Aino Kask

                Grain moves from the northern plains to the Caspian ports by rail and by river barge.
                Freight rates rose by a fifth over the last year, and storage near the ports is scarce.
                """);
        assertTrue(r.source().problems().isEmpty(), r.source().problems().toString());
    }
}
