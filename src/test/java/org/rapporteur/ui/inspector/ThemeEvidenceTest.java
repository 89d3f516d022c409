package org.rapporteur.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.ThemeMatch;

/** How the inspector words a theme's evidence: matched words quoted, a theme by meaning as what the claim is like. */
class ThemeEvidenceTest {
    @Test
    void wordsAreQuotedAndAThemeByMeaningSaysWhatTheClaimIsLike() {
        assertEquals("Society/Health and pandemics — “ICU beds”, “pandemic”", InspectorViewModel.themeEvidence(
                new ThemeMatch("Society/Health and pandemics", List.of("ICU beds", "pandemic"))));
        assertEquals("Society/Health and pandemics — like “Hospitals in the capital ran out of beds…”",
                InspectorViewModel.themeEvidence(new ThemeMatch("Society/Health and pandemics",
                        List.of("like: Hospitals in the capital ran out of beds…"))));
        assertEquals("Society/Water — like your coding of “Wells ran dry.”", InspectorViewModel.themeEvidence(
                new ThemeMatch("Society/Water", List.of("like your coding of: Wells ran dry."))));
        assertEquals("Security/Proxies — rule: proxies", InspectorViewModel.themeEvidence(
                new ThemeMatch("Security/Proxies", List.of("rule: proxies"))));
        assertEquals("Economy", InspectorViewModel.themeEvidence(new ThemeMatch("Economy", List.of())));
    }

    @Test
    void theLineUnderTheChipSaysHowTheThemeCameThenItsEvidence() {
        ThemeMatch words = new ThemeMatch("Society/Health and pandemics", List.of("vaccine", "ICU beds", "Vaccine"));
        assertEquals("by words", InspectorViewModel.themeSource(words));
        assertEquals("“vaccine”, “ICU beds”", InspectorViewModel.themeEvidenceDetail(words));
        ThemeMatch meaning = new ThemeMatch("Society/Health and pandemics", List.of("like: Wards filled up."));
        assertEquals("by meaning", InspectorViewModel.themeSource(meaning));
        assertEquals("like “Wards filled up.”", InspectorViewModel.themeEvidenceDetail(meaning));
        ThemeMatch yours = new ThemeMatch("Society/Water", List.of("like your coding of: Wells ran dry."));
        assertEquals("by meaning", InspectorViewModel.themeSource(yours));
        assertEquals("like your coding of “Wells ran dry.”", InspectorViewModel.themeEvidenceDetail(yours));
        ThemeMatch rule = new ThemeMatch("Security/Proxies", List.of("rule: proxies"));
        assertEquals("by rule", InspectorViewModel.themeSource(rule));
        assertEquals("proxies", InspectorViewModel.themeEvidenceDetail(rule));
        ThemeMatch corrected = new ThemeMatch("Economy/Energy", List.of("analyst correction"));
        assertEquals("your correction", InspectorViewModel.themeSource(corrected));
        assertEquals("", InspectorViewModel.themeEvidenceDetail(corrected));
        ThemeMatch bare = new ThemeMatch("Economy/Energy", List.of());
        assertEquals("your correction", InspectorViewModel.themeSource(bare));
        assertEquals("", InspectorViewModel.themeEvidenceDetail(bare));
    }
}
