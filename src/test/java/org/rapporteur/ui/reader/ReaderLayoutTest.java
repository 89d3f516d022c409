package org.rapporteur.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Highlight;
import org.rapporteur.model.Ids;
import org.rapporteur.model.PageSpan;
import org.rapporteur.model.Person;
import org.rapporteur.model.Report;
import org.rapporteur.model.ReportMetadata;
import org.rapporteur.model.Section;
import org.rapporteur.model.SourceDocument;
import org.rapporteur.model.Span;
import org.rapporteur.model.SpeakerBlock;

/** The reader's layout of an invented two-page report with a heading, a speaker, claims and boilerplate. */
class ReaderLayoutTest {
    private static final String TEXT = """
            Harbour Dialogue Summary

            Opening Session

            Ms. Lena Ortiz
            Director, Coastal Forum

            Fishing quotas must be shared fairly. Ports need dredging soon.

            Printed by the Forum press office.

            Trade corridors depend on stable ports.""";

    private final String reportId = "f".repeat(64);

    private Claim claim(String text) {
        int s = TEXT.indexOf(text);
        return new Claim(Ids.claimId(reportId, s, s + text.length()), reportId, s, s + text.length(), text, null,
                List.of("Opening Session"), Claim.Kind.SENTENCE, null, null);
    }

    private Report report(List<Claim> claims) {
        int page2 = TEXT.indexOf("Printed");
        SourceDocument doc = new SourceDocument(reportId, "harbour.txt", "/x/harbour.txt", "txt", TEXT,
                List.of(new PageSpan(1, 0, page2), new PageSpan(2, page2, TEXT.length())), List.of());
        int sec = TEXT.indexOf("Opening Session");
        int hdr = TEXT.indexOf("Ms. Lena");
        int hdrEnd = TEXT.indexOf("Forum\n") + 5;
        Person lena = new Person("Lena Ortiz", List.of("Ms."), "Director", "Coastal Forum", null);
        int bp = TEXT.indexOf("Printed");
        return new Report(doc, ReportMetadata.empty().withTitle("Harbour Dialogue Summary"),
                List.of(new Section("Opening Session", 1, sec, TEXT.length(), List.of("Opening Session"))),
                List.of(new SpeakerBlock(lena, hdr, hdrEnd, hdr, bp, AttributionMethod.SPEAKER_BLOCK)),
                List.of(new Span(bp, bp + "Printed by the Forum press office.".length(), "footer")), claims);
    }

    @Test
    void laysOutHeadingSpeakerClaimsBoilerplateAndPages() {
        Claim quotas = claim("Fishing quotas must be shared fairly.");
        Claim ports = claim("Ports need dredging soon.");
        Claim trade = claim("Trade corridors depend on stable ports.");
        List<ReaderBlock> blocks = ReaderLayout.layout(report(List.of(quotas, ports, trade)), Map.of());

        assertEquals(ReaderBlock.Kind.PARAGRAPH, blocks.get(0).kind());
        assertEquals(Integer.valueOf(1), blocks.get(0).page(), "the first row carries page 1");
        ReaderBlock heading = blocks.get(1);
        assertEquals(ReaderBlock.Kind.HEADING, heading.kind());
        assertEquals("Opening Session", heading.text());
        ReaderBlock speaker = blocks.get(2);
        assertEquals(ReaderBlock.Kind.SPEAKER, speaker.kind());
        assertEquals("Lena Ortiz", speaker.text());
        assertEquals("Director, Coastal Forum", speaker.detail());
        // The lines introducing the speaker are folded into the header: the next row holds the claims.
        ReaderBlock claims = blocks.get(3);
        assertTrue(claims.containsClaim(quotas.id()) && claims.containsClaim(ports.id()));
        assertEquals(List.of(quotas.id(), ports.id()), claims.segments().stream()
                .map(ReaderBlock.Segment::claimId).filter(java.util.Objects::nonNull).toList());
        assertNull(claims.page(), "same page: no margin number");

        ReaderBlock footer = blocks.get(4);
        assertTrue(footer.segments().getFirst().boilerplate());
        assertEquals(Integer.valueOf(2), footer.page(), "page 2 starts here");
        assertFalse(blocks.get(5).segments().getFirst().boilerplate());
        assertEquals(trade.id(), blocks.get(5).segments().getFirst().claimId());
        assertEquals(6, blocks.size());
    }

    @Test
    void mapsHitsFromClaimTextIntoTheRow() {
        Claim ports = claim("Ports need dredging soon.");
        Claim trade = claim("Trade corridors depend on stable ports.");
        // "ports" (33..38) at the end of the trade claim, "Ports" at the start of the other
        List<ReaderBlock> blocks = ReaderLayout.layout(report(List.of(ports, trade)), Map.of(
                trade.id(), List.of(new Highlight(33, 38)),
                ports.id(), List.of(new Highlight(0, 5))));
        ReaderBlock.Segment tradeSeg = blocks.getLast().segments().getFirst();
        assertEquals(List.of(new Highlight(33, 38)), tradeSeg.hits());
        assertEquals("ports", tradeSeg.text().substring(33, 38));
        ReaderBlock.Segment portsSeg = blocks.get(3).segments().stream()
                .filter(s -> ports.id().equals(s.claimId())).findFirst().orElseThrow();
        assertEquals("Ports", portsSeg.text().substring(portsSeg.hits().getFirst().start(),
                portsSeg.hits().getFirst().end()));
    }

    @Test
    void aLongReportIsOneBlockPerParagraph() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            sb.append("Paragraph ").append(i).append(" says something about harbours.\n\n");
        }
        String text = sb.toString();
        List<Claim> claims = new java.util.ArrayList<>();
        int at = 0;
        while ((at = text.indexOf("Paragraph", at)) >= 0) {
            int end = text.indexOf('.', at) + 1;
            claims.add(new Claim(Ids.claimId(reportId, at, end), reportId, at, end, text.substring(at, end), null,
                    List.of(), Claim.Kind.SENTENCE, null, null));
            at = end;
        }
        Report big = new Report(new SourceDocument(reportId, "big.txt", "/x", "txt", text, List.of(), List.of()),
                ReportMetadata.empty(), List.of(), List.of(), List.of(), claims);
        List<ReaderBlock> blocks = ReaderLayout.layout(big, Map.of());
        assertEquals(4000, blocks.size());
        // every paragraph is its own block holding its own claim, in order: nothing merged, split or dropped
        for (int i = 0; i < blocks.size(); i++) {
            ReaderBlock.Segment only = blocks.get(i).segments().getFirst();
            assertEquals(claims.get(i).id(), only.claimId(), "block " + i);
            assertEquals(claims.get(i).text(), only.text(), "block " + i);
        }
    }
}
