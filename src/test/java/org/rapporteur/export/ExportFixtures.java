package org.rapporteur.export;

import java.util.List;

import org.rapporteur.model.Attribution;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Enrichment;
import org.rapporteur.model.Ids;
import org.rapporteur.model.PageSpan;
import org.rapporteur.model.Person;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.ThemeMatch;

/**
 * An invented, fixed export: two made-up reports (a webinar report with two speakers, a paged policy brief with an
 * emoji and HTML-ish characters), a small codebook, codings on claims and on a selection, notes of every kind,
 * two links, and cells that would be formulas in a spreadsheet. Golden files are written from it.
 */
final class ExportFixtures {
    static final String WEBINAR_TEXT = """
            Webinar on shared river basins

            Dr. Amina Rahel, Director, Lakeside Institute

            Upstream dams change the flow for every downstream farmer.
            Data sharing between riparian states must become routine.

            Mr. Tomas Ek, Senior Fellow

            =SUM(A1:A9) is not a policy, said a participant.
            """;
    static final String BRIEF_TEXT = "Glaciers are retreating faster than models predicted.\n\n"
            + "\uD83C\uDF0A Adaptation <funds> & \"loans\" remain scarce; 50% go unspent.\n";

    static final String WEBINAR_ID = Ids.sha256("fixture webinar".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    static final String BRIEF_ID = Ids.sha256("fixture brief".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    static final Person AMINA = new Person("Amina Rahel", List.of("Dr."), "Director", "Lakeside Institute", "Kenya");
    static final Person TOMAS = new Person("Tomas Ek", List.of("Mr."), "Senior Fellow", null, "Sweden");

    private ExportFixtures() {
    }

    static ReportEntry webinar() {
        return new ReportEntry(new ReportSummary(WEBINAR_ID, "webinar-basins.txt", "/corpus/webinar-basins.txt",
                "Webinar on shared river basins", "Lakeside Institute", "2025-03-14", ReportKind.WEBINAR_REPORT,
                List.of(), 3, List.of()), WEBINAR_TEXT, List.of());
    }

    static ReportEntry brief() {
        int split = BRIEF_TEXT.indexOf("\n\n") + 2;
        return new ReportEntry(new ReportSummary(BRIEF_ID, "glacier-brief.pdf", "/corpus/glacier-brief.pdf",
                "Glaciers and adaptation finance", "North Policy Forum", "2024-11", ReportKind.POLICY_REPORT,
                List.of("Lena van der Berg"), 2, List.of()), BRIEF_TEXT, List.of(new PageSpan(1, 0, split - 1),
                new PageSpan(2, split, BRIEF_TEXT.length())));
    }

    static ClaimRecord claim(ReportEntry r, String sentence, Person speaker, List<String> countries,
                             List<String> themes) {
        String text = r.text();
        int start = text.indexOf(sentence);
        if (start < 0) {
            throw new IllegalArgumentException(sentence);
        }
        int end = start + sentence.length();
        Attribution a = speaker == null ? Attribution.none()
                : Attribution.to(speaker, AttributionMethod.SPEAKER_BLOCK, 0.9, "speaker block");
        Enrichment e = new Enrichment(countries, speaker == null ? null : speaker.country(), List.of(),
                themes.stream().map(t -> new ThemeMatch(t, List.of())).toList(), List.of());
        Claim c = new Claim(Ids.claimId(r.id(), start, end), r.id(), start, end, sentence, r.pageAt(start),
                List.of(), Claim.Kind.SENTENCE, a, e);
        var s = r.summary();
        return new ClaimRecord(c, s.source(), s.title(), s.organisation(), s.date(), s.kind(), List.of());
    }

    static AnchorEntry anchor(ReportEntry r, String claimId, String exact) {
        int start = r.text().indexOf(exact);
        int end = start + exact.length();
        return new AnchorEntry(r.id(), claimId, exact, r.text().substring(Math.max(0, start - 32), start),
                r.text().substring(end, Math.min(r.text().length(), end + 32)), start, end, false);
    }

    static ExportBundle bundle() {
        ReportEntry web = webinar();
        ReportEntry brief = brief();
        ClaimRecord c1 = claim(web, "Upstream dams change the flow for every downstream farmer.", AMINA,
                List.of(), List.of("Water/Infrastructure"));
        ClaimRecord c2 = claim(web, "Data sharing between riparian states must become routine.", AMINA,
                List.of("India", "Pakistan"), List.of());
        ClaimRecord c3 = claim(web, "=SUM(A1:A9) is not a policy, said a participant.", TOMAS, List.of(),
                List.of());
        ClaimRecord c4 = claim(brief, "Glaciers are retreating faster than models predicted.", null, List.of("Nepal"),
                List.of("Climate"));
        ClaimRecord c5 = claim(brief, "\uD83C\uDF0A Adaptation <funds> & \"loans\" remain scarce; 50% go unspent.",
                null, List.of(), List.of("Finance"));
        String t1 = "2025-04-01T10:00:00Z";
        String t2 = "2025-04-01T11:30:00Z";
        List<TagEntry> tags = List.of(
                new TagEntry(1, "Water", null, "Water", "#1F77B4", "Water security & supply", "ana", t1, t1),
                new TagEntry(2, "Dams", 1L, "Water/Dams", "#2CA02C", null, "ana", t1, t1),
                new TagEntry(3, "Finance", null, "Finance", "#FF7F0E", null, "ana", t1, t1),
                new TagEntry(4, "Risks", null, "Risks", null, null, "ben", t2, t2));
        AnchorEntry a1 = anchor(web, c1.claim().id(), c1.claim().text());
        AnchorEntry a2 = anchor(web, c2.claim().id(), c2.claim().text());
        AnchorEntry a3 = anchor(web, c3.claim().id(), c3.claim().text());
        AnchorEntry a4 = anchor(brief, c4.claim().id(), c4.claim().text());
        AnchorEntry sel = anchor(brief, c5.claim().id(), "Adaptation <funds>");
        List<CodingEntry> codings = List.of(
                new CodingEntry(11, 2, "Water/Dams", TargetType.CLAIM, a1, "ana", t1, t1),
                new CodingEntry(12, 1, "Water", TargetType.CLAIM, a2, "ana", t1, t1),
                new CodingEntry(13, 3, "Finance", TargetType.SELECTION, sel, "ana", t2, t2),
                new CodingEntry(14, 1, "Water", TargetType.CLAIM, a4, "ben", t2, t2),
                new CodingEntry(15, 4, "Risks", TargetType.CLAIM, a3, "ben", t2, t2));
        List<NoteEntry> notes = List.of(
                new NoteEntry(21, TargetType.CLAIM, a1, null, null, null, "Check the 2019 flow data.", "ana", t1, t1),
                new NoteEntry(22, TargetType.SELECTION, sel, null, null, null,
                        "Compare with <script>alert(1)</script> claims", "ana", t2, t2),
                new NoteEntry(23, TargetType.REPORT, null, WEBINAR_ID, null, null, "Recording available on request.",
                        "ana", t1, t1),
                new NoteEntry(24, TargetType.PERSON, null, null, "Amina Rahel", null, "Hydrologist by training.",
                        "ana", t1, t1),
                new NoteEntry(25, TargetType.TAG, null, null, null, 1L, "Use for all freshwater topics.", "ana", t1,
                        t1),
                new NoteEntry(26, TargetType.CLAIM, a3, null, null, null, "-10% would be worse", "ben", t2, t2));
        List<LinkEntry> links = List.of(
                new LinkEntry(31, "supports", a2, a4, "Both call for data.", "ana", t2, t2),
                new LinkEntry(32, "contradicts", a4, a3, null, "ben", t2, t2));
        ExportInfo info = new ExportInfo("River basins dossier", "all annotations", "2025-04-02T09:30:00Z",
                ExportInfo.GENERATOR, "ana");
        return new ExportBundle(info, List.of(web, brief), List.of(c1, c2, c3, c4, c5), List.of(), tags, codings,
                notes, links, List.of());
    }
}
