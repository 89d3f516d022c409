package org.rapporteur.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Enrichment;
import org.rapporteur.model.FacetCount;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.Ids;
import org.rapporteur.model.Person;
import org.rapporteur.model.QuerySyntaxException;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SearchResult;
import org.rapporteur.model.SortOrder;
import org.rapporteur.model.ThemeMatch;

class ClaimIndexTest {
    private static final String R1 = Ids.sha256("report one".getBytes(StandardCharsets.UTF_8));
    private static final String R2 = Ids.sha256("report two".getBytes(StandardCharsets.UTF_8));

    private static ClaimRecord claim(String report, int start, String text, String speaker, List<String> countries,
                                     String theme, String title, String date) {
        Claim c = new Claim(Ids.claimId(report, start, start + text.length()), report, start, start + text.length(),
                text, 2, List.of("Session I"), Claim.Kind.SENTENCE,
                Attribution.to(new Person(speaker, List.of("Dr."), "Director", "Institute", null),
                        AttributionMethod.SPEAKER_BLOCK, 0.9, "named above the block"),
                new Enrichment(countries, "Pakistan", List.of("South Asia"),
                        theme == null ? List.of() : List.of(new ThemeMatch(theme, List.of("militants"))), List.of()));
        return new ClaimRecord(c, title + ".pdf", title, "Institute", date, ReportKind.WEBINAR_REPORT, List.of());
    }

    private static void fill(ClaimIndex index) {
        List<ClaimRecord> one = List.of(
                claim(R1, 0, "Militants crossed the border from Afghanistan into Pakistan.", "Amina Rauf",
                        List.of("Afghanistan", "Pakistan"), "Security/Terrorism and militancy", "Border Webinar",
                        "2022-02-02"),
                claim(R1, 70, "Trade with India could double within five years.", "Bilal Qureshi",
                        List.of("India"), "Economy/Trade", "Border Webinar", "2022-02-02"));
        List<ClaimRecord> two = List.of(
                claim(R2, 10, "The militancy along the border threatens trade routes.", "Chen Wei",
                        List.of("Pakistan"), "Security/Terrorism and militancy", "Trade Seminar", "2024-01-16"));
        index.replaceReport(new ReportSummary(R1, "Border Webinar.pdf", "/c/one.pdf", "Border Webinar", "Institute",
                "2022-02-02", ReportKind.WEBINAR_REPORT, List.of(), 2, List.of()), "text one", one);
        index.replaceReport(new ReportSummary(R2, "Trade Seminar.pdf", "/c/two.pdf", "Trade Seminar", "Institute",
                "2024-01-16", ReportKind.SEMINAR_REPORT, List.of(), 1, List.of()), "text two", two);
        index.commit();
    }

    @Test
    void stemmedSearchFindsBothFormsAndHighlightsTheWords() {
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            fill(index);
            SearchResult r = index.corpus().search(SearchRequest.of("militant", 10));
            assertEquals(2, r.total());
            ClaimHit first = r.hits().stream().filter(h -> h.record().claim().text().startsWith("Militants"))
                    .findFirst().orElseThrow();
            assertEquals("[Militants] crossed", first.marked("[", "]").substring(0, 19));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void fieldsPhrasesAndYearRanges() throws Exception {
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            fill(index);
            assertEquals(1, index.corpus().search(SearchRequest.of("speaker:\"Amina Rauf\"", 10)).total());
            assertEquals(1, index.corpus().search(SearchRequest.of("country:India", 10)).total());
            assertEquals(2, index.corpus().search(SearchRequest.of("theme:militancy", 10)).total());
            assertEquals(1, index.corpus().search(SearchRequest.of("year:[2023 TO 2025]", 10)).total());
            assertEquals(2, index.corpus().search(SearchRequest.of("year:2022", 10)).total());
            assertEquals(1, index.corpus().search(SearchRequest.of("\"trade routes\"", 10)).total());
            assertEquals(1, index.corpus().search(SearchRequest.of("report:seminar AND border", 10)).total());
            assertEquals(3, index.corpus().search(SearchRequest.of("section:\"session i\"", 10)).total());
        }
    }

    @Test
    void drillSidewaysKeepsCountsOfUnselectedValues() throws Exception {
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            fill(index);
            SearchRequest req = SearchRequest.of("", 10)
                    .withFilters(Map.of(FacetDimension.COUNTRY, Set.of("India")));
            SearchResult r = index.corpus().search(req);
            assertEquals(1, r.total());
            FacetCount countries = r.facets().stream().filter(f -> f.dimension() == FacetDimension.COUNTRY)
                    .findFirst().orElseThrow();
            // sideways: the country dimension still counts as if India were not selected
            assertTrue(countries.values().contains(new FacetCount.Value("Pakistan", 2, false)), countries::toString);
            assertTrue(countries.values().contains(new FacetCount.Value("India", 1, true)), countries::toString);
            FacetCount speakers = r.facets().stream().filter(f -> f.dimension() == FacetDimension.SPEAKER)
                    .findFirst().orElseThrow();
            assertEquals(List.of(new FacetCount.Value("Bilal Qureshi", 1, false)), speakers.values());
            FacetCount themes = r.facets().stream().filter(f -> f.dimension() == FacetDimension.THEME)
                    .findFirst().orElseThrow();
            assertEquals("Economy", themes.values().getFirst().value());
            SearchResult byTheme = index.corpus().search(SearchRequest.of("", 10)
                    .withFilters(Map.of(FacetDimension.THEME, Set.of("Security/Terrorism and militancy"))));
            assertEquals(2, byTheme.total());
        }
    }

    @Test
    void sortsByDateAndSpeaker() throws Exception {
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            fill(index);
            List<ClaimHit> byDate = index.corpus().search(SearchRequest.of("", 10).withSort(SortOrder.DATE)).hits();
            assertEquals("2024-01-16", byDate.getFirst().record().date());
            List<ClaimHit> bySpeaker = index.corpus().search(SearchRequest.of("", 10).withSort(SortOrder.SPEAKER)).hits();
            assertEquals(List.of("Amina Rauf", "Bilal Qureshi", "Chen Wei"),
                    bySpeaker.stream().map(h -> h.record().claim().attribution().speakerName()).toList());
        }
    }

    @Test
    void syntaxErrorsSayWhere() throws Exception {
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            fill(index);
            QuerySyntaxException open = assertThrows(QuerySyntaxException.class,
                    () -> index.corpus().search(SearchRequest.of("border \"non-state", 10)));
            assertEquals(7, open.position());
            QuerySyntaxException dangling = assertThrows(QuerySyntaxException.class,
                    () -> index.corpus().search(SearchRequest.of("border AND", 10)));
            assertEquals(10, dangling.position());
            QuerySyntaxException field = assertThrows(QuerySyntaxException.class,
                    () -> index.corpus().search(SearchRequest.of("trade speker:Rauf", 10)));
            assertEquals(6, field.position());
            assertTrue(field.getMessage().contains("unknown field 'speker'"), field.getMessage());
            QuerySyntaxException paren = assertThrows(QuerySyntaxException.class,
                    () -> index.corpus().search(SearchRequest.of("(trade OR border", 10)));
            assertTrue(paren.position() >= 0, paren.getMessage());
        }
    }

    @Test
    void storedClaimsComeBackWhole() throws Exception {
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            fill(index);
            ClaimRecord expected = claim(R1, 0, "Militants crossed the border from Afghanistan into Pakistan.",
                    "Amina Rauf", List.of("Afghanistan", "Pakistan"), "Security/Terrorism and militancy",
                    "Border Webinar", "2022-02-02");
            assertEquals(expected, index.corpus().claim(expected.claim().id()).orElseThrow());
            assertEquals(2, index.corpus().claimsOf(R1).size());
            assertEquals(2, index.corpus().reports().size());
        }
    }

    @Test
    void retagMakesUserTagsSearchableAndFaceted() throws Exception {
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            fill(index);
            String id = index.corpus().claimsOf(R2).getFirst().claim().id();
            assertTrue(index.retag(id, List.of("Proxies/Non-state actors")));
            index.commit();
            assertEquals(1, index.corpus().search(SearchRequest.of("tag:proxies", 10)).total());
            assertEquals(3, index.corpus().claimCount());
            assertFalse(index.retag("nope", List.of("x")));
        }
    }

    @Test
    void relatedClaimsComeFromOtherReports() throws Exception {
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            fill(index);
            String id = index.corpus().claimsOf(R1).getFirst().claim().id();
            List<ClaimHit> related = index.corpus().related(id, 5);
            assertFalse(related.isEmpty());
            assertTrue(related.stream().allMatch(h -> h.record().claim().reportId().equals(R2)));
        }
    }

    @Test
    void replacingAReportFromTheSamePathDropsTheOldVersion(@TempDir Path dir) throws Exception {
        try (ClaimIndex index = ClaimIndex.open(dir)) {
            fill(index);
            String newId = Ids.sha256("report one, edited".getBytes(StandardCharsets.UTF_8));
            index.replaceReport(new ReportSummary(newId, "one.pdf", "/c/one.pdf", "Border Webinar v2", null, null,
                    null, List.of(), 0, List.of()), "edited", List.of());
            index.commit();
            assertEquals(1, index.corpus().search(SearchRequest.of("", 10)).total());
            assertEquals(List.of("Border Webinar v2", "Trade Seminar"),
                    index.corpus().reports().stream().map(ReportSummary::title).toList());
        }
        try (ClaimIndex reopened = ClaimIndex.open(dir)) {
            assertFalse(reopened.wasRebuilt());
            assertEquals(2, reopened.corpus().reports().size());
        }
    }

    private static ClaimRecord judged(int start, String text, Attribution a) {
        Claim c = new Claim(Ids.claimId(R1, start, start + text.length()), R1, start, start + text.length(), text,
                null, List.of(), Claim.Kind.SENTENCE, a, Enrichment.empty());
        return new ClaimRecord(c, "one.txt", "One", "Institute", "2022-02-02", ReportKind.WEBINAR_REPORT, List.of());
    }

    @Test
    void doubtfulClaimsComeWorstFirstWithRunnerUpAndEvidenceAndConfidentOnesStayOut() throws Exception {
        Person a = new Person("Amina Rauf", List.of(), null, null, null);
        Person b = new Person("Bilal Qureshi", List.of(), null, null, null);
        List<org.rapporteur.model.AttributionEvidence> ev = List.of(
                new org.rapporteur.model.AttributionEvidence("Amina Rauf", "transcript turn", 0.6, "her turn", true),
                new org.rapporteur.model.AttributionEvidence("Bilal Qureshi", "pronoun", 0.55, "'he' above", false));
        List<ClaimRecord> claims = List.of(
                judged(0, "Confident, nobody else in the running.", Attribution.to(a, AttributionMethod.SPEAKER_BLOCK,
                        0.95, "block")),
                judged(50, "Confident, runner-up far behind.", Attribution.to(a, AttributionMethod.SPEAKER_BLOCK,
                        0.9, "block").withDeliberation(new Attribution.RunnerUp(b, null, 0.4, "far"), List.of())),
                judged(100, "Weak: an organisation's voice.", Attribution.toBody("Institute",
                        AttributionMethod.INSTITUTIONAL, 0.5, "no speaker")),
                judged(150, "Close: a runner-up just behind.", Attribution.to(a, AttributionMethod.TRANSCRIPT_TURN,
                        0.6, "turn").withDeliberation(new Attribution.RunnerUp(b, null, 0.58, "pronoun"), ev)),
                judged(200, "Weakish: reported speech through a pronoun.", Attribution.to(b,
                        AttributionMethod.REPORTED_SPEECH, 0.6, "he said")));
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            index.replaceReport(new ReportSummary(R1, "one.txt", "/c/one.txt", "One", "Institute", "2022-02-02",
                    ReportKind.WEBINAR_REPORT, List.of(), claims.size(), List.of()), "text", claims);
            index.commit();
            org.rapporteur.model.ReviewPage page = index.corpus().doubtful(0.35, 10);
            assertEquals(3, page.total());
            assertEquals(List.of("Close: a runner-up just behind.", "Weak: an organisation's voice.",
                    "Weakish: reported speech through a pronoun."),
                    page.claims().stream().map(r -> r.claim().text()).toList());
            Attribution close = page.claims().getFirst().claim().attribution();
            assertEquals("Bilal Qureshi", close.runnerUp().name());
            assertEquals(0.58, close.runnerUp().confidence(), 1e-9);
            assertEquals(ev, close.evidence(), "evidence comes back as stored, strongest first");
            assertTrue(close.doubt() > 0.8, "a runner-up within 0.02 is worse than a confidence of 0.5");

            org.rapporteur.model.ReviewPage two = index.corpus().doubtful(0.35, 2);
            assertEquals(3, two.total(), "the total counts beyond the limit");
            assertEquals(2, two.claims().size());
            assertEquals(0, index.corpus().doubtful(0.35, 0).claims().size());
            assertEquals(0, index.corpus().doubtful(0.99, 10).total(), "nothing is that doubtful");
        }
    }
}
