package org.rapporteur.pipeline;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapporteur.annotations.Correction;
import org.rapporteur.annotations.CorrectionKind;
import org.rapporteur.model.Theme;

/** The analyst's theme codings: of their theme corrections, the last word on each claim and theme. */
final class ThemeCodings {
    private ThemeCodings() {
    }

    /**
     * The last ADD_THEME or REMOVE_THEME correction of each claim and theme, in the order first seen: coded, uncoded,
     * coded again is coded. Corrections without a claim or a theme are left out.
     */
    static Collection<Correction> last(List<Correction> corrections) {
        Map<String, Correction> last = new LinkedHashMap<>();
        for (Correction c : corrections) {
            if ((c.kind() == CorrectionKind.ADD_THEME || c.kind() == CorrectionKind.REMOVE_THEME)
                    && c.anchor() != null && c.anchor().claimId() != null && c.value() != null) {
                last.put(c.anchor().claimId() + '\u001F' + Theme.normalisePath(c.value()), c);
            }
        }
        return last.values();
    }
}
