package org.rapporteur.enrich;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rapporteur.index.ThemeTermAnalyzer;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Report;
import org.rapporteur.testing.SharedData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enrichment throughput on about 500 UN General Debate speeches (evenly spread over 1946-2024), split into sentences
 * naively. Logs sentences per second; fails only if enrichment is absurdly slow (a floor far below what a laptop does)
 * or finds nothing. Size with {@code -Drapporteur.bench.speeches=N}. A benchmark: run by bin/bench, not the default suite.
 */
@Tag("bench")
class EnrichmentThroughputTest {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichmentThroughputTest.class);

    @Test
    void enrichesUnSpeechesAtAUsefulRate() throws IOException {
        int wanted = Integer.getInteger("rapporteur.bench.speeches", 500);
        List<Path> all = SharedData.speeches();
        List<Report> reports = new ArrayList<>();
        long chars = 0;
        for (int k = 0; k < wanted && k < all.size(); k++) {
            Path p = all.get((int) ((long) k * all.size() / wanted));
            String text = SharedData.text(p);
            chars += text.length();
            reports.add(ReportFixtures.bySentences(p.getFileName().toString(), text));
        }
        int sentences = reports.stream().mapToInt(r -> r.claims().size()).sum();

        ReportEnricher enricher = ReportEnricher.withDefaults(new ThemeTermAnalyzer());
        reports.stream().limit(20).forEach(enricher::enrich); // warm-up
        long t0 = System.nanoTime();
        long withCountry = 0;
        long withTheme = 0;
        for (Report r : reports) {
            for (Claim c : enricher.enrich(r).claims()) {
                withCountry += c.enrichment().countries().isEmpty() ? 0 : 1;
                withTheme += c.enrichment().themes().isEmpty() ? 0 : 1;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double perSecond = sentences / seconds;
        LOG.info(String.format(Locale.ROOT, "enriched %d speeches, %d sentences, %.1f MB in %.2f s: %.0f sentences/s, %.2f MB/s;"
                        + " %.0f%% of sentences name a country, %.0f%% carry a theme, glossary holds %d acronyms",
                reports.size(), sentences, chars / 1e6, seconds, perSecond, chars / 1e6 / seconds,
                100.0 * withCountry / sentences, 100.0 * withTheme / sentences, enricher.glossary().entries().size()));
        assertTrue(sentences > 10_000, "the benchmark needs real volume: " + sentences);
        assertTrue(withCountry > sentences / 20, "UN speeches name countries");
        assertTrue(perSecond > 500, String.format(Locale.ROOT, "%.0f sentences/s is too slow", perSecond));
    }
}
