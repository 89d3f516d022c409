package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.Correction;
import org.rapporteur.annotations.CorrectionKind;
import org.rapporteur.export.ExportFormat;
import org.rapporteur.export.ExportOptions;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.RapporteurException;
import org.rapporteur.model.ReviewPage;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.SharedData;

/**
 * The review over the indexed sample reports: the claims to review come from the index worst first; answering one
 * takes it off; a label renamed for a report reaches all its claims there, survives a forced re-index, is exported
 * with the claims (JSON-LD speaker bodies), and is undone in one step.
 */
class AttributionReviewTest {
    @TempDir
    Path dir;

    /** The report with the most claims to review credited to one label, and that label. */
    private static Map.Entry<String, String> busiestLabel(ReviewPage page) {
        Map<List<String>, Long> counts = page.claims().stream().collect(Collectors.groupingBy(
                r -> List.of(r.claim().reportId(), r.claim().attribution().creditedName()), Collectors.counting()));
        List<String> top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return Map.entry(top.get(0), top.get(1));
    }

    @Test
    void listsWorstFirstAndAnswersTakeClaimsOff() {
        try (AnnotatedCorpus w = AnnotatedCorpus.empty(dir)) {
            AttributionReview review = new AttributionReview(w.workspace);
            ReviewPage page = review.claimsToReview(AttributionReview.DEFAULT_LIMIT);
            assertTrue(page.total() > 5, "the samples have weak attributions: " + page.total());
            assertEquals(page.total(), page.claims().size());
            assertEquals(page.total(), review.count());
            List<Double> doubts = page.claims().stream().map(r -> r.claim().attribution().doubt()).toList();
            assertEquals(doubts.stream().sorted(Comparator.reverseOrder()).toList(), doubts, "worst first");
            assertTrue(doubts.stream().allMatch(d -> d >= AttributionReview.DOUBT_THRESHOLD));
            // negative: every claim not listed is above the line
            long confident = w.workspace.corpus().forEachClaim("", r -> { });
            long[] above = {0};
            w.workspace.corpus().forEachClaim("", r -> {
                if (!AttributionReview.needsReview(r.claim().attribution())) {
                    above[0]++;
                }
            });
            assertEquals(confident - page.total(), above[0]);

            ClaimRecord first = page.claims().getFirst();
            review.accept(first);
            ClaimRecord accepted = w.workspace.corpus().claim(first.claim().id()).orElseThrow();
            assertEquals(first.claim().attribution().creditedName(), accepted.claim().attribution().creditedName(),
                    "accepting keeps the name (and a body stays a body)");
            assertEquals((first.claim().attribution().speaker() == null),
                    (accepted.claim().attribution().speaker() == null));
            assertEquals(1.0, accepted.claim().attribution().confidence());
            assertEquals(page.total() - 1, review.count());

            ClaimRecord second = page.claims().get(1);
            review.setSpeaker(second.claim().id(), "Alice Jones");
            assertEquals("Alice Jones", w.workspace.corpus().claim(second.claim().id()).orElseThrow().claim().attribution()
                    .speakerName());
            assertEquals(page.total() - 2, review.count());
            // a claim with a runner-up takes it; one with none is refused with a sentence
            ClaimRecord withSecond = page.claims().stream().skip(2)
                    .filter(r -> r.claim().attribution().runnerUp() != null).findFirst().orElseThrow();
            String secondName = withSecond.claim().attribution().runnerUp().name();
            review.takeRunnerUp(withSecond);
            assertEquals(secondName, w.workspace.corpus().claim(withSecond.claim().id()).orElseThrow().claim().attribution()
                    .creditedName());
            page.claims().stream().skip(2).filter(r -> r.claim().attribution().runnerUp() == null).findFirst()
                    .ifPresent(none -> assertThrows(RapporteurException.class, () -> review.takeRunnerUp(none)));
            assertThrows(RapporteurException.class, () -> review.setSpeaker(second.claim().id(), " "));

            w.workspace.annotations().undo();
            assertEquals(page.total() - 2, review.count(), "undo puts the runner-up's claim back");
            w.workspace.annotations().undo();
            assertEquals(page.total() - 1, review.count(), "undo puts the typed speaker's claim back");
        }
    }

    @Test
    void aLabelRenamedOnceCoversTheReportSurvivesReIndexIsExportedAndUndoneInOneStep() throws Exception {
        try (AnnotatedCorpus w = AnnotatedCorpus.empty(dir.resolve("ws"))) {
            AttributionReview review = new AttributionReview(w.workspace);
            ReviewPage page = review.claimsToReview(AttributionReview.DEFAULT_LIMIT);
            Map.Entry<String, String> busiest = busiestLabel(page);
            String reportId = busiest.getKey();
            String label = busiest.getValue();
            long credited = review.countCredited(reportId, label);
            assertTrue(credited >= 3, label + " has " + credited + " claims");
            Map<String, String> otherReports = w.workspace.corpus().reports().stream().filter(r -> !r.id().equals(reportId))
                    .flatMap(r -> w.workspace.corpus().claimsOf(r.id()).stream())
                    .collect(Collectors.toMap(r -> r.claim().id(), r -> String.valueOf(r.claim().attribution()
                            .creditedName())));

            review.relabel(reportId.substring(0, 10), label.toUpperCase(java.util.Locale.ROOT), "Alice Jones");
            List<Correction> records = w.workspace.annotations().corrections();
            assertEquals(1, records.size(), "one record for all the claims");
            assertEquals(CorrectionKind.RELABEL_SPEAKER, records.getFirst().kind());
            assertRenamed(w, reportId, label, credited);
            assertEquals(0, review.countCredited(reportId, label));
            assertTrue(review.claimsToReview(AttributionReview.DEFAULT_LIMIT).claims().stream().noneMatch(r ->
                    r.claim().reportId().equals(reportId) && label.equals(r.claim().attribution().creditedName())),
                    "the renamed claims left the review");
            assertTrue(review.count() < page.total());
            // negative: the other reports are untouched
            for (var r : w.workspace.corpus().reports()) {
                if (!r.id().equals(reportId)) {
                    for (ClaimRecord c : w.workspace.corpus().claimsOf(r.id())) {
                        assertEquals(otherReports.get(c.claim().id()), String.valueOf(c.claim().attribution()
                                .creditedName()));
                    }
                }
            }

            // a forced re-index analyses every file again: the record applies to the fresh claims
            w.workspace.index(List.of(SharedData.corpus()), ProgressListener.NONE, Cancellation.NEVER, true);
            assertRenamed(w, reportId, label, credited);

            // exported with the claims: the JSON-LD names the corrected speaker
            Path out = dir.resolve("report.jsonld");
            new ExportService(w.workspace).export(new ExportSelection.Report(reportId), ExportFormat.byKey("jsonld"),
                    ExportOptions.DEFAULT, out, ProgressListener.NONE, Cancellation.NEVER);
            JsonNode doc = new ObjectMapper().readTree(Files.readString(out));
            long bodies = doc.findValues("value").stream().filter(v -> v.asText().equals("Alice Jones")).count();
            assertTrue(bodies >= credited, "speaker bodies: " + bodies);
            assertFalse(Files.readString(out).contains("\"value\" : \"" + label + "\""),
                    "the old label is no longer a speaker in the export");

            // one undo step takes the whole rename back
            w.workspace.annotations().undo().orElseThrow();
            assertTrue(w.workspace.annotations().corrections().isEmpty());
            assertEquals(credited, review.countCredited(reportId, label));
            assertEquals(0, review.countCredited(reportId, "Alice Jones"));
        }
    }

    private static void assertRenamed(AnnotatedCorpus w, String reportId, String label, long credited) {
        Map<String, ClaimRecord> claims = w.workspace.corpus().claimsOf(reportId).stream()
                .collect(Collectors.toMap(r -> r.claim().id(), Function.identity()));
        List<ClaimRecord> renamed = claims.values().stream()
                .filter(r -> "Alice Jones".equals(r.claim().attribution().speakerName())).toList();
        assertEquals(credited, renamed.size());
        for (ClaimRecord r : renamed) {
            assertEquals(AttributionMethod.CORRECTION, r.claim().attribution().method());
            assertEquals(1.0, r.claim().attribution().confidence());
            assertTrue(r.claim().attribution().reason().contains("extractor said " + label),
                    r.claim().attribution().reason());
        }
    }

    @Test
    void reportsAreFoundByIdPrefixOrFileNameAndUnknownOnesRefused() {
        try (AnnotatedCorpus w = AnnotatedCorpus.empty(dir)) {
            AttributionReview review = new AttributionReview(w.workspace);
            var r = w.reports.getFirst();
            assertEquals(r.id(), review.findReport(r.id()).id());
            assertEquals(r.id(), review.findReport(r.id().substring(0, 8)).id());
            assertEquals(r.id(), review.findReport(r.source()).id());
            assertThrows(RapporteurException.class, () -> review.findReport("zzzzzzzz"));
            assertEquals(r.id(), review.findReport(r.id().substring(0, 3)).id(),
                    "any unique prefix names the report (ADR 0020)");
            assertThrows(RapporteurException.class, () -> review.relabel(r.id(), "", "Alice Jones"));
        }
    }
}
