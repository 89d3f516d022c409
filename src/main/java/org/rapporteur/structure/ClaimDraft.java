package org.rapporteur.structure;

import java.util.List;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Person;

/**
 * A claim span found by the scanner with everything the attribution rules need to know about where it stands.
 *
 * @param session        the enclosing session's name, or null outside sessions
 * @param institutional  whether the enclosing section belongs to the organisation (Introduction, Findings...)
 * @param blockPerson    the speaker whose block holds the claim, or null
 * @param quotedBy       the person a "– Name, Role" line after the quote names, or null
 * @param paragraph      the index of the paragraph the claim starts in
 * @param sectionSerial  increases at every heading, so pronouns never reach across sections
 */
record ClaimDraft(int start, int end, Claim.Kind kind, List<String> sectionPath, String session,
                  boolean institutional, Person blockPerson, AttributionMethod blockMethod, Person quotedBy,
                  int paragraph, int sectionSerial) {
    ClaimDraft {
        sectionPath = List.copyOf(sectionPath);
    }
}
