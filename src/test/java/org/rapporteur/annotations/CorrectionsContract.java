package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Enrichment;
import org.rapporteur.model.Person;
import org.rapporteur.model.ThemeMatch;

/** Corrections win over the extractor, and keep winning after a re-extraction with other claim boundaries. */
abstract class CorrectionsContract extends StoreContract {
    static final String TEXT = """
            Panel one

            Dr. Amina Rao said exports to Kenya rose sharply last year. She expects the trend to continue.
            Mr. Tom Berg warned that shipping costs remain volatile. Freight insurers are raising premiums.
            A Rao noted that the new port opens in March.
            """;

    TestReports reports;
    String reportId;
    AnnotationStore store;

    @BeforeEach
    void setUp() {
        reports = new TestReports();
        reportId = reports.add(TEXT);
        reports.put(reportId, TEXT, extracted(reports.claims(reportId)));
        store = openStore(reports, "analyst");
    }

    @org.junit.jupiter.api.AfterEach
    void tearDown() {
        store.close();
    }

    /** What a (wrong) extractor said: every claim by Tom Berg, with a theme and a country. */
    static List<Claim> extracted(List<Claim> claims) {
        List<Claim> out = new ArrayList<>();
        for (Claim c : claims) {
            String who = c.text().contains("Rao noted") ? "A Rao" : "Tom Berg";
            out.add(c.withAttribution(Attribution.to(new Person(who, List.of("Mr."), "economist", null, null),
                    AttributionMethod.SPEAKER_BLOCK, 0.6, "block under the heading"))
                    .withEnrichment(new Enrichment(List.of("Kenya"), null, List.of(), List.of(new ThemeMatch(
                            "Economy/Trade", List.of("exports"))), List.of())));
        }
        return out;
    }

    Claim claim(String needle) {
        return reports.claimWith(reportId, needle);
    }

    Map<String, Claim> corrected(List<Claim> claims) {
        return store.applyCorrections(reportId, TEXT, claims).stream()
                .collect(Collectors.toMap(Claim::text, Function.identity()));
    }

    @Test
    void speakerCorrectionWinsAndKeepsTheExtractorsChoiceInTheReason() {
        Claim c = claim("exports to Kenya");
        store.execute(new Change.AddCorrection(new CorrectionRequest.SetSpeaker(c.id(), "Amina Rao", "trade "
                + "economist", null, "India")));
        Claim fixed = corrected(reports.claims(reportId)).get(c.text());
        Attribution a = fixed.attribution();
        assertEquals("Amina Rao", a.speakerName());
        assertEquals("India", a.speaker().country());
        assertEquals(AttributionMethod.CORRECTION, a.method());
        assertEquals(1.0, a.confidence());
        assertTrue(a.reason().contains("extractor said Tom Berg (speaker block, confidence 0.60: block under the"
                + " heading)"), a.reason());
        Claim untouched = corrected(reports.claims(reportId)).get(claim("shipping costs").text());
        assertEquals(AttributionMethod.SPEAKER_BLOCK, untouched.attribution().method());
    }

    @Test
    void countryAndThemeCorrections() {
        Claim c = claim("shipping costs");
        store.execute(new Change.AddCorrection(new CorrectionRequest.RemoveCountry(c.id(), "kenya")));
        store.execute(new Change.AddCorrection(new CorrectionRequest.AddCountry(c.id(), "Norway")));
        store.execute(new Change.AddCorrection(new CorrectionRequest.RemoveTheme(c.id(), "Trade")));
        store.execute(new Change.AddCorrection(new CorrectionRequest.AddTheme(c.id(), "Economy/Shipping")));
        Claim fixed = corrected(reports.claims(reportId)).get(c.text());
        assertEquals(List.of("Norway"), fixed.enrichment().countries());
        assertEquals(List.of("Economy/Shipping"), fixed.enrichment().themeNames());
        assertEquals(4, store.correctionsByReport(reportId).size());
    }

    @Test
    void mergingPersonsRenamesTheSpeakerEverywhereInTheReport() {
        store.execute(new Change.AddCorrection(new CorrectionRequest.MergePersons(reportId, "A Rao", "Tom Berg")));
        Claim fixed = corrected(reports.claims(reportId)).get(claim("port opens").text());
        assertEquals("Tom Berg", fixed.attribution().speakerName());
        assertEquals("economist", fixed.attribution().speaker().role(), "takes the kept person's details");
        assertTrue(fixed.attribution().reason().startsWith("analyst merged 'A Rao' into 'Tom Berg'"));
    }

    @Test
    void splitAndMergeClaims() {
        Claim two = claim("shipping costs");
        Claim next = claim("Freight insurers");
        Claim rao = claim("exports to Kenya");
        int at = two.text().indexOf("that");
        store.execute(new Change.AddCorrection(new CorrectionRequest.SplitClaim(rao.id(), rao.text()
                .indexOf("exports"))));
        store.execute(new Change.AddCorrection(new CorrectionRequest.MergeClaims(two.id(), next.id())));
        List<Claim> fixed = store.applyCorrections(reportId, TEXT, reports.claims(reportId));
        List<String> texts = fixed.stream().map(Claim::text).toList();
        assertTrue(texts.contains(rao.text().substring(0, rao.text().indexOf("exports")).strip()), texts.toString());
        assertTrue(texts.contains("exports to Kenya rose sharply last year."), texts.toString());
        assertTrue(texts.contains(TEXT.substring(two.start(), next.end())), texts.toString());
        assertEquals(reports.claims(reportId).size(), fixed.size(), "one split, one merge");
        for (Claim c : fixed) {
            assertEquals(TEXT.substring(c.start(), c.end()), c.text());
        }
        assertTrue(at > 0);
        assertMessageContains("not inside claim", () -> store.execute(new Change.AddCorrection(
                new CorrectionRequest.SplitClaim(rao.id(), 0))));
    }

    @Test
    void correctionsSurviveReExtractionWithOtherClaimBoundaries() {
        Claim c = claim("exports to Kenya");
        store.execute(new Change.AddCorrection(new CorrectionRequest.SetSpeaker(c.id(), "Amina Rao")));
        store.execute(new Change.AddCorrection(new CorrectionRequest.AddCountry(c.id(), "Uganda")));
        // A new extractor keeps each line as one claim, and the file gained a heading above.
        String changed = "Trade webinar, summary\n\n" + TEXT;
        String newId = reports.add(changed);
        List<Claim> lines = extracted(TestReports.lines(newId, changed));
        store.reanchor(reportId, newId, changed, lines);
        List<Claim> fixed = store.applyCorrections(newId, changed, lines);
        Claim line = fixed.stream().filter(x -> x.text().contains("exports to Kenya")).findFirst().orElseThrow();
        assertEquals("Amina Rao", line.attribution().speakerName());
        assertEquals(List.of("Kenya", "Uganda"), line.enrichment().countries());
        Claim other = fixed.stream().filter(x -> x.text().contains("shipping")).findFirst().orElseThrow();
        assertEquals("Tom Berg", other.attribution().speakerName());
        assertTrue(store.orphans().isEmpty());
    }

    @Test
    void reconcilingPointsCodingsAtTheCorrectedClaims() {
        Claim rao = claim("exports to Kenya");
        long t = store.execute(new Change.CreateTag("Trade")).entityId();
        int at = TEXT.indexOf("exports to Kenya");
        store.execute(new Change.AddCoding(t, Target.selection(reportId, at, at + 16)));
        store.execute(new Change.AddCoding(t, Target.claim(claim("port opens").id())));
        ChangeEvent split = store.execute(new Change.AddCorrection(new CorrectionRequest.SplitClaim(rao.id(),
                rao.text().indexOf("exports"))));
        assertTrue(split.correctionsChanged());
        assertEquals(java.util.Set.of(reportId), split.reportIds());

        ReconciledReport r = store.reconcile(reportId, reportId, TEXT, reports.claims(reportId));
        Claim part = r.claims().stream().filter(c -> c.text().startsWith("exports to Kenya")).findFirst()
                .orElseThrow();
        assertEquals(List.of("Trade"), r.tagPaths().get(part.id()), "the selection follows the split part");
        assertEquals(List.of("Trade"), store.tagPathsForClaim(part.id()));
        assertEquals(2, r.tagPaths().size());
        assertTrue(r.claims().stream().noneMatch(c -> c.id().equals(rao.id())));
    }

    @Test
    void refusesUnknownClaims() {
        assertMessageContains("No claim with id 'x-1'", () -> store.execute(new Change.AddCorrection(
                new CorrectionRequest.SetSpeaker("x-1", "Someone"))));
        assertMessageContains("speaker's name is missing", () -> store.execute(new Change.AddCorrection(
                new CorrectionRequest.SetSpeaker(claim("shipping").id(), " "))));
        assertTrue(store.history(10).isEmpty());
    }

    @Test
    void watchersSeeAnotherProcessesChangeWithinASecond() throws Exception {
        List<ChangeEvent> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        store.addListener(seen::add);
        store.watchExternalChanges(java.time.Duration.ofMillis(200));
        try (AnnotationStore cli = openStore(reports, "cli")) {
            long t = cli.execute(new Change.CreateTag("Trade")).entityId();
            long start = System.nanoTime();
            cli.execute(new Change.AddCoding(t, Target.claim(claim("shipping").id())));
            while (seen.size() < 2 && System.nanoTime() - start < 2_000_000_000L) {
                Thread.sleep(20);
            }
            assertEquals(2, seen.size());
            assertTrue((System.nanoTime() - start) / 1e9 < 1.0, "seen within a second");
            assertEquals(java.util.Set.of(claim("shipping").id()), seen.get(1).claimIds());
        }
    }

    static void assertMessageContains(String part, org.junit.jupiter.api.function.Executable call) {
        AnnotationStoreContract.assertMessage(part, call);
    }
}
