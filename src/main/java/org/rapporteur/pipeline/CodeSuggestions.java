package org.rapporteur.pipeline;

import java.util.List;

import org.rapporteur.annotations.ChangeEvent;

/**
 * Codes suggested from the analyst's own coding: for one claim, the tags of its nearest coded neighbours (a weighted
 * vote with a confidence); for one tag, the uncoded claims most like those coded with it ("code by example").
 * Accepting makes an ordinary coding that records it was suggested; a rejected pair is never suggested again.
 * CONTRACT SKELETON of issue 16: the part "suggest" builds it.
 */
public final class CodeSuggestions {
    CodeSuggestions() {
    }

    /** Tags for this claim, most confident first, at most {@code limit}; never counts the claim's own codings. */
    public List<TagSuggestion> suggestFor(String claimId, int limit) {
        throw new UnsupportedOperationException("issue 16, part suggest");
    }

    /** Uncoded (for this tag) claims most like those coded with it, not rejected before, nearest first. */
    public List<ExampleCandidate> byExample(long tagId, int limit) {
        throw new UnsupportedOperationException("issue 16, part suggest");
    }

    /** Codes the claim with the tag, recording that it was suggested; undoable like any coding. */
    public ChangeEvent accept(String claimId, long tagId) {
        throw new UnsupportedOperationException("issue 16, part suggest");
    }

    /** Remembers that the analyst refused this tag for this claim, so it is not suggested again. */
    public void reject(String claimId, long tagId) {
        throw new UnsupportedOperationException("issue 16, part suggest");
    }
}
