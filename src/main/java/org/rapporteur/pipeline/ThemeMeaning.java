package org.rapporteur.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapporteur.annotations.Correction;
import org.rapporteur.annotations.CorrectionKind;
import org.rapporteur.embed.Embedding;
import org.rapporteur.embed.SentenceEmbedder;
import org.rapporteur.enrich.MeaningThemeScorer;
import org.rapporteur.enrich.ThemePrototypes;
import org.rapporteur.enrich.ThemeScoring;
import org.rapporteur.enrich.ThemeTaxonomy;
import org.rapporteur.index.ClaimIndex;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.RapporteurException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Joins the meaning index and the theme taxonomy: embeds a taxonomy's prototypes (descriptions and examples) once per
 * taxonomy and model, held in memory (about 600 sentences, 5–10 s on one core), and adds the analyst's theme
 * corrections — the vector of a claim coded with a theme is an example of it, of a claim a theme was taken off a
 * negative — to make the {@link MeaningThemeScorer} a re-theme uses. Thread-safe.
 */
final class ThemeMeaning {
    private static final Logger LOG = LoggerFactory.getLogger(ThemeMeaning.class);

    private final MeaningIndex meaning;
    private final ClaimIndex index;
    private final ThemeScoring scoring;

    /** The taxonomy texts last embedded and their vectors (the cache: one taxonomy is in use at a time). */
    private List<String> embeddedTexts;
    private List<float[]> embeddedVectors;

    ThemeMeaning(MeaningIndex meaning, ClaimIndex index) {
        this(meaning, index, ThemeScoring.DEFAULT);
    }

    ThemeMeaning(MeaningIndex meaning, ClaimIndex index, ThemeScoring scoring) {
        this.meaning = meaning;
        this.index = index;
        this.scoring = scoring;
    }

    /** Whether claims have vectors to be themed by meaning (some at least, and readable). */
    boolean available() {
        return meaning.state().problem() == null && meaning.vectors().count() > 0;
    }

    /** The vectors of a report's claims, by claim id. */
    Map<String, float[]> vectorsOfReport(String reportId) {
        return meaning.vectors().vectorsOfReport(reportId);
    }

    /**
     * The scorer for {@code taxonomy} with the analyst's corrections, or empty when the model cannot be loaded (then
     * themes stay those of the keywords).
     */
    Optional<MeaningThemeScorer> scorer(ThemeTaxonomy taxonomy, List<Correction> corrections) {
        SentenceEmbedder embedder;
        try {
            embedder = meaning.embedder();
        } catch (RapporteurException e) {
            return Optional.empty(); // said once by the meaning index
        }
        ThemePrototypes.Builder b = ThemePrototypes.builder().addTaxonomy(taxonomy, taxonomyVectors(taxonomy, embedder));
        // the analyst's last word on each claim and theme counts: coded, uncoded, coded again is coded
        int examples = 0;
        int negatives = 0;
        for (Correction c : ThemeCodings.last(corrections)) {
            String claimId = c.anchor().claimId();
            Optional<ClaimRecord> claim = index.corpus().claim(claimId);
            if (claim.isEmpty()) {
                continue; // a correction of a claim no longer indexed teaches nothing here
            }
            float[] v = meaning.vectors().vectorOf(claimId)
                    .orElseGet(() -> embedder.embedPassages(List.of(claim.get().claim().text())).getFirst().vector());
            if (c.kind() == CorrectionKind.ADD_THEME) {
                b.add(c.value(), new ThemePrototypes.Prototype(v, claim.get().claim().text(),
                        ThemePrototypes.Source.ANALYST, claimId));
                examples++;
            } else {
                b.addNegative(c.value(), new ThemePrototypes.Negative(v, claimId));
                negatives++;
            }
        }
        if (examples + negatives > 0) {
            LOG.debug("Themes by meaning: {} examples and {} negatives from the analyst's corrections", examples,
                    negatives);
        }
        return Optional.of(new MeaningThemeScorer(b.build(), scoring));
    }

    /** The vectors of the taxonomy's prototypes, embedded once per taxonomy. */
    private synchronized List<float[]> taxonomyVectors(ThemeTaxonomy taxonomy, SentenceEmbedder embedder) {
        List<String> texts = ThemePrototypes.taxonomyTexts(taxonomy);
        if (!texts.equals(embeddedTexts)) {
            long t0 = System.nanoTime();
            List<float[]> vectors = new ArrayList<>(texts.size());
            for (int i = 0; i < texts.size(); i += MeaningIndex.BATCH) {
                for (Embedding e : embedder.embedPassages(texts.subList(i, Math.min(texts.size(), i + MeaningIndex.BATCH)))) {
                    vectors.add(e.vector());
                }
            }
            embeddedTexts = texts;
            embeddedVectors = List.copyOf(vectors);
            LOG.info("Embedded the {} descriptions and examples of the theme taxonomy in {} ms", texts.size(),
                    (System.nanoTime() - t0) / 1_000_000);
        }
        return embeddedVectors;
    }
}
