package org.rapporteur.structure;

import java.util.List;

/** The layout a document was classified as, and the features that decided it, in words. */
record LayoutDecision(Layout layout, List<String> reasons) {
    LayoutDecision {
        reasons = List.copyOf(reasons);
    }
}
