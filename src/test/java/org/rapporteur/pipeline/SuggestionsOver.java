package org.rapporteur.pipeline;

import org.rapporteur.index.MeaningLookup;

/**
 * For evaluations in other packages: a workspace's code suggestions over vectors they hold themselves (test code; the
 * workbench and the command line read the workspace's own vector index).
 */
public final class SuggestionsOver {
    private SuggestionsOver() {
    }

    public static CodeSuggestions vectors(Workspace ws, MeaningLookup lookup) {
        return new CodeSuggestions(() -> lookup, ws.annotations(), ws.corpus()::claim);
    }
}
