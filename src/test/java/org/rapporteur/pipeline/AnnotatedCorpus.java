package org.rapporteur.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.LinkType;
import org.rapporteur.annotations.Target;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.SharedData;

/**
 * A workspace indexed from the shared sample corpus, with an annotation store and a scripted set of annotations: a
 * codebook of four tags (one nested, one unused), five codings (four on claims, one on a selection), five notes (on a
 * claim, the selection, a report, a person and a tag) and two links across reports. Claims are picked by position,
 * so the script holds whatever the segmenter makes of the samples.
 */
final class AnnotatedCorpus implements AutoCloseable {
    final Workspace workspace;
    /** For reading everything at once; changes go through {@link Workspace#annotations()}. */
    final AnnotationStore store;
    final List<ReportSummary> reports;
    long security;
    long borders;
    long economy;
    long unused;
    ClaimRecord a;
    ClaimRecord b;
    ClaimRecord c;
    ClaimRecord d;
    Target.Selection selection;

    private AnnotatedCorpus(Path dir) {
        workspace = Workspace.open(dir);
        workspace.index(List.of(SharedData.corpus()), ProgressListener.NONE, Cancellation.NEVER);
        store = workspace.store();
        reports = workspace.corpus().reports();
    }

    /** An indexed workspace with an empty store. */
    static AnnotatedCorpus empty(Path dir) {
        return new AnnotatedCorpus(dir);
    }

    /** An indexed workspace with the scripted annotations. */
    static AnnotatedCorpus annotated(Path dir) {
        AnnotatedCorpus w = new AnnotatedCorpus(dir);
        w.script();
        return w;
    }

    /** The {@code n}-th claim of the {@code report}-th report that has at least 30 characters. */
    ClaimRecord claim(int report, int n) {
        return workspace.corpus().claimsOf(reports.get(report).id()).stream()
                .filter(r -> r.claim().text().strip().length() >= 30).skip(n).findFirst().orElseThrow();
    }

    private void script() {
        security = workspace.annotations().execute(new Change.CreateTag("Security", null, "#D62728", "Threats & responses"))
                .entityId();
        borders = workspace.annotations().execute(new Change.CreateTag("Borders", security, null, null)).entityId();
        economy = workspace.annotations().execute(new Change.CreateTag("Economy", null, "#2CA02C", null)).entityId();
        unused = workspace.annotations().execute(new Change.CreateTag("Unused")).entityId();
        a = claim(0, 1);
        b = claim(0, 2);
        c = claim(1, 0);
        d = claim(3, 0);
        ClaimRecord e = claim(2, 0);
        int start = e.claim().start();
        selection = new Target.Selection(e.claim().reportId(), start, start + 20);
        workspace.annotations().execute(new Change.AddCoding(security, Target.claim(a.claim().id())));
        workspace.annotations().execute(new Change.AddCoding(borders, Target.claim(b.claim().id())));
        workspace.annotations().execute(new Change.AddCoding(economy, Target.claim(c.claim().id())));
        workspace.annotations().execute(new Change.AddCoding(economy, selection));
        workspace.annotations().execute(new Change.AddCoding(borders, Target.claim(d.claim().id())));
        workspace.annotations().execute(new Change.AddNote(Target.claim(a.claim().id()), "Check against the second day's notes."));
        workspace.annotations().execute(new Change.AddNote(selection, "=cmd|' /C calc'!A0 looks like a formula"));
        workspace.annotations().execute(new Change.AddNote(new Target.Report(c.claim().reportId()), "A summary, not a transcript."));
        workspace.annotations().execute(new Change.AddNote(new Target.Person("Invented Person"), "Not a speaker of the samples."));
        workspace.annotations().execute(new Change.AddNote(new Target.Tag(security), "Hard security only <b>not</b> economics."));
        workspace.annotations().execute(new Change.AddLink(a.claim().id(), c.claim().id(), LinkType.SUPPORTS, "Same argument."));
        workspace.annotations().execute(new Change.AddLink(d.claim().id(), b.claim().id(), LinkType.CONTRADICTS, null));
    }

    @Override
    public void close() {
        workspace.close();
    }
}
