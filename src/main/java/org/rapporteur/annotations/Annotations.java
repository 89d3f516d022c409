package org.rapporteur.annotations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.rapporteur.model.PersonDecision;

/**
 * The analyst's work as the CLI and the workbench see it: the codebook, codings, notes, links and corrections, the
 * undoable changes that make them, and, for a team, the connection and who else is there. Implemented by the
 * {@link AnnotationStore}, which the faces never name (ADR 0001, ADR 0044); the workspace hands it out with its
 * listener that keeps the index in step already registered, so a change made here is in the index when
 * {@link #execute} returns. Thread-safe.
 */
public interface Annotations {

    // ---- changes, undo and redo

    /** Records one undoable change; listeners (the index among them) have heard of it when this returns. */
    ChangeEvent execute(Change change);

    /** Many changes as one: one transaction, one undo step; empty when the steps changed nothing. */
    Optional<ChangeEvent> executeAll(String summary, BatchSteps steps);

    /** As above, checking claims against {@code known} (what the caller has read already) before the index. */
    Optional<ChangeEvent> executeAll(String summary, ClaimResolver known, BatchSteps steps);

    Optional<ChangeEvent> undo();

    Optional<ChangeEvent> redo();

    boolean canUndo();

    boolean canRedo();

    List<HistoryEntry> history(int limit);

    /** Hears every change, this process's and (once {@link #watchOtherProcesses()} runs) others'; the handle removes it. */
    AutoCloseable addListener(Consumer<ChangeEvent> listener);

    /**
     * Follows the changes other processes make (the workbench does; a one-shot CLI command need not): on a team's
     * store as they commit, with a slow poll as a safety net; on a single-user workspace a poll every half second.
     */
    void watchOtherProcesses();

    // ---- the codebook and the work

    List<Tag> tags();

    List<TagNode> tagTree();

    /** The tag with this id, if the codebook has it. */
    Optional<Tag> tag(long tagId);

    /** A tag by id, path or unique name; refuses unknown and ambiguous references with a clear message. */
    Tag resolveTag(String ref);

    /** The codebook's colour ({@code #RRGGBB}) of every tag, by tag path: for chips and marks. */
    default Map<String, String> tagColoursByPath() {
        Map<String, String> colours = new HashMap<>();
        for (Tag t : tags()) {
            colours.put(t.path(), t.colour());
        }
        return Map.copyOf(colours);
    }

    /** The codings on a claim (not orphaned). */
    List<Coding> codings(String claimId);

    /** Codings with this tag, and with its sub-tags when {@code includeSubTags}. */
    List<Coding> codingsByTag(long tagId, boolean includeSubTags);

    /** Every coding anchored in a report, orphans included. */
    List<Coding> codingsByReport(String reportId);

    /** Tag ids on every coded claim (claim and selection codings, no orphans): what code suggestions vote with. */
    Map<String, Set<Long>> tagIdsByClaim();

    /** Tags refused as suggestions for this claim. */
    Set<Long> rejectedTagIds(String claimId);

    /** Claims for which this tag was refused as a suggestion. */
    Set<String> rejectedClaimIds(long tagId);

    /** Notes on exactly this target (for a claim: notes anchored on it). */
    List<Note> notes(Target target);

    /** Every note on a report: on the report itself, its claims and selections in it. */
    List<Note> notesByReport(String reportId);

    /** Links from or to a claim. */
    List<Link> links(String claimId);

    List<Correction> corrections();

    List<Orphan> orphans();

    /** The id a report has now, following re-ingests of a changed file (orphans keep the id they were made on). */
    String currentReportId(String reportId);

    /** The analyst's merges and splits of people, oldest first. */
    List<PersonDecision> personDecisions();

    // ---- who and where (issue 17)

    /** True when the annotations live in a team's database on PostgreSQL. */
    boolean isTeam();

    /** The name this workspace's changes are recorded under (the analyst). */
    String user();

    /** Where the annotations are: a file path, or {@code postgresql://user@host:port/db} (never a password). */
    String location();

    /** The connection to the team's server (always LOCAL for a single-user workspace). */
    StoreHealth health();

    /** Hears every change of {@link #health()}, on the thread that noticed it; the handle removes the listener. */
    AutoCloseable addHealthListener(Consumer<StoreHealth> listener);

    /** Who has the team's store open now, this workbench included (empty for a single-user workspace). */
    List<TeamMember> members();

    /** Changes made while the team's server was away that it refused when it was back, with the reason. */
    List<UnwrittenChange> unwrittenChanges();

    /** The analyst has seen {@link #unwrittenChanges()}: the list is cleared. */
    void forgetUnwrittenChanges();

    /** The edit of a tag or note that change {@code changeId} replaced, and its replacement: the conflict notice. */
    Optional<OverwrittenEdit> overwritten(long changeId);

    /** Puts back the edit that change {@code changeId} replaced, as one new undoable change. */
    ChangeEvent putBack(long changeId);
}
