package org.rapporteur.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Claim;

/** How the meaning evaluation decides which claims a key quote stands for. */
class KeyClaimsTest {
    private static final List<Claim> CLAIMS = List.of(
            claim("c1", "The plan was drafted without the parliament."),
            claim("c2", "Critics said the \u201cnew\u201d policy\n   ignores the provinces and their budgets."),
            claim("c3", "Trade with the neighbours would be allowed only when tensions"),
            claim("c4", "ease and the border reopens for lorries."),
            claim("c5", "There would have been no war if the MRND-CDR system had abided by the accords."));

    @Test
    void theClaimContainingTheQuoteWithWhitespaceAndTypographicQuotesNormalised() {
        assertEquals(Set.of("c2"), KeyClaims.of("said the \"new\" policy ignores the provinces", CLAIMS));
    }

    @Test
    void aQuoteOverAClaimBoundaryStandsForBothClaimsItOverlaps() {
        assertEquals(Set.of("c3", "c4"), KeyClaims.of("be allowed only when tensions ease and the border reopens", CLAIMS));
    }

    @Test
    void aLineEndHyphenTheReaderJoinedStillMatches() {
        assertEquals(Set.of("c5"), KeyClaims.of("no war if the MRND- CDR system had abided", CLAIMS));
    }

    @Test
    void aQuoteInNoClaimResolvesToNothing() {
        assertEquals(Set.of(), KeyClaims.of("the border reopens for ships and the parliament", CLAIMS));
    }

    private static Claim claim(String id, String text) {
        return new Claim(id, "r1", 0, text.length(), text, null, List.of(), Claim.Kind.SENTENCE, null, null);
    }
}
