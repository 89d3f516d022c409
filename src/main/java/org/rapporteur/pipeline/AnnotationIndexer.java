package org.rapporteur.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.ChangeEvent;
import org.rapporteur.annotations.Coding;
import org.rapporteur.annotations.ReconciledReport;
import org.rapporteur.annotations.Tag;
import org.rapporteur.index.ClaimIndex;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Report;
import org.rapporteur.model.ReportMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index in step with the annotation store, the one place that decides how: a report about to be indexed
 * gets its annotations re-anchored, its corrections applied and its user tags ({@link #prepare}); every change
 * (this process's, undo and redo, another process's once followed) re-tags the claims it touches or, for a
 * correction, re-applies every correction of its reports to the report as analysed (the workspace keeps the
 * reports it analysed last, so a correction in the reader reads no file), before the change's
 * {@code execute} returns. Registered with the store when the workspace opens; the faces never see it (ADR 0044).
 * Thread-safe.
 */
final class AnnotationIndexer {
    private static final Logger LOG = LoggerFactory.getLogger(AnnotationIndexer.class);

    private final AnnotationStore store;
    private final ClaimIndex index;
    private final ReportReloader reloader;

    /** Re-applies the corrections of one report and replaces it in the index; the commit follows. */
    interface ReportReloader {
        void reload(String reportId);

        /**
         * After the reloaded reports are committed: a reload gives keyword themes, and where the claims have vectors
         * the workspace themes them by meaning again at once (a correction must not cost a report its themes).
         */
        default void reloaded(java.util.Collection<String> reportIds) {
        }
    }

    AnnotationIndexer(AnnotationStore store, ClaimIndex index, ReportReloader reloader) {
        this.store = store;
        this.index = index;
        this.reloader = reloader;
        store.addListener(this::syncIndex);
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
                reloader.reloaded(e.reportIds());
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

}
