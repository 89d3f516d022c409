package org.rapporteur.ui.meaning;

import java.util.List;

import org.rapporteur.annotations.ChangeEvent;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.MeaningState;
import org.rapporteur.pipeline.ExampleCandidate;
import org.rapporteur.pipeline.TagSuggestion;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/** {@link MeaningServices} over a workspace's {@code meaning()} and {@code suggestions()}. */
final class WorkspaceMeaning implements MeaningServices {
    private final Workspace workspace;

    WorkspaceMeaning(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Never throws: a meaning index that cannot say how far it is is a state with a problem (search stays lexical). */
    @Override
    public MeaningState state() {
        try {
            return workspace.meaning().state();
        } catch (RuntimeException e) {
            String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                    : e.getMessage();
            return MeaningState.unavailable("meaning search is not available: " + why);
        }
    }

    /** Never throws: a failure to tell is "no" (themes stay as they are until the next embedding run). */
    @Override
    public boolean themesWaiting() {
        try {
            return workspace.themes().themesWaitForMeaning();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public long embedMissing(ProgressListener progress, Cancellation cancel) {
        return workspace.meaning().embedMissing(progress, cancel);
    }

    @Override
    public List<ClaimHit> related(String claimId, int limit) {
        return workspace.meaning().related(claimId, limit);
    }

    @Override
    public List<TagSuggestion> suggestFor(String claimId, int limit) {
        return workspace.suggestions().suggestFor(claimId, limit);
    }

    @Override
    public List<ExampleCandidate> byExample(long tagId, int limit) {
        return workspace.suggestions().byExample(tagId, limit);
    }

    @Override
    public ChangeEvent accept(String claimId, long tagId) {
        return workspace.suggestions().accept(claimId, tagId);
    }

    @Override
    public void reject(String claimId, long tagId) {
        workspace.suggestions().reject(claimId, tagId);
    }

    @Override
    public java.util.Optional<String> whyNoSuggestions(String claimId) {
        return workspace.suggestions().whyNoSuggestions(claimId);
    }

    @Override
    public java.util.Optional<String> whyNoCandidates(long tagId) {
        return workspace.suggestions().whyNoCandidates(tagId);
    }
}
