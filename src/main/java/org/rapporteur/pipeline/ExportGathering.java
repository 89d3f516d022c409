package org.rapporteur.pipeline;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.rapporteur.annotations.Anchor;
import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.Coding;
import org.rapporteur.annotations.Link;
import org.rapporteur.annotations.Note;
import org.rapporteur.annotations.Tag;
import org.rapporteur.export.ExportBundle;
import org.rapporteur.export.ExportInfo;
import org.rapporteur.export.ReportEntry;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Problem;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/**
 * One export's gathering: the claims the selection names ({@link ExportRows}), the annotations on them, the claims
 * those annotations point to besides, and the reports all of it lies in ({@link ExportReports}). Used once.
 */
final class ExportGathering {
    private final Workspace workspace;
    private final AnnotationStore store;
    private final ExportSelection selection;
    private final ProgressListener progress;
    private final Cancellation cancel;
    private final List<Problem> problems = new ArrayList<>();
    private final ExportRows rows;
    private final ExportReports reports;

    ExportGathering(Workspace workspace, AnnotationStore store, ExportSelection selection, boolean texts,
                    ProgressListener progress, Cancellation cancel) {
        this.workspace = workspace;
        this.store = store;
        this.selection = selection;
        this.progress = progress;
        this.cancel = cancel;
        ExportContext context = new ExportContext(workspace, problems, progress, cancel);
        this.rows = new ExportRows(context, store);
        this.reports = new ExportReports(context, texts);
    }

    ExportBundle run() {
        List<Tag> tags = store.tags();
        List<Coding> allCodings = store.codings();
        List<Note> allNotes = store.notes();
        List<Link> allLinks = store.links();
        progress.progress(0, -1, "Collecting claims");
        ExportRows.Scope scope = rows.select(selection, tags, allCodings, allNotes);
        List<Coding> codings = scope.codings();
        List<Link> links = scope.everything() ? allLinks : allLinks.stream()
                .filter(l -> rows.holds(l.source()) || rows.holds(l.target())).toList();
        Set<String> reportIds = reportsOf(codings, links);
        List<Note> notes = allNotes.stream().filter(noteInScope(scope, reportIds)).toList();
        notes.forEach(n -> {
            if (n.anchor() != null) {
                reportIds.add(n.anchor().reportId());
            } else if (n.reportId() != null) {
                reportIds.add(n.reportId());
            }
        });
        Map<String, ClaimRecord> context = context(codings, notes, links);
        List<ReportEntry> reportEntries = reports.read(reportIds);
        ExportInfo info = new ExportInfo(ExportTitles.of(selection, rows.records()), selection.describe(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), ExportInfo.GENERATOR, store.user());
        return new ExportBundle(info, reportEntries, List.copyOf(rows.records()), List.copyOf(context.values()),
                tags.stream().map(AnnotationDtos::tag).toList(),
                codings.stream().map(AnnotationDtos::coding).toList(),
                notes.stream().map(AnnotationDtos::note).toList(),
                links.stream().map(AnnotationDtos::link).toList(), problems);
    }

    /** The reports of the rows, then of the codings and links, in that order. */
    private Set<String> reportsOf(List<Coding> codings, List<Link> links) {
        Set<String> reportIds = new LinkedHashSet<>();
        rows.records().forEach(c -> reportIds.add(c.claim().reportId()));
        codings.forEach(k -> reportIds.add(k.anchor().reportId()));
        links.forEach(l -> {
            reportIds.add(l.source().reportId());
            reportIds.add(l.target().reportId());
        });
        return reportIds;
    }

    /**
     * Which notes go with the selection: on a coded span or (outside a tag's export) on a row or in the report
     * exported; on a report exported; on a speaker of a row; on a tag in scope or used. All of them for {@code --all}.
     */
    private Predicate<Note> noteInScope(ExportRows.Scope scope, Set<String> reportIds) {
        Set<Long> usedTags = new HashSet<>();
        scope.codings().forEach(k -> usedTags.add(k.tagId()));
        Set<String> codedSpans = new HashSet<>();
        scope.codings().forEach(k -> codedSpans.add(span(k.anchor())));
        Set<String> speakers = new HashSet<>();
        rows.records().forEach(c -> {
            String s = c.claim().attribution().speakerName();
            if (s != null) {
                speakers.add(s.toLowerCase(Locale.ROOT));
            }
        });
        boolean all = scope.everything();
        Set<Long> tagsInScope = scope.tags();
        String report = scope.report();
        return n -> switch (n.targetKind()) {
            case CLAIM, SELECTION -> all || codedSpans.contains(span(n.anchor())) || (tagsInScope == null
                    && (rows.holds(n.anchor()) || (report != null && report.equals(n.anchor().reportId()))));
            case REPORT -> all || reportIds.contains(n.reportId());
            case PERSON -> all || speakers.contains(n.person().toLowerCase(Locale.ROOT));
            case TAG -> all || (tagsInScope != null ? tagsInScope.contains(n.tagId()) : usedTags.contains(n.tagId()));
        };
    }

    /** The claims the exported annotations point to that are not rows themselves, so an export can quote them. */
    private Map<String, ClaimRecord> context(List<Coding> codings, List<Note> notes, List<Link> links) {
        List<Anchor> referenced = new ArrayList<>();
        codings.forEach(k -> referenced.add(k.anchor()));
        notes.stream().filter(n -> n.anchor() != null).forEach(n -> referenced.add(n.anchor()));
        links.forEach(l -> {
            referenced.add(l.source());
            referenced.add(l.target());
        });
        Map<String, ClaimRecord> context = new LinkedHashMap<>();
        for (Anchor a : referenced) {
            String id = a.claimId();
            if (id != null && !rows.contains(id) && !context.containsKey(id)) {
                cancel.check();
                workspace.corpus().claim(id).ifPresent(c -> context.put(id, c));
            }
        }
        return context;
    }

    private static String span(Anchor a) {
        return a == null ? "" : a.reportId() + ":" + a.position().start() + ":" + a.position().end();
    }
}
