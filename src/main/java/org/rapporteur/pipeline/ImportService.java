package org.rapporteur.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rapporteur.annotations.AnnotationException;
import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.ClaimRef;
import org.rapporteur.annotations.ClaimResolver;
import org.rapporteur.annotations.Coding;
import org.rapporteur.annotations.LinkType;
import org.rapporteur.annotations.Reanchorer;
import org.rapporteur.annotations.Tag;
import org.rapporteur.annotations.Target;
import org.rapporteur.export.AnchorEntry;
import org.rapporteur.export.CodingEntry;
import org.rapporteur.export.ExportBundle;
import org.rapporteur.export.ImportException;
import org.rapporteur.export.ImportLimits;
import org.rapporteur.export.LinkEntry;
import org.rapporteur.export.NoteEntry;
import org.rapporteur.export.QdcImporter;
import org.rapporteur.export.TagEntry;
import org.rapporteur.export.TargetType;
import org.rapporteur.export.WebAnnotationImporter;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the analyst's work into a workspace: our own W3C Web Annotation JSON-LD ({@code .jsonld}, {@code .json})
 * restores tags, codings, notes and links; a REFI-QDA codebook ({@code .qdc}) or project ({@code .qdpx}) adds its
 * code tree as tags.
 *
 * <p>All or nothing: the file is read and checked completely, every tag mapped and every anchor placed on the
 * workspace's reports (at its position, else by its quote) before anything is written; a file that does not fit
 * is refused with an {@link ImportException} and the store is untouched. The writes are one transaction and one
 * journal entry ({@link Annotations#executeAll}): a failed write, a cancellation or a killed process leaves the
 * store as it was, and one undo takes a finished import back. Tags with a path the codebook has are reused, and codings, notes and
 * links the workspace has already are skipped, so importing twice changes nothing the second time. The imported work
 * gets this store's user and the current time as creator and timestamps.
 */
public final class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final Workspace workspace;
    private final Annotations annotations;
    private final AnnotationStore store;
    private final ImportLimits limits;

    public ImportService(Workspace workspace) {
        this(workspace, ImportLimits.DEFAULT);
    }

    public ImportService(Workspace workspace, ImportLimits limits) {
        this.workspace = workspace;
        this.annotations = workspace.annotations();
        this.store = workspace.store();
        this.limits = limits;
    }

    /** Imports a file by its extension: {@code .jsonld}/{@code .json}, {@code .qdc} or {@code .qdpx}. */
    public ImportResult importFile(Path file, ProgressListener progress, Cancellation cancel) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonld") || name.endsWith(".json")) {
            return importAnnotations(file, progress, cancel);
        }
        if (name.endsWith(".qdc") || name.endsWith(".qdpx")) {
            return importCodebook(file, progress, cancel);
        }
        throw new ImportException("Cannot import " + file.getFileName() + ": Rapporteur imports its own JSON-LD"
                + " (.jsonld) and REFI-QDA codebooks (.qdc, or the codebook of a .qdpx project).");
    }

    /** Adds the code tree of a REFI-QDA codebook or project as tags. */
    public ImportResult importCodebook(Path file, ProgressListener progress, Cancellation cancel) {
        List<TagEntry> tags = new QdcImporter(limits).read(file);
        Plan plan = new Plan();
        plan.tags(tags);
        plan.execute(file, progress, cancel);
        return new ImportResult(file, "REFI-QDA codebook", plan.tagsCreated, plan.tagsExisting, 0, 0, 0, 0, 0, 0, 0,
                plan.messages);
    }

    /** Restores tags, codings, notes and links from our JSON-LD. */
    public ImportResult importAnnotations(Path file, ProgressListener progress, Cancellation cancel) {
        ExportBundle b = new WebAnnotationImporter(limits).read(file);
        Plan plan = new Plan();
        plan.tags(b.tags());
        Map<Long, String> tagPaths = new HashMap<>();
        b.tags().forEach(t -> tagPaths.put(t.id(), t.path()));
        for (CodingEntry k : b.codings()) {
            cancel.check();
            plan.coding(k);
        }
        for (NoteEntry n : b.notes()) {
            cancel.check();
            plan.note(n, tagPaths);
        }
        for (LinkEntry l : b.links()) {
            cancel.check();
            plan.link(l);
        }
        plan.refuseIfUnplaced(file);
        plan.execute(file, progress, cancel);
        return new ImportResult(file, "W3C Web Annotation (JSON-LD)", plan.tagsCreated, plan.tagsExisting,
                plan.codings, plan.notes, plan.links, plan.duplicates, plan.orphansSkipped, plan.moved, plan.downgraded,
                plan.messages);
    }

    /** A planned import: the changes to make, in order, and the tallies. Nothing is written until execute. */
    private final class Plan {
        private final Map<String, Tag> existing = new HashMap<>();
        private final Map<String, Long> createdIds = new HashMap<>();
        private final List<Step> steps = new ArrayList<>();
        private final Map<String, Optional<String>> texts = new HashMap<>();
        private final Map<String, List<Claim>> claims = new HashMap<>();
        private final Set<String> existingCodings = new HashSet<>();
        private final Set<String> existingNotes = new HashSet<>();
        private final Set<String> existingLinks = new HashSet<>();
        private final Set<String> plannedKeys = new HashSet<>();
        private final List<String> unplaced = new ArrayList<>();
        final List<String> messages = new ArrayList<>();
        int tagsCreated;
        int tagsExisting;
        int codings;
        int notes;
        int links;
        int duplicates;
        int orphansSkipped;
        int moved;
        int downgraded;

        /** One change to make; {@code tagPath} names a tag created earlier in the same import, whose id is new. */
        private record Step(String describe, java.util.function.Function<Map<String, Long>, Change> change,
                            String createsTagPath) {
        }

        Plan() {
            store.tags().forEach(t -> existing.put(t.path().toLowerCase(Locale.ROOT), t));
            for (Coding k : store.codings()) {
                if (!k.anchor().orphan()) {
                    existingCodings.add(k.tagPath().toLowerCase(Locale.ROOT) + "|" + targetKey(
                            k.targetKind().name(), k.anchor().claimId(), k.anchor().reportId(),
                            k.anchor().position().start(), k.anchor().position().end()));
                }
            }
            for (var n : store.notes()) {
                String target = switch (n.targetKind()) {
                    case CLAIM, SELECTION -> n.anchor().orphan() ? null : targetKey(n.targetKind().name(),
                            n.anchor().claimId(), n.anchor().reportId(), n.anchor().position().start(),
                            n.anchor().position().end());
                    case REPORT -> "REPORT:" + n.reportId();
                    case PERSON -> "PERSON:" + n.person().toLowerCase(Locale.ROOT);
                    case TAG -> "TAG:" + store.tag(n.tagId()).map(t -> t.path().toLowerCase(Locale.ROOT)).orElse("");
                };
                if (target != null) {
                    existingNotes.add(target + "|" + n.text().strip());
                }
            }
            for (var l : store.links()) {
                existingLinks.add(l.type().label() + "|" + l.source().claimId() + "|" + l.target().claimId());
            }
        }

        void tags(List<TagEntry> tags) {
            Map<Long, TagEntry> byId = new HashMap<>();
            tags.forEach(t -> byId.put(t.id(), t));
            List<TagEntry> ordered = new ArrayList<>(tags);
            ordered.sort(java.util.Comparator.comparingInt(TagEntry::depth));
            for (TagEntry t : ordered) {
                String key = t.path().toLowerCase(Locale.ROOT);
                if (existing.containsKey(key)) {
                    tagsExisting++;
                    continue;
                }
                if (!plannedKeys.add("tag|" + key)) {
                    continue;
                }
                String parentPath = t.parentId() == null || !byId.containsKey(t.parentId()) ? null
                        : byId.get(t.parentId()).path().toLowerCase(Locale.ROOT);
                tagsCreated++;
                steps.add(new Step("create tag " + t.path(), ids -> new Change.CreateTag(t.name(),
                        parentPath == null ? null : tagId(parentPath, ids), t.colour(), t.description()), key));
            }
        }

        private Long tagId(String pathKey, Map<String, Long> created) {
            Tag t = existing.get(pathKey);
            if (t != null) {
                return t.id();
            }
            Long id = created.get(pathKey);
            if (id == null) {
                throw new ImportException("The tag " + pathKey + " was not created.");
            }
            return id;
        }

        void coding(CodingEntry k) {
            Placed p = place(k.anchor(), k.target() == TargetType.CLAIM, "a coding with " + k.tagPath());
            if (p == null) {
                return;
            }
            String key = k.tagPath().toLowerCase(Locale.ROOT) + "|" + p.key();
            if (existingCodings.contains(key) || !plannedKeys.add("coding|" + key)) {
                duplicates++;
                return;
            }
            String tagKey = k.tagPath().toLowerCase(Locale.ROOT);
            codings++;
            steps.add(new Step("code " + p.key() + " with " + k.tagPath(),
                    ids -> new Change.AddCoding(tagId(tagKey, ids), p.target(), k.suggested(),
                            k.suggested() ? k.suggestionConfidence() : null), null));
        }

        void note(NoteEntry n, Map<Long, String> tagPaths) {
            Target target;
            String key;
            switch (n.target()) {
                case CLAIM, SELECTION -> {
                    Placed p = place(n.anchor(), n.target() == TargetType.CLAIM, "a note");
                    if (p == null) {
                        return;
                    }
                    target = p.target();
                    key = p.key();
                }
                case REPORT -> {
                    if (workspace.corpus().report(n.reportId()).isEmpty()) {
                        unplaced.add("a note on report " + n.reportId() + ", which is not in this workspace");
                        return;
                    }
                    target = new Target.Report(n.reportId());
                    key = "REPORT:" + n.reportId();
                }
                case PERSON -> {
                    target = new Target.Person(n.person());
                    key = "PERSON:" + n.person().strip().toLowerCase(Locale.ROOT);
                }
                case TAG -> {
                    String path = tagPaths.get(n.tagId());
                    if (path == null) {
                        unplaced.add("a note on an unknown tag");
                        return;
                    }
                    String tagKey = path.toLowerCase(Locale.ROOT);
                    key = "TAG:" + tagKey;
                    if (!dup(key, n)) {
                        steps.add(new Step("note on tag " + path, ids -> new Change.AddNote(
                                new Target.Tag(tagId(tagKey, ids)), n.text()), null));
                    }
                    return;
                }
                default -> throw new IllegalStateException();
            }
            if (!dup(key, n)) {
                Target t = target;
                steps.add(new Step("note on " + key, ids -> new Change.AddNote(t, n.text()), null));
            }
        }

        private boolean dup(String targetKey, NoteEntry n) {
            String key = targetKey + "|" + n.text().strip();
            if (existingNotes.contains(key) || !plannedKeys.add("note|" + key)) {
                duplicates++;
                return true;
            }
            notes++;
            return false;
        }

        void link(LinkEntry l) {
            Placed a = place(l.source(), true, "a '" + l.type() + "' link");
            Placed b = place(l.target(), true, "a '" + l.type() + "' link");
            if (a == null || b == null) {
                return;
            }
            String from = a.claimId() != null ? a.claimId() : claimCovering(a);
            String to = b.claimId() != null ? b.claimId() : claimCovering(b);
            if (from == null || to == null || from.equals(to)) {
                unplaced.add("a '" + l.type() + "' link whose claims are no longer claims in this workspace");
                return;
            }
            String key = l.type() + "|" + from + "|" + to;
            if (existingLinks.contains(key) || !plannedKeys.add("link|" + key)) {
                duplicates++;
                return;
            }
            links++;
            LinkType type = LinkType.parse(l.type());
            steps.add(new Step("link " + key, ids -> new Change.AddLink(from, to, type, l.note()), null));
        }

        private String claimCovering(Placed p) {
            return Reanchorer.bestClaim(claims(p.reportId()), p.start(), p.end()).orElse(null);
        }

        /** Where an anchor lands in this workspace. */
        private record Placed(String reportId, String claimId, int start, int end) {
            Target target() {
                return claimId != null ? new Target.Claim(claimId) : new Target.Selection(reportId, start, end);
            }

            String key() {
                return targetKey(claimId != null ? "CLAIM" : "SELECTION", claimId, reportId, start, end);
            }
        }

        /**
         * Places an anchor on the workspace's text: at its position when the quote is there, else at the occurrence
         * of the quote whose context matches best, nearest to the old position. A claim target needs a claim with
         * exactly that span; without one it becomes a selection. Records what cannot be placed.
         */
        private Placed place(AnchorEntry a, boolean claim, String what) {
            Optional<String> text = text(a.reportId());
            if (text.isEmpty()) {
                return unplaceable(a, what + " in report " + a.reportId().substring(0, Math.min(12,
                        a.reportId().length())) + ", which is not in this workspace (or its file changed)");
            }
            String t = text.get();
            int start = -1;
            if (a.end() <= t.length() && t.startsWith(a.exact(), a.start())) {
                start = a.start();
            } else {
                int bestScore = -1;
                for (int at = t.indexOf(a.exact()); at >= 0; at = t.indexOf(a.exact(), at + 1)) {
                    int score = (t.startsWith(a.prefix(), Math.max(0, at - a.prefix().length())) ? 2 : 0)
                            + (t.startsWith(a.suffix(), at + a.exact().length()) ? 2 : 0);
                    if (score > bestScore || (score == bestScore && Math.abs(at - a.start())
                            < Math.abs(start - a.start()))) {
                        bestScore = score;
                        start = at;
                    }
                }
                if (start >= 0) {
                    moved++;
                }
            }
            if (start < 0) {
                return unplaceable(a, what + " on “" + shorten(a.exact()) + "”, which report "
                        + a.reportId().substring(0, Math.min(12, a.reportId().length())) + " no longer contains");
            }
            int end = start + a.exact().length();
            if (!claim) {
                return new Placed(a.reportId(), null, start, end);
            }
            if (a.claimId() != null) {
                for (Claim c : claims(a.reportId())) {
                    if (c.id().equals(a.claimId()) && c.start() == start && c.end() == end) {
                        return new Placed(a.reportId(), c.id(), start, end);
                    }
                }
            }
            for (Claim c : claims(a.reportId())) {
                if (c.start() == start && c.end() == end) {
                    return new Placed(a.reportId(), c.id(), start, end);
                }
            }
            downgraded++;
            return new Placed(a.reportId(), null, start, end);
        }

        private Placed unplaceable(AnchorEntry a, String why) {
            if (a.orphan()) {
                orphansSkipped++;
            } else {
                unplaced.add(why);
            }
            return null;
        }

        private Optional<String> text(String reportId) {
            return texts.computeIfAbsent(reportId, workspace.corpus()::reportText);
        }

        private List<Claim> claims(String reportId) {
            return claims.computeIfAbsent(reportId, id -> workspace.corpus().claimsOf(id).stream().map(ClaimRecord::claim)
                    .toList());
        }

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
            Map<String, Long> created = new HashMap<>();
            int[] done = {0};
            if (!steps.isEmpty()) {
                try {
                    annotations.executeAll(summary(file), known(), sink -> {
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
            if (tagsExisting > 0) {
                messages.add(tagsExisting + " tag" + (tagsExisting == 1 ? " was" : "s were") + " in the codebook"
                        + " already.");
            }
            if (duplicates > 0) {
                messages.add(duplicates + " annotation" + (duplicates == 1 ? " was" : "s were")
                        + " in the workspace already.");
            }
            if (orphansSkipped > 0) {
                messages.add(orphansSkipped + " orphaned annotation" + (orphansSkipped == 1 ? "" : "s")
                        + " could not be placed and " + (orphansSkipped == 1 ? "was" : "were") + " skipped.");
            }
            if (downgraded > 0) {
                messages.add(downgraded + " annotation" + (downgraded == 1 ? "'s claim is" : "s' claims are")
                        + " no longer a claim here; kept on the same words as selections.");
            }
        }

        /**
         * The claims and texts planning read, as a resolver: the batch checks each annotation's claim against these
         * instead of searching the index once per annotation. What planning did not read falls through to the index.
         */
        private ClaimResolver known() {
            Map<String, Claim> byId = new HashMap<>();
            claims.values().forEach(list -> list.forEach(c -> byId.put(c.id(), c)));
            return new ClaimResolver() {
                @Override
                public Optional<ClaimRef> resolve(String claimId) {
                    Claim c = byId.get(claimId);
                    return c == null ? Optional.empty() : reportText(c.reportId()).map(t -> ClaimRef.of(c, t));
                }

                @Override
                public Optional<String> reportText(String reportId) {
                    Optional<String> t = texts.get(reportId);
                    return t == null ? Optional.empty() : t;
                }

                @Override
                public Optional<String> claimAt(String reportId, int start, int end) {
                    List<Claim> inReport = claims.get(reportId);
                    if (inReport == null) {
                        return Optional.empty();
                    }
                    String best = null;
                    int bestOverlap = 0;
                    for (Claim c : inReport) { // as IndexClaimResolver: the claim overlapping the words most
                        int overlap = Math.min(end, c.end()) - Math.max(start, c.start());
                        if (overlap > bestOverlap) {
                            bestOverlap = overlap;
                            best = c.id();
                        }
                    }
                    return Optional.ofNullable(best);
                }
            };
        }

        /** The history line of the import: one undo step named after the file and what it adds. */
        private String summary(Path file) {
            List<String> parts = new ArrayList<>();
            if (tagsCreated > 0) {
                parts.add(tagsCreated + " tag" + (tagsCreated == 1 ? "" : "s"));
            }
            if (codings > 0) {
                parts.add(codings + " coding" + (codings == 1 ? "" : "s"));
            }
            if (notes > 0) {
                parts.add(notes + " note" + (notes == 1 ? "" : "s"));
            }
            if (links > 0) {
                parts.add(links + " link" + (links == 1 ? "" : "s"));
            }
            return "import " + file.getFileName() + ": " + String.join(", ", parts);
        }

        private static String shorten(String s) {
            String t = s.strip().replaceAll("\\s+", " ");
            return t.length() <= 50 ? t : t.substring(0, 49) + "…";
        }
    }

    private static String targetKey(String kind, String claimId, String reportId, int start, int end) {
        return kind.equals("CLAIM") && claimId != null ? "CLAIM:" + claimId
                : "SELECTION:" + reportId + ":" + start + ":" + end;
    }
}
