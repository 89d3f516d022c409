package org.rapporteur.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.rapporteur.index.ThemeTermAnalyzer;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Enrichment;
import org.rapporteur.model.Person;
import org.rapporteur.model.Report;
import org.rapporteur.model.ThemeMatch;
import org.rapporteur.testing.SharedData;

/** Whole-report enrichment: every field of every claim, on invented text and on the samples. */
class ReportEnricherTest {
    private final ReportEnricher enricher = ReportEnricher.withDefaults(new ThemeTermAnalyzer());

    @Test
    void fillsEveryFieldOfEveryClaim() {
        String text = """
                The Border Security Council (BSC) met in Kabul after militants crossed from Balochistan.
                Pak-Afghan trade fell, and the BSC blamed smuggling; the Washington Post disagreed.
                Lunch was served at one.
                """;
        Report report = ReportFixtures.byLines("invented.txt", text);
        Person envoy = new Person("A. Envoy", List.of(), "Ambassador of Uzbekistan to Pakistan", null, null);
        List<Claim> claims = new ArrayList<>();
        for (Claim c : report.claims()) {
            claims.add(c.withAttribution(Attribution.to(envoy, AttributionMethod.SPEAKER_BLOCK, 1, "test")));
        }
        Report enriched = enricher.enrich(report.withClaims(claims));

        Enrichment first = enriched.claims().get(0).enrichment();
        assertEquals(List.of("Afghanistan"), first.countries());
        assertEquals("Uzbekistan", first.speakerCountry());
        assertEquals(List.of("Balochistan"), first.regions());
        assertEquals(List.of("Border Security Council"), first.organisations());
        ThemeMatch terrorism = first.themes().stream()
                .filter(t -> t.theme().equals("Security/Terrorism and militancy")).findFirst().orElseThrow();
        assertEquals(List.of("militants"), terrorism.evidence());

        Enrichment second = enriched.claims().get(1).enrichment();
        assertEquals(List.of("Pakistan", "Afghanistan"), second.countries());
        assertEquals(List.of("Border Security Council", "The Washington Post"), second.organisations(),
                "a later use of the acronym names the organisation");
        assertTrue(second.themeNames().contains("Security/Border security"), second.themeNames().toString());

        Enrichment third = enriched.claims().get(2).enrichment();
        assertEquals(List.of(), third.countries());
        assertEquals(List.of(), third.themes());
        assertEquals("Uzbekistan", third.speakerCountry());
    }

    @Test
    void retaggingWithAnEditedTaxonomyNeedsNoReingest() {
        Report report = ReportFixtures.byLines("t.txt", "Camel herders moved north early this year.\n");
        assertEquals(List.of(), enricher.enrich(report).claims().getFirst().enrichment().themes());
        ReportEnricher edited = enricher.withTaxonomy(
                enricher.taxonomy().withTheme("Society/Pastoralism", List.of("camel herder")));
        assertEquals(List.of("Society/Pastoralism"),
                edited.enrich(report).claims().getFirst().enrichment().themeNames());
        assertTrue(edited.glossary() == enricher.glossary(), "the corpus glossary is kept");
    }

    @Test
    void enrichesTheSampleReportsTheSameFromManyThreads() throws Exception {
        List<Report> reports = new ArrayList<>();
        for (String prefix : List.of("000", "001", "002", "003", "004")) {
            reports.add(ReportFixtures.byLines(prefix, SharedData.sampleText(prefix)));
        }
        List<Report> sequential = reports.stream().map(enricher::enrich).toList();
        ReportEnricher shared = ReportEnricher.withDefaults(new ThemeTermAnalyzer());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Report>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Report r : reports) {
                    futures.add(pool.submit(() -> shared.enrich(r)));
                }
            }
            for (int k = 0; k < futures.size(); k++) {
                Report got = futures.get(k).get();
                Report want = sequential.get(k % reports.size());
                for (int c = 0; c < want.claims().size(); c++) {
                    Enrichment a = want.claims().get(c).enrichment();
                    Enrichment b = got.claims().get(c).enrichment();
                    assertEquals(a.countries(), b.countries());
                    assertEquals(a.regions(), b.regions());
                    assertEquals(a.themes(), b.themes());
                }
            }
        } finally {
            pool.shutdown();
        }
        Report first = sequential.getFirst();
        assertTrue(first.claims().stream().filter(c -> !c.enrichment().themes().isEmpty()).count()
                > first.claims().size() / 2, "most claims of a security report carry a theme");
    }

    @Test
    void tagsOrganisationsAndThemesOnASampleReport() throws IOException {
        Report r = enricher.enrich(ReportFixtures.byLines("000", SharedData.sampleText("000")));
        Enrichment ttp = claimWith(r, "negotiate with the banned").enrichment();
        assertTrue(ttp.organisations().contains("Tehreek-i-Taliban Pakistan"), ttp.organisations().toString());
        assertEquals(List.of(), ttp.countries(), "the TTP's name is not a mention of Pakistan");
        assertTrue(ttp.themeNames().contains("Security/Terrorism and militancy"), ttp.themeNames().toString());

        Enrichment nacta = claimWith(r, "National Crisis Management Cell").enrichment();
        assertTrue(nacta.organisations().contains("National Counter Terrorism Authority"), nacta.organisations().toString());
        assertTrue(nacta.organisations().contains("Inter-Services Intelligence"), nacta.organisations().toString());

        Enrichment cpec = claimWith(r, "Islamabad signed the first-ever").enrichment();
        assertTrue(cpec.themeNames().contains("Economy/Connectivity and infrastructure"), cpec.themeNames().toString());
        assertTrue(cpec.organisations().contains("Shanghai Cooperation Organisation"), cpec.organisations().toString());
        assertTrue(cpec.regions().contains("Central Asia"));
        assertNull(cpec.speakerCountry(), "no attribution, no speaker country");
    }

    private static Claim claimWith(Report r, String marker) {
        return r.claims().stream().filter(c -> c.text().contains(marker)).findFirst().orElseThrow();
    }
}
