package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.SidecarEntry;
import org.rapporteur.testing.SharedData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UN General Debate Corpus as a real, large corpus: one speech's sidecar entry in the default suite; sidecar
 * coverage of all 10,952 speeches and single-thread reading throughput under bin/bench (tag {@code bench}).
 */
class UngdcCorpusTest {
    private static final Logger LOG = LoggerFactory.getLogger(UngdcCorpusTest.class);

    /** Corpus-wide (every file of the dataset scanned and matched): bin/bench runs it, the default suite does not. */
    @Test
    @Tag("bench")
    void builtInLayoutGivesNearlyEverySpeechItsSpeaker() throws Exception {
        Path root = SharedData.ungdc();
        CorpusFiles scan = CorpusScanner.scan(List.of(root));
        Sidecar sidecar = SidecarReader.read(root);

        long covered = scan.files().stream().filter(f -> sidecar.entryFor(f).isPresent()).count();
        double share = (double) covered / scan.files().size();
        LOG.info("UNGDC: {} speech files, {} sidecar entries, {} files covered ({}%), {} sidecar warnings: {}",
                scan.files().size(), sidecar.size(), covered, String.format(Locale.ROOT, "%.2f", 100 * share),
                sidecar.problems().size(), sidecar.problems());

        assertEquals(10_952, scan.files().size(), "speech files, README and DATASET-README skipped");
        assertTrue(scan.problems().isEmpty(), scan.problems()::toString);
        assertTrue(share >= 0.99, "coverage " + share);
        assertEquals(List.of(root.resolve(SidecarReader.UNGDC_SPEAKERS_CSV)), sidecar.sources());
    }

    @Test
    void firstSessionSpeechMapsToItsSpeakerAndCountry() throws Exception {
        Path root = SharedData.ungdc();
        String[] row = csvRow(root, "1946,1,ARG,");
        Path speech = root.resolve("speeches/1946/ARG_01_1946.txt");
        assertTrue(Files.isRegularFile(speech));

        SidecarEntry e = SidecarReader.read(root).entryFor(speech).orElseThrow();

        assertEquals(row[4].strip(), e.speaker());
        assertEquals(row[3].strip(), e.speakerCountry());
        assertEquals(ReportKind.SPEECH, e.kind());
        assertEquals("1946", e.date());
        assertEquals(row[3].strip() + " at the UN General Debate, 1946 (session 1)", e.title());
    }

    /** A throughput measurement over all 10,952 speeches (~20 s): bin/bench runs it, the default suite does not. */
    @Test
    @Tag("bench")
    void readsEverySpeechSingleThreaded() throws Exception {
        List<Path> files = CorpusScanner.scan(List.of(SharedData.ungdc())).files();
        Ingestor ingestor = new Ingestor();
        List<String> failures = new ArrayList<>();
        long chars = 0;
        long bytes = 0;
        long t0 = System.nanoTime();
        for (Path f : files) {
            IngestResult r = ingestor.read(f);
            if (r.ok()) {
                chars += r.document().text().length();
                bytes += Files.size(f);
            } else {
                failures.add(r.problems().getFirst().line());
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        LOG.info("UNGDC: read {} files ({} MB, {} M chars) in {} s single-threaded = {} files/s, {} MB/s; {} failed {}",
                files.size(), bytes / (1024 * 1024), chars / 1_000_000, String.format(Locale.ROOT, "%.1f", seconds),
                Math.round(files.size() / seconds), String.format(Locale.ROOT, "%.1f", bytes / 1048576.0 / seconds),
                failures.size(), failures.stream().limit(5).toList());

        assertTrue(failures.isEmpty(), failures::toString);
    }

    /** The first line of the speakers CSV starting with {@code prefix}, split naively (the row has no quotes). */
    private static String[] csvRow(Path root, String prefix) throws Exception {
        return Files.readAllLines(root.resolve("speakers.csv"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().split(",", -1);
    }
}
