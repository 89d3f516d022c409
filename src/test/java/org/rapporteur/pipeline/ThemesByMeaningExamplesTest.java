package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.embed.Embedders;
import org.rapporteur.embed.Embedding;
import org.rapporteur.embed.SentenceEmbedder;
import org.rapporteur.enrich.MeaningThemeScorer;
import org.rapporteur.enrich.ThemePrototypes;
import org.rapporteur.enrich.ThemeScoring;
import org.rapporteur.enrich.ThemeTagger;
import org.rapporteur.enrich.ThemeTaxonomy;
import org.rapporteur.index.ThemeTermAnalyzer;
import org.rapporteur.model.ThemeMatch;

/**
 * The shipped taxonomy and scoring on sentences the keyword themes of issue 19 got wrong or missed: claims are given
 * themes by what they mean, with the keyword traps gone. The model is loaded and the taxonomy embedded once.
 */
class ThemesByMeaningExamplesTest {
    private static SentenceEmbedder embedder;
    private static MeaningThemeScorer scorer;
    private static final ThemeTagger TAGGER = new ThemeTagger(new ThemeTermAnalyzer(), ThemeTaxonomy.defaults());

    @BeforeAll
    static void embedTheTaxonomy() {
        embedder = Embedders.open(Embedders.defaultModel(), 2);
        ThemeTaxonomy t = ThemeTaxonomy.defaults();
        List<float[]> vectors = new ArrayList<>();
        for (Embedding e : embedder.embedPassages(ThemePrototypes.taxonomyTexts(t))) {
            vectors.add(e.vector());
        }
        scorer = new MeaningThemeScorer(ThemePrototypes.builder().addTaxonomy(t, vectors).build(), ThemeScoring.DEFAULT);
    }

    @AfterAll
    static void close() {
        if (embedder != null) {
            embedder.close();
        }
    }

    private static List<ThemeMatch> themes(String text) {
        return scorer.themes(embedder.embedPassages(List.of(text)).getFirst().vector(), TAGGER.tag(text));
    }

    private static List<String> leaves(String text) {
        return themes(text).stream().map(ThemeMatch::theme).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # claim                                                                       | theme it gets
            Hospitals ran out of ICU beds within a week of the first cases.                | Society/Health and pandemics
            The only way to save lives now is to suppress the pandemic quickly.            | Society/Health and pandemics
            Disease surveillance must catch outbreaks before they reach the cities.        | Society/Health and pandemics
            Extreme poverty has risen sharply in the southern districts.                   | Economy/Development and poverty
            Efforts to deal with terrorism have stalled since the election.                | Security/Counter-terrorism policy
            The agency's officers ran informants inside the ministry for years.             | Security/Intelligence and covert action
            Banks must hold more capital against their holdings of crypto-assets.          | Economy/Financial regulation and banking
            """)
    void aClaimGetsTheThemeItIsAbout(String text, String theme) {
        assertTrue(leaves(text).contains(theme), () -> text + " -> " + themes(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # claim                                                                       | theme it must not get
            Extreme poverty has risen sharply in the southern districts.                   | Society/Religion and extremism
            Disease surveillance must catch outbreaks before they reach the cities.        | Security/Intelligence and covert action
            Post-coup violence has driven thousands from their villages.                   | Governance/Civil-military relations
            Efforts to deal with terrorism have stalled since the election.                | Security/Terrorism and militancy
            """)
    void aKeywordTrapNoLongerCodes(String text, String theme) {
        assertFalse(leaves(text).contains(theme), () -> text + " -> " + themes(text));
    }

    @Test
    void aThemeByMeaningSaysWhichExampleTheClaimIsLike() {
        String text = "Wards overflowed and the staff worked double shifts until the infections fell.";
        assertTrue(TAGGER.tag(text).stream().noneMatch(m -> m.theme().equals("Society/Health and pandemics")),
                "no Health term in it");
        ThemeMatch health = themes(text).stream().filter(m -> m.theme().equals("Society/Health and pandemics"))
                .findFirst().orElseThrow(() -> new AssertionError(themes(text).toString()));
        String evidence = health.evidence().getFirst();
        assertTrue(evidence.startsWith("like: "), evidence);
        for (ThemeMatch m : themes("The committee heard that vaccines reached remote villages only after months.")) {
            assertTrue(m.evidence().stream().allMatch(e -> e.length() <= "like: ".length() + 81), m.toString());
        }
        assertTrue(themes("The weather was pleasant and lunch was served at one.").isEmpty());
    }
}
