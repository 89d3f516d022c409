package org.rapporteur.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.FxTestSupport;

/**
 * Ctrl+C on the results copies each picked claim on its own line with the citation the exports give: the claim's
 * words, its speaker with role, the report's title, organisation, date and the page.
 */
class ClaimCitationsTest {
    @Test
    void eachClaimIsQuotedWithItsSpeakerReportOrganisationDateAndPage() {
        Workspace ws = FxTestSupport.sampleWorkspace();
        List<ClaimRecord> said = new ArrayList<>();
        ws.corpus().forEachClaim("", r -> {
            if (said.size() < 2 && r.claim().attribution().speaker() != null
                    && r.claim().attribution().speaker().roleLine() != null
                    && (said.isEmpty() || !said.getFirst().claim().reportId().equals(r.claim().reportId()))) {
                said.add(r);
            }
        });
        assertEquals(2, said.size(), "two claims with a speaker and a role, from two reports");
        String[] lines = ClaimCitations.lines(ws, said).split("\n");
        assertEquals(2, lines.length);
        for (int i = 0; i < 2; i++) {
            ClaimRecord r = said.get(i);
            ReportSummary report = ws.corpus().report(r.claim().reportId()).orElseThrow();
            var speaker = r.claim().attribution().speaker();
            assertTrue(lines[i].startsWith("\u201c" + r.claim().text().strip().replaceAll("\\s+", " ") + "\u201d \u2014 "
                    + speaker.name() + " (" + speaker.roleLine()), lines[i]);
            assertTrue(lines[i].contains(", " + report.title() + ","), lines[i]);
            if (report.organisation() != null) {
                assertTrue(lines[i].contains(", " + report.organisation()), lines[i]);
            }
            if (report.date() != null) {
                assertTrue(lines[i].contains(", " + report.date()), lines[i]);
            }
            if (r.claim().page() != null) {
                assertTrue(lines[i].endsWith(", p. " + r.claim().page()), lines[i]);
            }
        }
    }
}
