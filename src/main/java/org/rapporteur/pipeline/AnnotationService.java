package org.rapporteur.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.ChangeEvent;
import org.rapporteur.annotations.Coding;
import org.rapporteur.annotations.HistoryEntry;
import org.rapporteur.annotations.Link;
import org.rapporteur.annotations.Note;
import org.rapporteur.annotations.Orphan;
import org.rapporteur.annotations.ReconciledReport;
import org.rapporteur.annotations.Tag;
import org.rapporteur.annotations.TagNode;
import org.rapporteur.annotations.Target;
import org.rapporteur.index.ClaimIndex;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Report;
import org.rapporteur.model.ReportMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analyst's work, kept in step with the index: every change goes through {@link #execute(Change)} (or undo and
 * redo) into the {@link AnnotationStore}, and the claims it touches are re-written in the index (user tags as a
 * searchable facet, corrections applied) before the call returns. Changes made by another process on the same
 * workspace are picked up by a watcher and applied the same way. Thread-safe.
 */
public final class AnnotationService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AnnotationService.class);

    private final AnnotationStore store;
    private final ClaimIndex index;
    private final ReportReloader reloader;

    /** Re-analyses one report from its file and replaces it in the index (for corrections). */
    interface ReportReloader {
        void reload(String reportId);
    }

    AnnotationService(AnnotationStore store, ClaimIndex index, ReportReloader reloader) {
        this.store = store;
        this.index = index;
        this.reloader = reloader;
        store.addListener(this::syncIndex);
    }

    /**
     * Follows the changes other processes make (the workbench does; a one-shot CLI command need not): on a team's
     * store they arrive as they commit (LISTEN/NOTIFY, with a slow poll as a safety net, and reconnecting when the
     * server comes back); on a single-user workspace a poll every half second.
     */
    public void watchOtherProcesses() {
        store.followChanges(store.isTeam() ? TEAM_SAFETY_POLL : Duration.ofMillis(500));
    }

    /** How often a team store polls although notifications push every change: only a safety net. */
    private static final Duration TEAM_SAFETY_POLL = Duration.ofSeconds(30);

    // ---- team mode (issue 17): what the status bar and the conflict notice show

    /** The connection to the team's server (always LOCAL for a single-user workspace). */
    public org.rapporteur.annotations.StoreHealth health() {
        return store.health();
    }

    /** Hears every change of {@link #health()}, on the thread that noticed it; the handle removes the listener. */
    public AutoCloseable addHealthListener(Consumer<org.rapporteur.annotations.StoreHealth> listener) {
        return store.addHealthListener(listener);
    }

    /** Who has the team's store open now, this workbench included (empty for a single-user workspace). */
    public List<org.rapporteur.annotations.TeamMember> members() {
        return store.members();
    }

    /** Changes made while the team's server was away that it refused when it was back, with the reason. */
    public List<org.rapporteur.annotations.UnwrittenChange> unwrittenChanges() {
        return store.unwrittenChanges();
    }

    /** The analyst has seen {@link #unwrittenChanges()}: the list is cleared. */
    public void forgetUnwrittenChanges() {
        store.forgetUnwrittenChanges();
    }

    /**
     * The edit of a tag or note that change {@code changeId} replaced ({@link ChangeEvent#overwrote()} names whose):
     * the replaced value and the replacement, for the conflict notice.
     */
    public Optional<org.rapporteur.annotations.OverwrittenEdit> overwritten(long changeId) {
        return store.overwritten(changeId);
    }

    /** Puts back the edit that change {@code changeId} replaced, as one new undoable change. */
    public ChangeEvent putBack(long changeId) {
        return store.putBack(changeId);
    }

    public ChangeEvent execute(Change change) {
        return store.execute(change);
    }

    /** Many changes as one: one transaction, one undo step (see {@link AnnotationStore#executeAll}). */
    public Optional<ChangeEvent> executeAll(String summary, org.rapporteur.annotations.BatchSteps steps) {
        return store.executeAll(summary, steps);
    }

    /** As above, checking claims against {@code known} (what the caller has read already) before the index. */
    public Optional<ChangeEvent> executeAll(String summary, org.rapporteur.annotations.ClaimResolver known,
                                            org.rapporteur.annotations.BatchSteps steps) {
        return store.executeAll(summary, known, steps);
    }

    public Optional<ChangeEvent> undo() {
        return store.undo();
    }

    public Optional<ChangeEvent> redo() {
        return store.redo();
    }

    public boolean canUndo() {
        return store.canUndo();
    }

    public boolean canRedo() {
        return store.canRedo();
    }

    public List<HistoryEntry> history(int limit) {
        return store.history(limit);
    }

    public AutoCloseable addListener(Consumer<ChangeEvent> listener) {
        return store.addListener(listener);
    }

    // ---- team mode (issue 17): what the workbench's team indicator shows, through the pipeline as the layers want

    /** True when the annotations live in a team's database on PostgreSQL. */
    public boolean isTeam() {
        return store.isTeam();
    }

    /** The name this workspace's changes are recorded under (the analyst). */
    public String user() {
        return store.user();
    }

    /** Where the annotations are: a file path, or {@code postgresql://user@host:port/db} (never a password). */
    public String location() {
        return store.location();
    }


    /** The analyst's merges and splits of people, oldest first. */
    public List<org.rapporteur.model.PersonDecision> personDecisions() {
        return store.personDecisions();
    }

    public List<Tag> tags() {
        return store.tags();
    }

    /** The codebook's colour ({@code #RRGGBB}) of every tag, by tag path: for chips and marks. */
    public java.util.Map<String, String> tagColoursByPath() {
        java.util.Map<String, String> colours = new java.util.HashMap<>();
        for (Tag t : store.tags()) {
            colours.put(t.path(), t.colour());
        }
        return java.util.Map.copyOf(colours);
    }

    public List<TagNode> tagTree() {
        return store.tagTree();
    }

    /** A tag by id, path or unique name; refuses unknown and ambiguous references with a clear message. */
    public Tag resolveTag(String ref) {
        return store.resolveTag(ref);
    }

    public List<Coding> codings(String claimId) {
        return store.codingsByClaim(claimId);
    }

    public List<Coding> codingsByTag(long tagId, boolean includeSubTags) {
        return store.codingsByTag(tagId, includeSubTags);
    }

    /** The tag with this id, if the codebook has it. */
    public Optional<Tag> tag(long tagId) {
        return store.tag(tagId);
    }

    /** Tag ids on every coded claim (claim and selection codings, no orphans): what code suggestions vote with. */
    public Map<String, Set<Long>> tagIdsByClaim() {
        return store.tagIdsByClaim();
    }

    /** Tags refused as suggestions for this claim. */
    public Set<Long> rejectedTagIds(String claimId) {
        return store.rejectedTagIds(claimId);
    }

    /** Claims for which this tag was refused as a suggestion. */
    public Set<String> rejectedClaimIds(long tagId) {
        return store.rejectedClaimIds(tagId);
    }

    public List<Coding> codingsByReport(String reportId) {
        return store.codingsByReport(reportId);
    }

    public List<Note> notes(Target target) {
        return store.notes(target);
    }

    public List<Note> notesByReport(String reportId) {
        return store.notesByReport(reportId);
    }

    public List<Link> links(String claimId) {
        return store.linksByClaim(claimId);
    }

    public List<org.rapporteur.annotations.Correction> corrections() {
        return store.corrections();
    }

    public List<Orphan> orphans() {
        return store.orphans();
    }

    /** The id a report has now, following re-ingests of a changed file (orphans keep the id they were made on). */
    public String currentReportId(String reportId) {
        return store.currentReportId(reportId);
    }

    /** The store itself, for exporters that read everything at once. */
    AnnotationStore store() {
        return store;
    }

    /**
     * Prepares an analysed report for the index: moves annotations of the previous version (or of the previous
     * extraction) onto the new text and claims, applies the analyst's corrections, and adds the user tags.
     */
    List<ClaimRecord> prepare(Report report, List<String> previousIds) {
        String text = report.source().text();
        Set<String> annotated = store.annotatedReportIds();
        // The index names the version it last committed; the store may have moved the annotations on since, to a
        // version whose index commit a killed run never made. The alias that re-anchoring recorded leads there.
        String oldId = previousIds.stream()
                .flatMap(id -> java.util.stream.Stream.of(store.currentReportId(id), id))
                .filter(id -> !id.equals(report.id()) && annotated.contains(id))
                .findFirst().orElse(report.id());
        ReconciledReport reconciled = store.reconcile(oldId, report.id(), text, report.claims());
        log(reconciled.reanchoring());
        Map<String, List<String>> coders = store.codersByClaim(report.id());
        ReportMetadata m = report.metadata();
        List<ClaimRecord> out = new ArrayList<>(reconciled.claims().size());
        for (Claim c : reconciled.claims()) {
            out.add(new ClaimRecord(c, report.source().sourceName(), report.title(), m.organisation(), m.date(),
                    m.kind(), reconciled.tagPaths().getOrDefault(c.id(), List.of()),
                    coders.getOrDefault(c.id(), List.of())));
        }
        return out;
    }

    private static void log(org.rapporteur.annotations.ReanchorReport r) {
        if (r.moved() + r.fuzzy() + r.orphaned() > 0) {
            LOG.info("Re-anchored {} annotations of report {}: {} moved, {} by fuzzy match, {} orphaned",
                    r.anchors(), r.toReportId(), r.moved(), r.fuzzy(), r.orphaned());
        }
    }

    /** Brings the index in line with a change: corrections re-build their reports, other changes re-tag claims. */
    private void syncIndex(ChangeEvent e) {
        if (e.action() == ChangeEvent.Action.REANCHORED) {
            return; // re-anchoring happens while a report is being indexed, which writes its claims itself
        }
        if (isSharedCorpusChange(e)) {
            return; // the manifest and shared settings touch no claim: the theme service and sync listen for them
        }
        try {
            boolean corrections = e.correctionsChanged();
            if (corrections) {
                // a reload re-applies every correction and tag of the report; re-tagging would read the stale copy
                for (String reportId : e.reportIds()) {
                    reloader.reload(reportId);
                }
                index.commit();
                return;
            }
            // Each claim once: a codebook change re-tags every coded claim, which usually includes those named.
            Set<String> claims = new java.util.LinkedHashSet<>(e.claimIds());
            if (e.codebookChanged()) {
                claims.addAll(codedClaims());
            }
            Map<String, List<String>> tags = new HashMap<>();
            Map<String, List<String>> coders = new HashMap<>();
            for (String claimId : claims) {
                tags.put(claimId, store.tagPathsForClaim(claimId));
                coders.put(claimId, store.codersForClaim(claimId));
            }
            index.retag(tags, coders); // the tag and coded-by facets, refreshed together
            index.commit();
        } catch (RuntimeException ex) {
            LOG.warn("Updating the index after '{}' failed; the next index run repairs it", e.summary(), ex);
        }
    }

    /** True for a change of the team's manifest or shared settings (no claim's annotations change). */
    static boolean isSharedCorpusChange(ChangeEvent e) {
        return org.rapporteur.annotations.SharedCorpus.SETTING_CHANGED.equals(e.type())
                || org.rapporteur.annotations.SharedCorpus.MANIFEST_CHANGED.equals(e.type());
    }

    /** A renamed, moved or merged tag changes the paths on every claim coded with it or its children. */
    private Set<String> codedClaims() {
        Set<String> claims = new java.util.LinkedHashSet<>();
        for (Tag t : store.tags()) {
            for (Coding c : store.codingsByTag(t.id(), false)) {
                if (c.anchor().claimId() != null) {
                    claims.add(c.anchor().claimId());
                }
            }
        }
        return claims;
    }

    @Override
    public void close() {
        store.close();
    }
}
