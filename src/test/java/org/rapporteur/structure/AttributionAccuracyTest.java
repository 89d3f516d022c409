package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.eval.TextToPdf;
import org.rapporteur.model.Report;
import org.rapporteur.testing.SharedData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaker attribution measured against keys written by reading the texts, before running the tool on them
 * ({@code src/test/resources/eval/README.md}): the five samples (key of quote locators into {@code ../shared/corpus})
 * and ten invented reports of other publishers. Accuracy is score.py's: high-confidence claims whose quote lands in a
 * claim with the key's speaker (or with no person, when the key names none). {@code bin/eval} prints the same
 * figures per document and per layout, with the dev corpus.
 */
class AttributionAccuracyTest {
    private static final Logger LOG = LoggerFactory.getLogger(AttributionAccuracyTest.class);
    static final double SAMPLES_THRESHOLD = 0.97;
    static final double INVENTED_THRESHOLD = 0.85;
    static final double DEV_THRESHOLD = 0.90;
    static final Path EVAL = Path.of("src", "test", "resources", "eval");

    @Test
    void samplesKey() throws IOException {
        AnswerKey key = AnswerKey.load(EVAL.resolve("samples-key.json"), SharedData.corpus());
        assertEquals(5, key.documents().size());
        check("samples", key, SampleReports.structured(), SAMPLES_THRESHOLD);
    }

    /** Ten layouts neither the samples nor the dev corpus have, keyed before the tool ran on them. */
    @Test
    void inventedKey(@TempDir Path tmp) throws IOException {
        AnswerKey key = AnswerKey.load(EVAL.resolve("invented-key.json"), null);
        assertEquals(10, key.documents().size());
        check("invented", key, invented(tmp), INVENTED_THRESHOLD);
    }

    /** The thirteen real texts of other layouts in ../shared/devcorpus, with their hand-made key (read at test time). */
    @Test
    void devcorpusKey() throws IOException {
        Path dev = SharedData.corpus().resolveSibling("devcorpus");
        AnswerKey key = AnswerKey.load(dev.resolve("gold-dev.json"), null);
        List<Report> reports = new ArrayList<>();
        try (Stream<Path> s = Files.list(dev.resolve("texts"))) {
            ReportStructurer structurer = new ReportStructurer();
            for (Path f : s.sorted().toList()) {
                reports.add(structurer.structure(SampleReports.read(f), null));
            }
        }
        assertEquals(13, reports.size());
        check("devcorpus", key, reports, DEV_THRESHOLD);
    }

    /** The invented reports through the real ingest; a {@code NAME.pdf-source.txt} is set as NAME.pdf first. */
    static List<Report> invented(Path tmp) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(EVAL.resolve("invented"))) {
            files = s.sorted().toList();
        }
        ReportStructurer structurer = new ReportStructurer();
        List<Report> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".pdf-source.txt")) {
                Path pdf = tmp.resolve(name.replace(".pdf-source.txt", ".pdf"));
                TextToPdf.render(Files.readString(f), pdf);
                f = pdf;
            }
            out.add(structurer.structure(SampleReports.read(f), null));
        }
        return out;
    }

    private static void check(String corpus, AnswerKey key, List<Report> reports, double threshold) {
        AnswerKey.Score score = key.score(reports);
        String summary = String.format(Locale.ROOT, "%s: speaker accuracy %d/%d = %.3f (threshold %.2f)", corpus,
                score.right(), score.total(), score.accuracy(), threshold);
        LOG.info(summary);
        String misses = score.misses().stream().map(m -> "  " + m).collect(Collectors.joining("\n"));
        assertTrue(score.accuracy() >= threshold, summary + "; misses:\n" + misses);
    }
}
