package org.rapporteur.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rapporteur.annotations.Anchor;
import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.Coding;
import org.rapporteur.annotations.Note;
import org.rapporteur.annotations.Tag;
import org.rapporteur.annotations.TargetKind;
import org.rapporteur.export.ExportException;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Problem;
import org.rapporteur.model.ProblemKind;
import org.rapporteur.model.RapporteurException;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.SearchRequest;

/**
 * The rows of an export: the claims an {@link ExportSelection} names, in the selection's order, and the codings that
 * come with them. A claim an annotation names but the index no longer has is a problem, not a failure.
 */
final class ExportRows {
    /**
     * What a selection covers besides its rows.
     *
     * @param codings    the codings exported
     * @param tags       for a tag's export, the tag and its sub-tags; else null
     * @param report     for a report's export, its id; else null
     * @param everything {@code --all}: every annotation
     */
    record Scope(List<Coding> codings, Set<Long> tags, String report, boolean everything) {
    }

    private final ExportContext context;
    private final Workspace workspace;
    private final AnnotationStore store;
    private final Map<String, ClaimRecord> rows = new LinkedHashMap<>();

    ExportRows(ExportContext context, AnnotationStore store) {
        this.context = context;
        this.workspace = context.workspace();
        this.store = store;
    }

    /** Collects the selection's rows; returns the codings and scope that go with them. */
    Scope select(ExportSelection selection, List<Tag> tags, List<Coding> allCodings, List<Note> allNotes) {
        return switch (selection) {
            case ExportSelection.Query q -> {
                workspace.corpus().forEachClaim(q.query(), c -> {
                    context.cancel().check();
                    rows.put(c.claim().id(), c);
                });
                yield onRows(allCodings);
            }
            case ExportSelection.Search q -> {
                addSearchResults(q);
                yield onRows(allCodings);
            }
            case ExportSelection.Tag t -> {
                Tag tag = store.resolveTag(t.tag());
                List<Coding> codings = store.codingsByTag(tag.id(), true);
                addCodedClaims(codings);
                yield new Scope(codings, subtree(tags, tag.id()), null, false);
            }
            case ExportSelection.Report r -> {
                String id = findReport(r.report()).id();
                for (ClaimRecord c : workspace.corpus().claimsOf(id)) {
                    rows.put(c.claim().id(), c);
                }
                yield new Scope(allCodings.stream().filter(k -> holds(k.anchor()) || id.equals(k.anchor().reportId()))
                        .toList(), null, id, false);
            }
            case ExportSelection.Coded c -> {
                addCodedClaims(allCodings);
                yield new Scope(allCodings, null, null, false);
            }
            case ExportSelection.Claims c -> {
                addChosen(c.claimIds());
                yield onRows(allCodings);
            }
            case ExportSelection.All a -> {
                allCodings.forEach(k -> addAnchored(k.anchor(), k.targetKind()));
                allNotes.forEach(n -> addAnchored(n.anchor(), n.targetKind()));
                yield new Scope(allCodings, null, null, true);
            }
        };
    }

    /** The claims collected, in order. */
    Collection<ClaimRecord> records() {
        return rows.values();
    }

    boolean contains(String claimId) {
        return rows.containsKey(claimId);
    }

    /** True when the anchor lies on one of the rows' claims. */
    boolean holds(Anchor a) {
        return a != null && a.claimId() != null && rows.containsKey(a.claimId());
    }

    private Scope onRows(List<Coding> all) {
        return new Scope(all.stream().filter(k -> holds(k.anchor())).toList(), null, null, false);
    }

    /** A search's results, up to {@link ExportSelection.Search#MAX_SEARCH_ROWS}, with a warning when cut. */
    private void addSearchResults(ExportSelection.Search q) {
        long total = workspace.corpus().search(q.request().withLimit(1)).total();
        int max = ExportSelection.Search.MAX_SEARCH_ROWS;
        if (total > max) {
            context.problems().add(Problem.warning(q.describe(), ProblemKind.EXPORT_LIMIT,
                    "the search has " + total + " results; the"
                    + " first " + max + " are exported", "narrow the search"));
        }
        SearchRequest all = new SearchRequest(q.request().query(), q.request().filters(),
                q.request().sort(), (int) Math.min(total, max), 0, 0);
        for (ClaimHit h : workspace.corpus().search(all).hits()) {
            context.cancel().check();
            rows.put(h.record().claim().id(), h.record());
        }
    }

    private void addCodedClaims(List<Coding> codings) {
        for (Coding k : codings) {
            if (k.targetKind() == TargetKind.CLAIM && k.anchor().claimId() != null) {
                addRow(k.anchor().claimId(), false);
            }
        }
    }

    /** Claims chosen by id: every one must be known. */
    private void addChosen(List<String> claimIds) {
        List<String> unknown = new ArrayList<>();
        for (String id : claimIds) {
            if (!addRow(id.strip(), true)) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ExportException("Unknown claim" + (unknown.size() == 1 ? " " : "s ")
                    + String.join(", ", unknown) + ".");
        }
    }

    private void addAnchored(Anchor a, TargetKind kind) {
        if (a != null && kind == TargetKind.CLAIM && a.claimId() != null && !a.orphan()) {
            addRow(a.claimId(), false);
        }
    }

    /** Adds a claim from the index; a missing one is false, and a warning unless {@code required}. */
    private boolean addRow(String claimId, boolean required) {
        if (rows.containsKey(claimId)) {
            return true;
        }
        context.cancel().check();
        Optional<ClaimRecord> c = workspace.corpus().claim(claimId);
        if (c.isPresent()) {
            rows.put(claimId, c.get());
            context.progress().progress(rows.size(), -1, "Collecting claims");
            return true;
        }
        if (!required) {
            context.problems().add(Problem.warning(claimId, ProblemKind.STALE_INDEX, "the claim is no longer in the index",
                    "re-index the corpus; its annotations are exported from their anchors"));
        }
        return false;
    }

    /** A tag and all tags below it. */
    private static Set<Long> subtree(List<Tag> tags, long root) {
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
}
