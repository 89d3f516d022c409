package org.rapporteur.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rapporteur.annotations.AnnotationException;
import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.Coding;
import org.rapporteur.annotations.Link;
import org.rapporteur.annotations.Note;
import org.rapporteur.annotations.Tag;
import org.rapporteur.annotations.TargetKind;
import org.rapporteur.export.ExportBundle;
import org.rapporteur.export.ExportException;
import org.rapporteur.export.ExportFormat;
import org.rapporteur.export.ExportInfo;
import org.rapporteur.export.ExportOptions;
import org.rapporteur.export.ReportEntry;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Problem;
import org.rapporteur.model.ProblemKind;
import org.rapporteur.model.RapporteurException;
import org.rapporteur.model.Report;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports a selection of claims and the analyst's work on them: gathers an {@link ExportBundle} from the index and
 * the annotation store, and writes it in any {@link ExportFormat}. Writing goes to a temporary file next to the
 * target that replaces it only when complete, so a failed or cancelled export leaves no half-written file.
 * Thread-safe; long calls report progress and check the cancellation once per claim and per report.
 */
public final class ExportService {
    private static final Logger LOG = LoggerFactory.getLogger(ExportService.class);

    private final Workspace workspace;
    private final AnnotationStore store;

    /** An export service over the workspace's index and annotation store. */
    public ExportService(Workspace workspace) {
        this.workspace = workspace;
        this.store = workspace.store();
    }

    /** Gathers, then writes {@code file}; returns what went in. */
    public ExportResult export(ExportSelection selection, ExportFormat format, ExportOptions options, Path file,
                               ProgressListener progress, Cancellation cancel) {
        ExportBundle bundle = gather(selection, format.needsReportText(), progress, cancel);
        cancel.check();
        progress.progress(-1, -1, "Writing " + file.getFileName());
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            // Not createTempFile: its owner-only permissions would stick to the export after the move.
            tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(System.nanoTime())
                    + ".part");
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                write(bundle, format, options, out);
            }
            cancel.check();
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            long bytes = Files.size(target);
            LOG.debug("Exported {} claims as {} to {} ({} bytes)", bundle.claims().size(), format.key(), target, bytes);
            return new ExportResult(target, format, bytes, bundle.claims().size(), bundle.reports().size(),
                    bundle.tags().size(), bundle.codings().size(), bundle.notes().size(), bundle.links().size(),
                    bundle.problems());
        } catch (IOException e) {
            throw new ExportException("Cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    LOG.warn("Cannot remove the partial export {}", tmp, e);
                }
            }
        }
    }

    /** Writes a gathered bundle to a stream (for previews); the caller closes the stream. */
    public void write(ExportBundle bundle, ExportFormat format, ExportOptions options, OutputStream out) {
        try {
            format.exporter().write(bundle, options, out);
            out.flush();
        } catch (IOException e) {
            throw new ExportException("Cannot write the " + format.label() + " export: " + e.getMessage(), e);
        }
    }

    /** Collects the claims of a selection, the annotations on them and the reports they lie in, with their texts. */
    public ExportBundle gather(ExportSelection selection, ProgressListener progress, Cancellation cancel) {
        return gather(selection, true, progress, cancel);
    }

    /**
     * As {@link #gather(ExportSelection, ProgressListener, Cancellation)}; without {@code texts} the reports are not
     * re-read from their files (the slow part: about a second a report), which formats other than REFI-QDA and
     * JSON-LD do not need.
     */
    public ExportBundle gather(ExportSelection selection, boolean texts, ProgressListener progress,
                               Cancellation cancel) {
        try {
            return new Gathering(selection, texts, progress, cancel).run();
        } catch (AnnotationException e) {
            throw new ExportException(e.getMessage(), e);
        }
    }

    private final class Gathering {
        private final ExportSelection selection;
        private final boolean texts;
        private final ProgressListener progress;
        private final Cancellation cancel;
        private final Map<String, ClaimRecord> rows = new LinkedHashMap<>();
        private final List<Problem> problems = new ArrayList<>();

        Gathering(ExportSelection selection, boolean texts, ProgressListener progress, Cancellation cancel) {
            this.selection = selection;
            this.texts = texts;
            this.progress = progress;
            this.cancel = cancel;
        }

        ExportBundle run() {
            List<Tag> tags = store.tags();
            List<Coding> allCodings = store.codings();
            List<Note> allNotes = store.notes();
            List<Link> allLinks = store.links();
            progress.progress(0, -1, "Collecting claims");

            List<Coding> codings;
            Set<Long> tagScope = null;
            String reportScope = null;
            boolean everything = false;
            switch (selection) {
                case ExportSelection.Query q -> {
                    workspace.corpus().forEachClaim(q.query(), c -> {
                        cancel.check();
                        rows.put(c.claim().id(), c);
                    });
                    codings = onRows(allCodings);
                }
                case ExportSelection.Search q -> {
                    long total = workspace.corpus().search(q.request().withLimit(1)).total();
                    int max = ExportSelection.Search.MAX_SEARCH_ROWS;
                    if (total > max) {
                        problems.add(Problem.warning(q.describe(), ProblemKind.EXPORT_LIMIT,
                                "the search has " + total + " results; the"
                                + " first " + max + " are exported", "narrow the search"));
                    }
                    SearchRequest all = new SearchRequest(q.request().query(), q.request().filters(),
                            q.request().sort(), (int) Math.min(total, max), 0, 0);
                    for (ClaimHit h : workspace.corpus().search(all).hits()) {
                        cancel.check();
                        rows.put(h.record().claim().id(), h.record());
                    }
                    codings = onRows(allCodings);
                }
                case ExportSelection.Tag t -> {
                    Tag tag = store.resolveTag(t.tag());
                    codings = store.codingsByTag(tag.id(), true);
                    tagScope = subtree(tags, tag.id());
                    for (Coding k : codings) {
                        if (k.targetKind() == TargetKind.CLAIM && k.anchor().claimId() != null) {
                            addRow(k.anchor().claimId(), false);
                        }
                    }
                }
                case ExportSelection.Report r -> {
                    ReportSummary report = findReport(r.report());
                    reportScope = report.id();
                    for (ClaimRecord c : workspace.corpus().claimsOf(report.id())) {
                        rows.put(c.claim().id(), c);
                    }
                    String id = report.id();
                    codings = allCodings.stream().filter(k -> onRow(k.anchor()) || id.equals(k.anchor().reportId()))
                            .toList();
                }
                case ExportSelection.Coded c -> {
                    codings = allCodings;
                    for (Coding k : codings) {
                        if (k.targetKind() == TargetKind.CLAIM && k.anchor().claimId() != null) {
                            addRow(k.anchor().claimId(), false);
                        }
                    }
                }
                case ExportSelection.Claims c -> {
                    List<String> unknown = new ArrayList<>();
                    for (String id : c.claimIds()) {
                        if (!addRow(id.strip(), true)) {
                            unknown.add(id);
                        }
                    }
                    if (!unknown.isEmpty()) {
                        throw new ExportException("Unknown claim" + (unknown.size() == 1 ? " " : "s ")
                                + String.join(", ", unknown) + ".");
                    }
                    codings = onRows(allCodings);
                }
                case ExportSelection.All a -> {
                    everything = true;
                    codings = allCodings;
                    allCodings.forEach(k -> addAnchorRow(k.anchor(), k.targetKind()));
                    allNotes.forEach(n -> addAnchorRow(n.anchor(), n.targetKind()));
                }
            }
            Set<Long> usedTags = new HashSet<>();
            codings.forEach(k -> usedTags.add(k.tagId()));
            Set<String> codedSpans = new HashSet<>();
            codings.forEach(k -> codedSpans.add(span(k.anchor())));
            Set<String> speakers = new HashSet<>();
            rows.values().forEach(c -> {
                String s = c.claim().attribution().speakerName();
                if (s != null) {
                    speakers.add(s.toLowerCase(java.util.Locale.ROOT));
                }
            });

            List<Link> links = everything ? allLinks : allLinks.stream()
                    .filter(l -> onRow(l.source()) || onRow(l.target())).toList();
            Set<String> reportIds = new LinkedHashSet<>();
            rows.values().forEach(c -> reportIds.add(c.claim().reportId()));
            codings.forEach(k -> reportIds.add(k.anchor().reportId()));
            links.forEach(l -> {
                reportIds.add(l.source().reportId());
                reportIds.add(l.target().reportId());
            });

            final String scope = reportScope;
            final Set<Long> tagsInScope = tagScope;
            final boolean all = everything;
            List<Note> notes = allNotes.stream().filter(n -> switch (n.targetKind()) {
                case CLAIM, SELECTION -> all || codedSpans.contains(span(n.anchor())) || (tagsInScope == null
                        && (onRow(n.anchor()) || (scope != null && scope.equals(n.anchor().reportId()))));
                case REPORT -> all || reportIds.contains(n.reportId());
                case PERSON -> all || speakers.contains(n.person().toLowerCase(java.util.Locale.ROOT));
                case TAG -> all || (tagsInScope != null ? tagsInScope.contains(n.tagId())
                        : usedTags.contains(n.tagId()));
            }).toList();
            notes.forEach(n -> {
                if (n.anchor() != null) {
                    reportIds.add(n.anchor().reportId());
                } else if (n.reportId() != null) {
                    reportIds.add(n.reportId());
                }
            });

            Map<String, ClaimRecord> context = new LinkedHashMap<>();
            List<org.rapporteur.annotations.Anchor> referenced = new ArrayList<>();
            codings.forEach(k -> referenced.add(k.anchor()));
            notes.stream().filter(n -> n.anchor() != null).forEach(n -> referenced.add(n.anchor()));
            links.forEach(l -> {
                referenced.add(l.source());
                referenced.add(l.target());
            });
            for (var a : referenced) {
                String id = a.claimId();
                if (id != null && !rows.containsKey(id) && !context.containsKey(id)) {
                    cancel.check();
                    workspace.corpus().claim(id).ifPresent(c -> context.put(id, c));
                }
            }
            List<ReportEntry> reports = reports(reportIds);
            ExportInfo info = new ExportInfo(title(), selection.describe(),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), ExportInfo.GENERATOR, store.user());
            return new ExportBundle(info, reports, List.copyOf(rows.values()), List.copyOf(context.values()),
                    tags.stream().map(AnnotationDtos::tag).toList(),
                    codings.stream().map(AnnotationDtos::coding).toList(),
                    notes.stream().map(AnnotationDtos::note).toList(),
                    links.stream().map(AnnotationDtos::link).toList(), problems);
        }

        private List<Coding> onRows(List<Coding> all) {
            return all.stream().filter(k -> onRow(k.anchor())).toList();
        }

        private boolean onRow(org.rapporteur.annotations.Anchor a) {
            return a != null && a.claimId() != null && rows.containsKey(a.claimId());
        }

        private static String span(org.rapporteur.annotations.Anchor a) {
            return a == null ? "" : a.reportId() + ":" + a.position().start() + ":" + a.position().end();
        }

        private void addAnchorRow(org.rapporteur.annotations.Anchor a, TargetKind kind) {
            if (a != null && kind == TargetKind.CLAIM && a.claimId() != null && !a.orphan()) {
                addRow(a.claimId(), false);
            }
        }

        private boolean addRow(String claimId, boolean required) {
            if (rows.containsKey(claimId)) {
                return true;
            }
            cancel.check();
            Optional<ClaimRecord> c = workspace.corpus().claim(claimId);
            if (c.isPresent()) {
                rows.put(claimId, c.get());
                progress.progress(rows.size(), -1, "Collecting claims");
                return true;
            }
            if (!required) {
                problems.add(Problem.warning(claimId, ProblemKind.STALE_INDEX, "the claim is no longer in the index",
                        "re-index the corpus; its annotations are exported from their anchors"));
            }
            return false;
        }

        private Set<Long> subtree(List<Tag> tags, long root) {
            Map<Long, List<Long>> children = new HashMap<>();
            tags.forEach(t -> {
                if (t.parentId() != null) {
                    children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t.id());
                }
            });
            Set<Long> out = new LinkedHashSet<>();
            List<Long> todo = new ArrayList<>(List.of(root));
            while (!todo.isEmpty()) {
                long id = todo.removeLast();
                if (out.add(id)) {
                    todo.addAll(children.getOrDefault(id, List.of()));
                }
            }
            return out;
        }

        private ReportSummary findReport(String ref) {
            try {
                return workspace.findReport(ref);
            } catch (RapporteurException e) {
                throw new ExportException(e.getMessage(), e);
            }
        }

        /** Report summaries and texts, in library order; a report whose file changed becomes a problem. */
        private List<ReportEntry> reports(Set<String> ids) {
            Map<String, Integer> order = new HashMap<>();
            List<ReportSummary> library = workspace.corpus().reports();
            for (int i = 0; i < library.size(); i++) {
                order.put(library.get(i).id(), i);
            }
            List<String> sorted = new ArrayList<>(ids);
            sorted.sort(java.util.Comparator.comparingInt((String id) -> order.getOrDefault(id, Integer.MAX_VALUE))
                    .thenComparing(id -> id));
            List<ReportEntry> out = new ArrayList<>();
            int done = 0;
            for (String id : sorted) {
                cancel.check();
                progress.progress(done++, sorted.size(), "Reading report " + id.substring(0, Math.min(12,
                        id.length())));
                Optional<ReportSummary> summary = workspace.corpus().report(id);
                Optional<Report> report = summary.isPresent() && texts ? workspace.openReport(id)
                        : Optional.empty();
                if (summary.isEmpty()) {
                    problems.add(Problem.warning(id, ProblemKind.STALE_INDEX, "the report is not in the index",
                            "re-index the corpus; its annotations are exported from their anchors"));
                    summary = Optional.of(new ReportSummary(id, null, null, "report " + id.substring(0,
                            Math.min(12, id.length())), null, null, null, List.of(), 0, List.of()));
                } else if (report.isEmpty() && texts) {
                    problems.add(Problem.warning(summary.get().path(), ProblemKind.STALE_INDEX,
                            "the report's file changed or vanished since"
                            + " indexing", "re-index the corpus; REFI-QDA exports leave this report out"));
                }
                out.add(new ReportEntry(summary.get(), report.map(x -> x.source().text()).orElse(null),
                        report.map(x -> x.source().pages()).orElse(List.of())));
            }
            progress.progress(sorted.size(), sorted.size(), "Reports read");
            return out;
        }

        private String title() {
            return switch (selection) {
                case ExportSelection.Query q -> q.query() == null || q.query().isBlank() ? "All claims"
                        : "Claims matching “" + q.query() + "”";
                case ExportSelection.Search q -> q.request().query().isBlank() ? "Search results"
                        : "Claims matching “" + q.request().query() + "”";
                case ExportSelection.Tag t -> "Claims tagged “" + t.tag() + "”";
                case ExportSelection.Report r -> "Claims of " + rows.values().stream().findFirst()
                        .map(ClaimRecord::reportTitle).orElse(r.report());
                case ExportSelection.Coded c -> "Coded claims";
                case ExportSelection.Claims c -> "Chosen claims";
                case ExportSelection.All a -> "All annotations";
            };
        }
    }
}
