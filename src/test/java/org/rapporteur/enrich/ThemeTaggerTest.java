package org.rapporteur.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.index.ThemeTermAnalyzer;
import org.rapporteur.model.Problem;
import org.rapporteur.model.Theme;
import org.rapporteur.model.ThemeMatch;
import org.rapporteur.model.ThemeRule;

/** Theme coding through English analysis, and editing the taxonomy. */
class ThemeTaggerTest {
    private static final String TERRORISM = "Security/Terrorism and militancy";
    private final ThemeTermAnalyzer analyzer = new ThemeTermAnalyzer();
    private final ThemeTagger tagger = new ThemeTagger(analyzer, ThemeTaxonomy.defaults());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                                              | theme                                            | evidence
            Militants attacked the convoy at dawn.                               | Security/Terrorism and militancy                 | Militants
            Militancy has spread to the valleys.                                 | Security/Terrorism and militancy                 | Militancy
            A militant outfit was banned.                                        | Security/Terrorism and militancy                 | militant outfit
            The state's counter-terrorism strategy failed.                        | Security/Counter-terrorism policy                | counter-terrorism
            The civil-military imbalance persists.                               | Governance/Civil-military relations              | civil-military
            Refugees were repatriated across the border.                         | Society/Refugees and migration                   | Refugees
            The gas pipeline will carry energy south.                            | Economy/Energy                                   | gas pipeline;energy
            Nuclear deterrence shapes the region.                                | Security/Nuclear and strategic stability         | Nuclear deterrence
            The Shanghai Cooperation Organization met.                           | International relations/Regional organisations and cooperation | Shanghai Cooperation Organization
            Sanctions hurt ordinary traders.                                     | International relations/Sanctions                | Sanctions
            """)
    void codesAThemeWithTheWordsAsWritten(String text, String theme, String evidence) {
        Map<String, List<String>> got = tagger.tag(text).stream()
                .collect(Collectors.toMap(ThemeMatch::theme, ThemeMatch::evidence));
        assertTrue(got.containsKey(theme), () -> text + " -> " + got);
        assertEquals(List.of(evidence.split(";")), got.get(theme));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                                         | theme it must not carry
            They see the region from economic and security perspectives.    | Economy/Economy and trade
            Russia showed renewed interest in the country.                  | Economy/Energy
            It is important to note the importance of the talks.            | Economy/Economy and trade
            The government announced the policy.                            | Governance/Public administration and ethics
            New policies have been developed without consultation.          | Economy/Development and poverty
            """)
    void doesNotCodeOnLookAlikeWords(String text, String theme) {
        List<String> themes = tagger.tag(text).stream().map(ThemeMatch::theme).toList();
        assertFalse(themes.contains(theme), () -> text + " -> " + themes);
    }

    @Test
    void aPhraseMatchesAcrossItsOwnStopWords() {
        assertEquals(List.of("rule of law"), tagger.tag("They upheld the rule of law.").stream()
                .filter(t -> t.theme().equals("Governance/Rule of law and human rights")).findFirst().orElseThrow()
                .evidence());
    }

    @Test
    void militantsAndMilitancyBothTriggerTerrorism() {
        List<ThemeMatch> m = tagger.tag("Militants returned, and militancy rose; one militant was caught.");
        ThemeMatch t = m.stream().filter(x -> x.theme().equals(TERRORISM)).findFirst().orElseThrow();
        assertEquals(List.of("Militants", "militancy", "militant"), t.evidence());
        assertEquals("Terrorism and militancy", t.label());
    }

    @Test
    void aWordInsideALongerPhraseOfAnotherThemeDoesNotCount() {
        List<String> themes = tagger.tag("Civil-military relations were tense.").stream().map(ThemeMatch::theme).toList();
        assertTrue(themes.contains("Governance/Civil-military relations"));
        assertFalse(themes.contains("Security/Military and defence"), themes.toString());
    }

    @Test
    void aTextWithNoThemeWordHasNoTheme() {
        assertEquals(List.of(), tagger.tag("The weather was pleasant and lunch was served at one."));
    }

    @Test
    void defaultTaxonomyIsHierarchicalWithTheLeavesOfIssue19() {
        ThemeTaxonomy t = ThemeTaxonomy.defaults();
        assertTrue(t.themes().size() >= 35 && t.themes().size() <= 36, "themes: " + t.themes().size());
        assertTrue(t.themes().stream().allMatch(x -> x.parent() != null && !x.terms().isEmpty()));
        assertTrue(t.paths().containsAll(List.of("Security", "Governance", "Economy", "Society",
                "International relations")));
    }

    @Test
    void analystEditsSurviveSaveAndReloadAndChangeTheCoding(@TempDir Path dir) throws IOException {
        ThemeTaxonomy edited = ThemeTaxonomy.defaults()
                .withTheme("Society/Water", List.of("glacier melt*", "water scarcity"))
                .withTerms(TERRORISM, List.of("Kharijite"))
                .withRule(new ThemeRule("Society/Water", "dam OR reservoir"));
        Path file = dir.resolve("themes.json");
        edited.save(file);
        ThemeTaxonomy reloaded = ThemeTaxonomy.load(file);
        assertEquals(edited, reloaded);
        assertEquals(List.of(new ThemeRule("Society/Water", "dam OR reservoir")), reloaded.rules());
        assertTrue(reloaded.theme(TERRORISM).orElseThrow().terms().contains("Kharijite"));

        ThemeTagger retagged = new ThemeTagger(analyzer, reloaded);
        List<ThemeMatch> m = retagged.tag("Water scarcity follows glacier melting; Kharijites struck again.");
        assertTrue(m.stream().map(ThemeMatch::theme).toList().containsAll(List.of("Society/Water", TERRORISM)),
                m.toString());
        assertEquals(List.of("Water scarcity", "glacier melting"), m.stream()
                .filter(x -> x.theme().equals("Society/Water")).findFirst().orElseThrow().evidence());
        assertEquals(List.of(), tagger.tag("Water scarcity follows glacier melting.").stream()
                .filter(x -> x.theme().equals("Society/Water")).toList(), "the default taxonomy is untouched");
    }

    @Test
    void removingAThemeRemovesItsRules() {
        ThemeTaxonomy t = ThemeTaxonomy.defaults().withTheme("A/B", List.of("x")).withRule(new ThemeRule("A/B", "x"));
        ThemeTaxonomy removed = t.withoutTheme("A / B");
        assertTrue(removed.theme("A/B").isEmpty());
        assertTrue(removed.rules().isEmpty());
    }

    @Test
    void aBrokenWorkspaceFileBecomesAProblemAndTheDefaultsAreUsed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("themes.json");
        Files.writeString(file, "{\"themes\": [ {\"theme\": \"X\", \"terms\": [\"a\"] ");
        List<Problem> problems = new ArrayList<>();
        assertEquals(ThemeTaxonomy.defaults(), ThemeTaxonomy.loadOrDefaults(file, problems));
        assertEquals(1, problems.size());
        String reason = problems.getFirst().reason();
        assertTrue(reason.contains("themes.json") && reason.contains("line 1, column 44"), reason);
        assertThrows(IllegalArgumentException.class, () -> ThemeTaxonomy.load(file));
        assertEquals("{\"themes\": [ {\"theme\": \"X\", \"terms\": [\"a\"] ", Files.readString(file),
                "the analyst's file is left as it was, to be fixed");
    }
}
