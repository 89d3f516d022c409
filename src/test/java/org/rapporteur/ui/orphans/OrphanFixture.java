package org.rapporteur.ui.orphans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.Target;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/**
 * Makes two real orphans: indexes an invented one-file corpus, tags one selection and notes another, rewrites the
 * file without those words and indexes it again.
 */
final class OrphanFixture {
    static final String BEFORE = """
            Quarterly Review of Imaginary Harbour Policy

            The harbour authority of Velmora expects container traffic to double by the end of the decade, \
            according to its latest planning memo.

            Officials said the new breakwater will be finished before the autumn storms, although the engineers \
            on the site remain openly sceptical about that schedule.

            The regional council argued that fishing cooperatives must keep access to the northern quay during \
            the whole construction period.
            """;
    static final String AFTER = """
            Quarterly Review of Imaginary Harbour Policy

            The harbour authority of Velmora expects container traffic to double by the end of the decade, \
            according to its latest planning memo.

            Ferry operators complained about timetables printed only in small type on yellowing paper.

            The regional council argued that fishing cooperatives must keep access to the northern quay during \
            the whole construction period.
            """;

    static final String TAGGED = "new breakwater will be finished before the autumn storms";
    static final String NOTED = "remain openly sceptical";

    record Made(ReportSummary before, ReportSummary after) {
    }

    private OrphanFixture() {
    }

    static Made make(Workspace workspace, Path corpus) {
        try {
            Files.createDirectories(corpus);
            Path file = corpus.resolve("harbour-review.txt");
            Files.writeString(file, BEFORE);
            ReportSummary v1 = index(workspace, corpus);
            String text = workspace.corpus().reportText(v1.id()).orElseThrow();
            int t = text.indexOf(TAGGED);
            int n = text.indexOf(NOTED);
            assertTrue(t > 0 && n > 0);
            Annotations a = workspace.annotations();
            long tag = a.execute(new Change.CreateTag("Breakwater schedule")).entityId();
            a.execute(new Change.AddCoding(tag, Target.selection(v1.id(), t, t + TAGGED.length())));
            a.execute(new Change.AddNote(Target.selection(v1.id(), n, n + NOTED.length()), "ask the engineers"));
            Files.writeString(file, AFTER);
            return new Made(v1, index(workspace, corpus));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReportSummary index(Workspace workspace, Path corpus) {
        workspace.index(List.of(corpus), ProgressListener.NONE, Cancellation.NEVER);
        List<ReportSummary> reports = workspace.corpus().reports();
        assertEquals(1, reports.size());
        return reports.getFirst();
    }
}
