package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Person;

/**
 * A speaker label renamed once for a whole report: one correction record, applied to every claim credited to the
 * label (a person's name or a body), in that report only, again after a re-extraction (also to claims that are new),
 * undone as one step. Accepting and crediting a body are corrections with confidence 1 and no runner-up.
 */
abstract class LabelCorrectionContract extends StoreContract {
    static final String TEXT = """
            Inquiry hearing, day two

            MR. JONES: The harbour works ran two years late. The budget doubled.
            The committee noted that the contractor changed twice.
            MR. JONES: Nobody checked the soil reports before the tender.
            Ms. Patel said the pier lights were never installed.
            """;
    static final String OTHER = """
            Inquiry hearing, day three

            MR. JONES: A different Mr. Jones spoke on the third day about ferries.
            """;

    TestReports reports;
    String reportId;
    String otherId;
    AnnotationStore store;

    @BeforeEach
    void setUp() {
        reports = new TestReports();
        reportId = reports.add(TEXT);
        reports.put(reportId, TEXT, extracted(reports.claims(reportId)));
        otherId = reports.add(OTHER);
        reports.put(otherId, OTHER, extracted(reports.claims(otherId)));
        store = openStore(reports, "analyst");
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    /** What an extractor said: turns by "MR. JONES" (a label), the committee as a body, Ms. Patel by name. */
    static List<Claim> extracted(List<Claim> claims) {
        List<Claim> out = new ArrayList<>();
        for (Claim c : claims) {
            Attribution a;
            if (c.text().contains("committee")) {
                a = Attribution.toBody("Lead Inquiry", AttributionMethod.INSTITUTIONAL, 0.5, "the body's own text")
                        .withDeliberation(new Attribution.RunnerUp(new Person("MR. JONES", List.of(), null, null,
                                null), null, 0.45, "the turn above"), List.of());
            } else if (c.text().contains("Patel") || c.text().contains("pier")) {
                a = Attribution.to(new Person("Ms. Patel", List.of(), "engineer", null, null),
                        AttributionMethod.REPORTED_SPEECH, 0.8, "said");
            } else {
                a = Attribution.to(new Person("MR. JONES", List.of(), "counsel", null, null),
                        AttributionMethod.SPEAKER_BLOCK, 0.6, "turn label");
            }
            out.add(c.withAttribution(a));
        }
        return out;
    }

    List<Claim> corrected(String id, String text, List<Claim> claims) {
        return store.applyCorrections(id, text, claims);
    }

    static List<String> speakers(List<Claim> claims) {
        return claims.stream().map(c -> c.attribution().creditedName()).toList();
    }

    @Test
    void renamesEveryClaimOfTheLabelInThatReportOnly() {
        long before = store.corrections().size();
        ChangeEvent e = store.execute(new Change.AddCorrection(new CorrectionRequest.RelabelSpeaker(reportId,
                "mr. jones", "Alice Jones")));
        assertTrue(e.correctionsChanged());
        assertEquals(java.util.Set.of(reportId), e.reportIds(), "the report is re-indexed, no other");
        assertEquals(before + 1, store.corrections().size(), "one record for all the claims");
        Correction c = store.corrections().getLast();
        assertEquals(CorrectionKind.RELABEL_SPEAKER, c.kind());
        assertNull(c.anchor());
        assertEquals("mr. jones", c.subject());
        assertEquals("Alice Jones", c.value());

        List<Claim> fixed = corrected(reportId, TEXT, reports.claims(reportId));
        long jones = reports.claims(reportId).stream().filter(x -> "MR. JONES".equals(x.attribution()
                .creditedName())).count();
        assertTrue(jones >= 3, "the fixture has several turns of the label: " + jones);
        assertEquals(jones, fixed.stream().filter(x -> "Alice Jones".equals(x.attribution().speakerName()))
                .count());
        Claim one = fixed.stream().filter(x -> x.text().contains("soil reports")).findFirst().orElseThrow();
        assertEquals(AttributionMethod.CORRECTION, one.attribution().method());
        assertEquals(1.0, one.attribution().confidence());
        assertEquals("counsel", one.attribution().speaker().role(), "the label's role stays");
        assertTrue(one.attribution().reason().startsWith("analyst renamed 'mr. jones' to 'Alice Jones'"),
                one.attribution().reason());
        assertTrue(one.attribution().reason().contains("extractor said MR. JONES"), one.attribution().reason());
        // negative: other names and bodies, and the same label in another report, are left alone
        assertTrue(speakers(fixed).contains("Ms. Patel"));
        assertTrue(speakers(fixed).contains("Lead Inquiry"));
        assertTrue(speakers(fixed).stream().noneMatch("MR. JONES"::equals));
        List<String> other = speakers(corrected(otherId, OTHER, reports.claims(otherId)));
        assertTrue(!other.isEmpty() && other.stream().allMatch("MR. JONES"::equals), other.toString());
    }

    @Test
    void aBodyLabelBecomesAPerson() {
        store.execute(new Change.AddCorrection(new CorrectionRequest.RelabelSpeaker(reportId, "Lead Inquiry",
                "Alice Jones")));
        Claim c = corrected(reportId, TEXT, reports.claims(reportId)).stream()
                .filter(x -> x.text().contains("committee")).findFirst().orElseThrow();
        assertEquals("Alice Jones", c.attribution().speakerName());
        assertNull(c.attribution().attributedTo());
        assertNull(c.attribution().runnerUp(), "a corrected claim has no runner-up left");
        assertEquals(0.0, c.attribution().doubt(), 1e-9, "so it leaves the review");
    }

    @Test
    void appliesAfterReExtractionAlsoToNewClaims() {
        store.execute(new Change.AddCorrection(new CorrectionRequest.RelabelSpeaker(reportId, "MR. JONES",
                "Alice Jones")));
        // Same report id (the file did not change) but a new extractor cuts lines, not sentences, and finds a
        // turn it missed before.
        List<Claim> lines = extracted(TestReports.lines(reportId, TEXT));
        store.reanchor(reportId, TEXT, lines);
        List<Claim> fixed = corrected(reportId, TEXT, lines);
        Claim whole = fixed.stream().filter(x -> x.text().contains("harbour works")).findFirst().orElseThrow();
        assertTrue(whole.text().contains("budget doubled"), "a claim the old extraction did not have");
        assertEquals("Alice Jones", whole.attribution().speakerName());
        assertTrue(speakers(fixed).stream().noneMatch("MR. JONES"::equals));
        assertTrue(store.orphans().isEmpty(), "a label correction has no anchor to lose");
    }

    @Test
    void undoIsOneStepAndRedoBringsItBack() {
        store.execute(new Change.AddCorrection(new CorrectionRequest.RelabelSpeaker(reportId, "MR. JONES",
                "Alice Jones")));
        ChangeEvent undone = store.undo().orElseThrow();
        assertEquals(ChangeEvent.Action.UNDONE, undone.action());
        assertTrue(store.corrections().isEmpty());
        List<Claim> back = corrected(reportId, TEXT, reports.claims(reportId));
        assertTrue(speakers(back).contains("MR. JONES"));
        assertTrue(speakers(back).stream().noneMatch("Alice Jones"::equals));
        store.redo().orElseThrow();
        assertTrue(speakers(corrected(reportId, TEXT, reports.claims(reportId))).contains("Alice Jones"));
    }

    @Test
    void aClaimConfirmedUnderTheLabelIsRenamedTooButOneCorrectedToAnotherNameIsNot() {
        Claim soil = reports.claimWith(reportId, "soil reports");
        Claim late = reports.claimWith(reportId, "harbour works");
        store.execute(new Change.AddCorrection(new CorrectionRequest.SetSpeaker(soil.id(), "MR. JONES")));
        store.execute(new Change.AddCorrection(new CorrectionRequest.SetSpeaker(late.id(), "Bob Smith")));
        List<Claim> confirmed = corrected(reportId, TEXT, reports.claims(reportId));
        Claim c = confirmed.stream().filter(x -> x.id().equals(soil.id())).findFirst().orElseThrow();
        assertTrue(c.attribution().reason().startsWith("analyst confirmed; extractor said MR. JONES"),
                c.attribution().reason());

        store.execute(new Change.AddCorrection(new CorrectionRequest.RelabelSpeaker(reportId, "MR. JONES",
                "Alice Jones")));
        List<Claim> fixed = corrected(reportId, TEXT, reports.claims(reportId));
        assertEquals("Alice Jones", fixed.stream().filter(x -> x.id().equals(soil.id())).findFirst().orElseThrow()
                .attribution().speakerName());
        assertEquals("Bob Smith", fixed.stream().filter(x -> x.id().equals(late.id())).findFirst().orElseThrow()
                .attribution().speakerName());
    }

    @Test
    void creditingABodyKeepsItABody() {
        Claim committee = reports.claimWith(reportId, "committee");
        store.execute(new Change.AddCorrection(new CorrectionRequest.SetBody(committee.id(), "Lead Inquiry")));
        Claim c = corrected(reportId, TEXT, reports.claims(reportId)).stream()
                .filter(x -> x.id().equals(committee.id())).findFirst().orElseThrow();
        assertNull(c.attribution().speaker());
        assertEquals("Lead Inquiry", c.attribution().attributedTo());
        assertEquals(1.0, c.attribution().confidence());
        assertTrue(c.attribution().reason().startsWith("analyst confirmed"), c.attribution().reason());
    }

    @Test
    void refusesUnknownReportsAndEmptyOrSameNames() {
        assertThrows(AnnotationException.class, () -> store.execute(new Change.AddCorrection(
                new CorrectionRequest.RelabelSpeaker("no-such-report", "MR. JONES", "Alice Jones"))));
        assertThrows(AnnotationException.class, () -> store.execute(new Change.AddCorrection(
                new CorrectionRequest.RelabelSpeaker(reportId, " ", "Alice Jones"))));
        assertThrows(AnnotationException.class, () -> store.execute(new Change.AddCorrection(
                new CorrectionRequest.RelabelSpeaker(reportId, "MR. JONES", "MR. JONES"))));
        assertTrue(store.corrections().isEmpty());
        assertTrue(store.history(10).isEmpty());
    }
}
