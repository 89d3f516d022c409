package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.CorrectionRequest;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.ThemeMatch;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.SharedData;

/**
 * Themes by meaning through the workspace, on the five sample reports embedded once with the shipped model: indexing
 * gives keyword themes and lists every report as waiting; the embedding run ends by theming them by meaning; a re-tag
 * changes nothing more; an analyst's correction teaches a similar claim of another report.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThemesByMeaningTest {
    @TempDir
    static Path dir;
    private static Workspace ws;
    private static final Map<String, List<ThemeMatch>> INDEXED = new HashMap<>();
    private static Set<String> waitingAfterIndex;
    private static final List<String> PROGRESS = new ArrayList<>();

    @BeforeAll
    static void indexThenEmbed() {
        ws = Workspace.open(dir.resolve("ws"));
        ws.index(List.of(SharedData.corpus()), ProgressListener.NONE, Cancellation.NEVER);
        ws.corpus().forEachClaim("", r -> INDEXED.put(r.claim().id(), r.claim().enrichment().themes()));
        waitingAfterIndex = new KeywordThemedReports(dir.resolve("ws")).waiting().orElseThrow();
        ws.meaning().embedMissing((done, total, msg) -> PROGRESS.add(msg), Cancellation.NEVER);
    }

    @AfterAll
    static void close() {
        if (ws != null) {
            ws.close();
        }
    }

    private static boolean byMeaning(ThemeMatch m) {
        return m.evidence().stream().anyMatch(e -> e.startsWith("like: ") || e.startsWith("like your coding of: "));
    }

    @Test
    @Order(1)
    void indexingGivesKeywordThemesAndListsEveryReportAsWaiting() {
        assertTrue(INDEXED.size() > 200);
        assertTrue(INDEXED.values().stream().flatMap(List::stream).noneMatch(ThemesByMeaningTest::byMeaning),
                "the index pass has no vectors: keywords only");
        assertTrue(INDEXED.values().stream().anyMatch(t -> !t.isEmpty()), "keywords find themes");
        assertEquals(ws.corpus().reports().stream().map(ReportSummary::id).collect(java.util.stream.Collectors.toSet()),
                waitingAfterIndex);
    }

    @Test
    @Order(2)
    void theEmbeddingRunEndsByThemingEveryReportByMeaningAndARetagChangesNothing() throws Exception {
        assertTrue(PROGRESS.contains("Preparing themes by meaning…"), PROGRESS.toString());
        assertEquals(List.of(), Files.readAllLines(dir.resolve("ws").resolve(KeywordThemedReports.FILE)),
                "no report waits");
        long meaningThemes = ws.corpus().search(org.rapporteur.model.SearchRequest.of("", 10_000)).hits().stream()
                .flatMap(h -> h.record().claim().enrichment().themes().stream())
                .filter(ThemesByMeaningTest::byMeaning).count();
        assertTrue(meaningThemes > 50, "claims without a theme's words get it by meaning: " + meaningThemes);
        assertEquals(0, ws.themes().retag(ProgressListener.NONE, Cancellation.NEVER), "idempotent");
        // and a second embedding run, with nothing to embed, re-themes nothing
        assertEquals(0, ws.meaning().embedMissing(ProgressListener.NONE, Cancellation.NEVER));
    }

    @Test
    @Order(3)
    void aCorrectionOnOneClaimTeachesASimilarClaimOfAnotherReport() {
        // the closest pair of distinct sentences from two reports
        ClaimRecord taught = null;
        ClaimHit learner = null;
        Set<String> seen = new HashSet<>();
        List<ClaimRecord> claims = new ArrayList<>();
        ws.corpus().forEachClaim("", claims::add);
        for (ClaimRecord c : claims) {
            if (c.claim().text().length() < 60 || !seen.add(c.claim().text())) {
                continue;
            }
            for (ClaimHit h : ws.meaning().related(c.claim().id(), 1)) {
                if (h.score() < 0.97f && !h.record().claim().text().equals(c.claim().text())
                        && (learner == null || h.score() > learner.score())) {
                    taught = c;
                    learner = h;
                }
            }
        }
        assertNotNull(learner);
        assertTrue(learner.score() > 0.7f, "the samples repeat points in other words: " + learner.score());
        String theme = "Society/Taught by example";
        ws.themes().addTheme(theme, List.of());
        String learnerId = learner.record().claim().id();
        assertFalse(themesOf(learnerId).contains(theme));

        String report = taught.claim().reportId();
        long before = meaningThemesOf(report);
        assertTrue(before > 0, "the report has themes by meaning");
        ws.annotations().execute(new Change.AddCorrection(new CorrectionRequest.AddTheme(taught.claim().id(), theme)));
        // the correction re-built the report with keyword themes; its claims are themed by meaning again at once
        assertTrue(meaningThemesOf(report) >= before - 2, "kept: " + meaningThemesOf(report) + " of " + before);
        ws.themes().retag(ProgressListener.NONE, Cancellation.NEVER);

        Optional<ThemeMatch> got = ws.corpus().claim(learnerId).orElseThrow().claim().enrichment().themes().stream()
                .filter(m -> m.theme().equals(theme)).findFirst();
        assertTrue(got.isPresent(), () -> learnerId + " -> " + themesOf(learnerId));
        String evidence = got.get().evidence().getFirst();
        assertTrue(evidence.startsWith("like your coding of: "), evidence);
        assertTrue(evidence.length() <= "like your coding of: ".length() + 81, evidence);
        assertTrue(themesOf(taught.claim().id()).contains(theme), "the corrected claim itself keeps it");

        // taking it off again: the claim teaches nothing, and the similar claim loses the theme at the next re-tag
        ws.annotations().execute(new Change.AddCorrection(
                new CorrectionRequest.RemoveTheme(taught.claim().id(), theme)));
        ws.themes().retag(ProgressListener.NONE, Cancellation.NEVER);
        assertFalse(themesOf(learnerId).contains(theme));
        assertFalse(themesOf(taught.claim().id()).contains(theme));
    }

    @Test
    @Order(4)
    void aThemeTakenOffOneClaimIsTakenOffASimilarClaimOfAnotherReport() {
        List<ClaimRecord> claims = new ArrayList<>();
        ws.corpus().forEachClaim("", claims::add);
        // the closest pair of distinct sentences where the second has a theme by meaning
        ClaimRecord taught = null;
        ClaimHit learner = null;
        String theme = null;
        for (ClaimRecord c : claims) {
            if (c.claim().text().length() < 60) {
                continue;
            }
            for (ClaimHit h : ws.meaning().related(c.claim().id(), 1)) {
                Optional<ThemeMatch> t = h.record().claim().enrichment().themes().stream()
                        .filter(ThemesByMeaningTest::byMeaning).findFirst();
                if (h.score() < 0.97f && t.isPresent() && !h.record().claim().text().equals(c.claim().text())
                        && (learner == null || h.score() > learner.score())) {
                    taught = c;
                    learner = h;
                    theme = t.get().theme();
                }
            }
        }
        assertNotNull(learner);
        String learnerId = learner.record().claim().id();
        ws.annotations().execute(new Change.AddCorrection(
                new CorrectionRequest.RemoveTheme(taught.claim().id(), theme)));
        ws.themes().retag(ProgressListener.NONE, Cancellation.NEVER);
        assertFalse(themesOf(learnerId).contains(theme), learnerId + " nearer to the claim " + theme
                + " was taken off than to its examples: " + themesOf(learnerId));
    }

    @Test
    @Order(5)
    void aWorkspaceFromBeforeThemesByMeaningIsThemedByTheNextEmbeddingRunThoughNothingIsEmbedded() throws Exception {
        assertFalse(ws.themes().themesWaitForMeaning(), "nothing waits after a run");
        // a workspace indexed and embedded by an older Rapporteur has no list: every report is taken to wait
        Files.delete(dir.resolve("ws").resolve(KeywordThemedReports.FILE));
        assertTrue(ws.themes().themesWaitForMeaning(), "the workbench starts a run on opening it");
        List<String> progress = new ArrayList<>();
        assertEquals(0, ws.meaning().embedMissing((done, total, msg) -> progress.add(msg), Cancellation.NEVER));
        assertTrue(progress.stream().anyMatch(m -> m.startsWith("Theming claims by meaning: ")), progress.toString());
        assertFalse(ws.themes().themesWaitForMeaning());
    }

    @Test
    @Order(6)
    void aRuleKeepsItsThemeThroughACorrectionOfTheReport() {
        ws.themes().addRule("Security/Proxies", "\"non-state actors\" OR proxies");
        ws.themes().retag(ProgressListener.NONE, Cancellation.NEVER);
        ClaimRecord ruled = ws.corpus().search(org.rapporteur.model.SearchRequest.of("theme:proxies", 1)).hits()
                .getFirst().record();
        ClaimRecord other = ws.corpus().claimsOf(ruled.claim().reportId()).stream()
                .filter(r -> !r.claim().id().equals(ruled.claim().id())).findFirst().orElseThrow();
        ws.annotations().execute(new Change.AddCorrection(
                new CorrectionRequest.AddTheme(other.claim().id(), "Society/Education")));
        assertTrue(ws.corpus().claim(ruled.claim().id()).orElseThrow().claim().enrichment().themes().stream()
                .anyMatch(m -> m.theme().equals("Security/Proxies")
                        && m.evidence().getFirst().startsWith("rule: ")), "the rule's theme stays");
        assertTrue(themesOf(other.claim().id()).contains("Society/Education"));
        // the new coding may teach claims of other reports at this re-tag; the corrected report is already as it gives
        Map<String, List<ThemeMatch>> report = themesOfReport(ruled.claim().reportId());
        ws.themes().retag(ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(report, themesOfReport(ruled.claim().reportId()),
                "re-theming the one report gave what a whole re-tag gives");
    }

    @Test
    @Order(7)
    void aThemeTheAnalystAddsKeepsTheClaimsThemesByMeaning() {
        // a claim themed by meaning with one theme, given a second theme it was not given
        List<ClaimRecord> claims = new ArrayList<>();
        ws.corpus().forEachClaim("", claims::add);
        ClaimRecord claim = claims.stream()
                .filter(r -> r.claim().enrichment().themes().size() == 1
                        && byMeaning(r.claim().enrichment().themes().getFirst()))
                .findFirst().orElseThrow();
        String before = claim.claim().enrichment().themes().getFirst().theme();
        String added = before.equals("Society/Education") ? "Economy/Energy" : "Society/Education";
        ws.annotations().execute(new Change.AddCorrection(new CorrectionRequest.AddTheme(claim.claim().id(), added)));

        List<ThemeMatch> after = ws.corpus().claim(claim.claim().id()).orElseThrow().claim().enrichment().themes();
        assertEquals(List.of(before, added), after.stream().map(ThemeMatch::theme).toList(),
                "the claim is not its own example: its coding does not crowd out what it was themed with");
        assertEquals(List.of("analyst correction"), after.get(1).evidence());
        ws.themes().retag(ProgressListener.NONE, Cancellation.NEVER); // teaches other reports; this claim stays
        assertEquals(List.of(before, added), themesOf(claim.claim().id()));
    }

    private static long meaningThemesOf(String reportId) {
        return ws.corpus().claimsOf(reportId).stream().flatMap(r -> r.claim().enrichment().themes().stream())
                .filter(ThemesByMeaningTest::byMeaning).count();
    }

    private static Map<String, List<ThemeMatch>> themesOfReport(String reportId) {
        Map<String, List<ThemeMatch>> out = new HashMap<>();
        ws.corpus().claimsOf(reportId).forEach(r -> out.put(r.claim().id(), r.claim().enrichment().themes()));
        return out;
    }

    private static List<String> themesOf(String claimId) {
        return ws.corpus().claim(claimId).orElseThrow().claim().enrichment().themeNames();
    }
}
