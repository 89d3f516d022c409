package org.rapporteur.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.rapporteur.annotations.AnnotationException;
import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.LinkType;
import org.rapporteur.annotations.Tag;
import org.rapporteur.annotations.Target;
import org.rapporteur.export.CodingEntry;
import org.rapporteur.export.ImportException;
import org.rapporteur.export.LinkEntry;
import org.rapporteur.export.NoteEntry;
import org.rapporteur.export.TagEntry;
import org.rapporteur.export.TargetType;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A planned import: the changes to make, in order, and the tallies. Planning places every anchor and skips what the
 * workspace has already (or the file repeats); nothing is written until {@link #execute}, which makes all the changes
 * as one batch. Used once.
 */
final class ImportPlan {
    private static final Logger LOG = LoggerFactory.getLogger(ImportPlan.class);

    /** One change to make; {@code createsTagPath} names the tag it creates, whose id later steps need. */
    private record Step(String describe, Function<Map<String, Long>, Change> change, String createsTagPath) {
    }

    private final Annotations annotations;
    private final Workspace workspace;
    private final AnnotationKeys existing;
    private final ImportTally tally = new ImportTally();
    private final List<String> unplaced = new ArrayList<>();
    private final AnchorPlacer placer;
    private final List<Step> steps = new ArrayList<>();
    private final Set<String> plannedKeys = new HashSet<>();

    ImportPlan(Workspace workspace, Annotations annotations) {
        this.workspace = workspace;
        this.annotations = annotations;
        this.existing = new AnnotationKeys(workspace.store());
        this.placer = new AnchorPlacer(workspace, tally, unplaced);
    }

    ImportTally tally() {
        return tally;
    }

    /** Plans the tags the codebook lacks, parents first; a path it has (in any case) is reused. */
    void tags(List<TagEntry> tags) {
        Map<Long, TagEntry> byId = new HashMap<>();
        tags.forEach(t -> byId.put(t.id(), t));
        List<TagEntry> ordered = new ArrayList<>(tags);
        ordered.sort(Comparator.comparingInt(TagEntry::depth));
        for (TagEntry t : ordered) {
            String key = t.path().toLowerCase(Locale.ROOT);
            if (existing.tag(key) != null) {
                tally.tagsExisting++;
                continue;
            }
            if (!plannedKeys.add("tag|" + key)) {
                continue;
            }
            String parentPath = t.parentId() == null || !byId.containsKey(t.parentId()) ? null
                    : byId.get(t.parentId()).path().toLowerCase(Locale.ROOT);
            tally.tagsCreated++;
            steps.add(new Step("create tag " + t.path(), ids -> new Change.CreateTag(t.name(),
                    parentPath == null ? null : tagId(parentPath, ids), t.colour(), t.description()), key));
        }
    }

    void coding(CodingEntry k) {
        AnchorPlacer.Placed p = placer.place(k.anchor(), k.target() == TargetType.CLAIM, "a coding with "
                + k.tagPath());
        if (p == null) {
            return;
        }
        String key = k.tagPath().toLowerCase(Locale.ROOT) + "|" + p.key();
        if (existing.hasCoding(key) || !plannedKeys.add("coding|" + key)) {
            tally.duplicates++;
            return;
        }
        String tagKey = k.tagPath().toLowerCase(Locale.ROOT);
        tally.codings++;
        steps.add(new Step("code " + p.key() + " with " + k.tagPath(),
                ids -> new Change.AddCoding(tagId(tagKey, ids), p.target(), k.suggested(),
                        k.suggested() ? k.suggestionConfidence() : null), null));
    }

    /** Plans a note; {@code tagPaths} are the file's tag ids and paths, for a note on a tag. */
    void note(NoteEntry n, Map<Long, String> tagPaths) {
        switch (n.target()) {
            case CLAIM, SELECTION -> {
                AnchorPlacer.Placed p = placer.place(n.anchor(), n.target() == TargetType.CLAIM, "a note");
                if (p != null) {
                    addNote(p.key(), p.target(), n);
                }
            }
            case REPORT -> {
                if (workspace.corpus().report(n.reportId()).isEmpty()) {
                    unplaced.add("a note on report " + n.reportId() + ", which is not in this workspace");
                } else {
                    addNote("REPORT:" + n.reportId(), new Target.Report(n.reportId()), n);
                }
            }
            case PERSON -> addNote("PERSON:" + n.person().strip().toLowerCase(Locale.ROOT),
                    new Target.Person(n.person()), n);
            case TAG -> noteOnTag(n, tagPaths.get(n.tagId()));
            default -> throw new IllegalStateException();
        }
    }

    private void addNote(String key, Target target, NoteEntry n) {
        if (!duplicateNote(key, n)) {
            steps.add(new Step("note on " + key, ids -> new Change.AddNote(target, n.text()), null));
        }
    }

    /** A note on a tag, which may be one this import creates (its id known only then). */
    private void noteOnTag(NoteEntry n, String path) {
        if (path == null) {
            unplaced.add("a note on an unknown tag");
            return;
        }
        String tagKey = path.toLowerCase(Locale.ROOT);
        if (!duplicateNote("TAG:" + tagKey, n)) {
            steps.add(new Step("note on tag " + path, ids -> new Change.AddNote(
                    new Target.Tag(tagId(tagKey, ids)), n.text()), null));
        }
    }

    private boolean duplicateNote(String targetKey, NoteEntry n) {
        String key = targetKey + "|" + n.text().strip();
        if (existing.hasNote(key) || !plannedKeys.add("note|" + key)) {
            tally.duplicates++;
            return true;
        }
        tally.notes++;
        return false;
    }

    /** Plans a link between the claims its two ends land on (or the claims covering them). */
    void link(LinkEntry l) {
        AnchorPlacer.Placed a = placer.place(l.source(), true, "a '" + l.type() + "' link");
        AnchorPlacer.Placed b = placer.place(l.target(), true, "a '" + l.type() + "' link");
        if (a == null || b == null) {
            return;
        }
        String from = a.claimId() != null ? a.claimId() : placer.claimCovering(a);
        String to = b.claimId() != null ? b.claimId() : placer.claimCovering(b);
        if (from == null || to == null || from.equals(to)) {
            unplaced.add("a '" + l.type() + "' link whose claims are no longer claims in this workspace");
            return;
        }
        String key = l.type() + "|" + from + "|" + to;
        if (existing.hasLink(key) || !plannedKeys.add("link|" + key)) {
            tally.duplicates++;
            return;
        }
        tally.links++;
        LinkType type = LinkType.parse(l.type());
        steps.add(new Step("link " + key, ids -> new Change.AddLink(from, to, type, l.note()), null));
    }

    /** Refuses the whole file when any annotation could not be placed, naming the first five. */
    void refuseIfUnplaced(Path file) {
        if (unplaced.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder("Cannot import " + file.getFileName() + ": " + unplaced.size()
                + (unplaced.size() == 1 ? " annotation does" : " annotations do")
                + " not fit this workspace's reports, so nothing was imported:");
        unplaced.stream().limit(5).forEach(u -> sb.append("\n  - ").append(u));
        if (unplaced.size() > 5) {
            sb.append("\n  - and ").append(unplaced.size() - 5).append(" more");
        }
        throw new ImportException(sb.toString());
    }

    /**
     * Runs the steps as one batch: one transaction, so a failure, a cancellation or a killed process leaves the
     * store as before, and one entry in the history, so one undo takes the whole import back.
     */
    void execute(Path file, ProgressListener progress, Cancellation cancel) {
        if (steps.isEmpty()) {
            return;
        }
        Map<String, Long> created = new HashMap<>();
        int[] done = {0};
        try {
            annotations.executeAll(tally.summary(file), placer.known(), sink -> {
                created.clear();
                done[0] = 0;
                for (Step s : steps) {
                    cancel.check();
                    long id = sink.apply(s.change().apply(created));
                    if (s.createsTagPath() != null) {
                        created.put(s.createsTagPath(), id);
                    }
                    done[0]++;
                    progress.progress(done[0], steps.size(), s.describe());
                }
            });
        } catch (AnnotationException | ImportException e) {
            LOG.warn("Import refused at change {} of {} ({}); nothing was written", done[0] + 1,
                    steps.size(), e.getMessage());
            throw new ImportException("The import failed at “" + steps.get(Math.min(done[0],
                    steps.size() - 1)).describe() + "”: " + e.getMessage() + " Nothing was imported.", e);
        }
    }

    /** The id of a tag the codebook has, or that this import created earlier in the batch. */
    private Long tagId(String pathKey, Map<String, Long> created) {
        Tag t = existing.tag(pathKey);
        if (t != null) {
            return t.id();
        }
        Long id = created.get(pathKey);
        if (id == null) {
            throw new ImportException("The tag " + pathKey + " was not created.");
        }
        return id;
    }
}
