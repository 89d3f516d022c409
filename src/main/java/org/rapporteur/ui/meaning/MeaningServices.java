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

/**
 * What the workbench asks of meaning: how far the vectors are, embedding the missing ones, claims related by
 * meaning, tags suggested from the analyst's own coding, and coding by example. One interface over
 * {@code Workspace.meaning()} and {@code Workspace.suggestions()}, so the views are tested with a double and the view
 * models need not know which service answers what. Blocking: call from a background thread.
 */
public interface MeaningServices {
    MeaningState state();

    long embedMissing(ProgressListener progress, Cancellation cancel);

    List<ClaimHit> related(String claimId, int limit);

    List<TagSuggestion> suggestFor(String claimId, int limit);

    List<ExampleCandidate> byExample(long tagId, int limit);

    ChangeEvent accept(String claimId, long tagId);

    void reject(String claimId, long tagId);

    /** Whether claims with vectors still wait to be themed by meaning (an embedding run would theme them). */
    default boolean themesWaiting() {
        return false;
    }

    /** Why there is no suggestion for this claim, in a sentence saying what to do; empty when it can suggest. */
    default java.util.Optional<String> whyNoSuggestions(String claimId) {
        return java.util.Optional.empty();
    }

    /** Why there is no candidate for this tag, in a sentence saying what to do; empty when it can find some. */
    default java.util.Optional<String> whyNoCandidates(long tagId) {
        return java.util.Optional.empty();
    }

    /** The workspace's own meaning index and code suggestions. */
    static MeaningServices of(Workspace workspace) {
        return new WorkspaceMeaning(workspace);
    }
}
