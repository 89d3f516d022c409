package org.rapporteur.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.rapporteur.index.ClaimIndex;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.MeaningState;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/**
 * The claims' sentence vectors beside the text index: made in the background after the text index is ready, only
 * for claims that have none (or whose text changed), and used by hybrid search, related claims and code
 * suggestions. CONTRACT SKELETON of issue 16: the part "vectors" builds it.
 */
public final class MeaningIndex implements AutoCloseable {
    private final Path workspaceDir;
    private final ClaimIndex index;

    MeaningIndex(Path workspaceDir, ClaimIndex index) {
        this.workspaceDir = workspaceDir;
        this.index = index;
    }

    /** Model, how many claims have vectors, whether embedding runs, and what stops it. */
    public MeaningState state() {
        throw new UnsupportedOperationException("issue 16, part vectors");
    }

    /**
     * Embeds every claim that has no vector of the current model (or whose text changed) and drops vectors of claims
     * no longer indexed; commits in batches so searches gain meaning as vectors arrive. Returns how many it embedded.
     * Cancelling keeps what was committed.
     */
    public long embedMissing(ProgressListener progress, Cancellation cancel) {
        throw new UnsupportedOperationException("issue 16, part vectors");
    }

    /** Whether the workbench and {@code index} start embedding by themselves ({@code -Drapporteur.embed=off} stops it). */
    public static boolean embedsAutomatically() {
        return !"off".equalsIgnoreCase(System.getProperty("rapporteur.embed", "auto"));
    }

    /** The claims nearest in meaning to this one in other reports, nearest first (score = similarity). */
    public List<ClaimHit> related(String claimId, int limit) {
        throw new UnsupportedOperationException("issue 16, part vectors");
    }

    @Override
    public void close() {
    }
}
