package org.rapporteur.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.ReportSummary;

class CitationItemsTest {
    private static ExportBundle withKind(ReportKind kind, List<String> authors) {
        ExportBundle b = ExportFixtures.bundle();
        ReportEntry web = b.reports().getFirst();
        ReportSummary s = web.summary();
        ReportEntry changed = new ReportEntry(new ReportSummary(s.id(), s.source(), s.path(), s.title(),
                s.organisation(), s.date(), kind, authors, s.claims(), s.problems()), web.text(), web.pages());
        return new ExportBundle(b.info(), List.of(changed, b.reports().get(1)), b.claims(), b.contextClaims(),
                b.tags(), b.codings(), b.notes(), b.links(), b.problems());
    }

    @Test
    void eventReportsCiteEachSpeakersRemarksAsASpeech() {
        List<CitationItem> items = CitationItems.of(ExportFixtures.bundle());
        assertEquals(List.of("lakeside2025", "rahel2025", "ek2025", "vanderberg2024"),
                items.stream().map(CitationItem::id).toList());
        CitationItem remarks = items.get(1);
        assertEquals(CitationItem.Type.SPEECH, remarks.type());
        assertEquals("Webinar on shared river basins", remarks.event());
        assertEquals(List.of(new CitationItem.Name("Rahel", "Amina", null)), remarks.authors());
        assertEquals(CitationItem.Type.REPORT, items.getFirst().type());
        assertEquals(List.of(CitationItem.Name.literal("Lakeside Institute")), items.getFirst().authors(),
                "no authors: the organisation is the author");
    }

    @Test
    void aSpeechIsCitedAsItsSpeakersAndOtherKindsGetNoRemarks() {
        List<CitationItem> speech = CitationItems.of(withKind(ReportKind.SPEECH, List.of()));
        assertEquals(CitationItem.Type.SPEECH, speech.getFirst().type());
        assertEquals(List.of("Rahel", "Ek"), speech.getFirst().authors().stream().map(CitationItem.Name::family)
                .toList());
        assertEquals(2, speech.size(), "the speech and the brief, no separate remarks");

        List<CitationItem> article = CitationItems.of(withKind(ReportKind.OPINION_ARTICLE, List.of("Jo Writer")));
        assertEquals(2, article.size());
        assertEquals("writer2025", article.getFirst().id());

        List<CitationItem> unknownKind = CitationItems.of(withKind(null, List.of()));
        assertEquals(2, unknownKind.size());
    }

    @Test
    void clashingKeysGetLetters() {
        ExportBundle b = withKind(ReportKind.POLICY_REPORT, List.of("Lena van der Berg"));
        ReportEntry brief = b.reports().get(1);
        ReportSummary s = brief.summary();
        ReportEntry third = new ReportEntry(new ReportSummary("cd".repeat(32), "other.txt", null, "Other",
                "North Policy Forum", "2024-01-05", ReportKind.POLICY_REPORT, List.of("Lena van der Berg"), 0,
                List.of()), "x", List.of());
        ExportBundle three = new ExportBundle(b.info(), List.of(brief, third), List.of(), List.of(), b.tags(),
                List.of(), List.of(), List.of(), List.of());
        assertEquals(List.of("vanderberg2024", "vanderberg2024a"), CitationItems.of(three).stream()
                .map(CitationItem::id).toList());
        assertEquals(s.title(), CitationItems.of(three).getFirst().title());
    }
}
