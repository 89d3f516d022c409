package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.Coding;
import org.rapporteur.annotations.CorrectionRequest;
import org.rapporteur.annotations.LinkType;
import org.rapporteur.annotations.Note;
import org.rapporteur.annotations.Target;
import org.rapporteur.enrich.ReportEnricher;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Ids;
import org.rapporteur.model.Report;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.SharedData;

/**
 * The analyst's work survives a better extractor: annotate the sample corpus, re-index with different claim
 * boundaries, and every coding, note, link and correction is still on the same words.
 */
class AnnotationSurvivalTest {
    /** A stand-in for changed extraction rules: every two neighbouring claims become one. */
    private static Report mergePairs(Report r) {
        List<Claim> out = new ArrayList<>();
        List<Claim> in = r.claims();
        for (int i = 0; i < in.size(); i += 2) {
            Claim a = in.get(i);
            Claim b = i + 1 < in.size() ? in.get(i + 1) : a;
            int start = a.start();
            int end = b.end();
            out.add(new Claim(Ids.claimId(r.id(), start, end), r.id(), start, end,
                    r.source().text().substring(start, end), a.page(), a.sectionPath(), a.kind(), a.attribution(),
                    a.enrichment()));
        }
        return r.withClaims(out);
    }

    @Test
    void codingsNotesLinksAndCorrectionsKeepTheirWordsAcrossReExtraction(@TempDir Path dir) {
        try (Workspace ws = Workspace.open(dir)) {
            ws.index(List.of(SharedData.corpus()), ProgressListener.NONE, Cancellation.NEVER);
            List<ClaimRecord> picked = new ArrayList<>();
            ws.corpus().forEachClaim("", r -> {
                if (picked.size() < 6 && r.claim().text().length() > 60 && r.claim().start() % 3 == 0) {
                    picked.add(r);
                }
            });
            assertEquals(6, picked.size());
            Annotations a = ws.annotations();
            long tag = a.execute(new Change.CreateTag("Watch")).entityId();
            for (ClaimRecord r : picked) {
                a.execute(new Change.AddCoding(tag, Target.claim(r.claim().id())));
            }
            a.execute(new Change.AddNote(Target.claim(picked.get(0).claim().id()), "check the source"));
            a.execute(new Change.AddLink(picked.get(1).claim().id(), picked.get(2).claim().id(),
                    LinkType.CONTRADICTS, null));
            a.execute(new Change.AddCorrection(new CorrectionRequest.SetSpeaker(picked.get(3).claim().id(),
                    "Zara Testwoman", "Analyst", null, null)));
            assertEquals(6, ws.corpus().search(SearchRequest.of("tag:watch", 50)).total());

            ws.useAnalyser(new ReportAnalyser(ReportEnricher.withDefaults(ws.textAnalyzer()),
                    AnnotationSurvivalTest::mergePairs));
            var summary = ws.index(List.of(SharedData.corpus()), ProgressListener.NONE, Cancellation.NEVER, true);
            assertEquals(5, summary.indexed());

            assertTrue(a.orphans().isEmpty(), () -> "orphans: " + a.orphans());
            for (ClaimRecord r : picked) {
                String words = r.claim().text();
                List<Coding> codings = a.codingsByReport(r.claim().reportId()).stream()
                        .filter(c -> c.anchor().quote().exact().equals(words)).toList();
                assertEquals(1, codings.size(), "coding on: " + words);
                Coding c = codings.getFirst();
                assertEquals(r.claim().start(), c.anchor().position().start());
                String newClaimId = c.anchor().claimId();
                assertNotEquals(null, newClaimId);
                ClaimRecord now = ws.corpus().claim(newClaimId).orElseThrow();
                assertTrue(now.claim().text().contains(words), "the new claim holds the words");
                assertTrue(now.tags().contains("Watch"), "the tag facet follows the coding");
            }
            Note note = a.notes(Target.claim(ws.corpus().claim(a.codingsByReport(picked.get(0).claim().reportId()).stream()
                    .filter(c -> c.anchor().quote().exact().equals(picked.get(0).claim().text())).findFirst()
                    .orElseThrow().anchor().claimId()).orElseThrow().claim().id())).getFirst();
            assertEquals("check the source", note.text());
            assertEquals(picked.get(0).claim().text(), note.anchor().quote().exact());
            assertTrue(ws.corpus().search(SearchRequest.of("speaker:Testwoman", 10)).total() >= 1,
                    "the correction survives re-extraction");
        }
    }
}
