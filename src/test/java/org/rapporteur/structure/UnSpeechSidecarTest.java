package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rapporteur.ingest.Sidecar;
import org.rapporteur.ingest.SidecarReader;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Report;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.SidecarEntry;
import org.rapporteur.model.SourceDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * UN General Debate speeches with their {@code speakers.csv} sidecar: every claim gets the sidecar's speaker with
 * role and country, and structuring throughput over 500 speeches is measured (reading is not timed).
 */
class UnSpeechSidecarTest {
    private static final Logger LOG = LoggerFactory.getLogger(UnSpeechSidecarTest.class);
    private static final int SPEECHES = 500;

    @Test
    void everyClaimOfASpeechBelongsToTheSidecarSpeaker() throws Exception {
        Path root = SampleReports.shared().resolve("ungdc");
        Sidecar sidecar = SidecarReader.read(root);
        List<Path> all;
        try (Stream<Path> s = Files.walk(root.resolve("speeches"))) {
            all = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int step = Math.max(1, all.size() / SPEECHES);
        List<SourceDocument> docs = new ArrayList<>();
        List<SidecarEntry> entries = new ArrayList<>();
        for (int i = 0; i < all.size() && docs.size() < SPEECHES; i += step) {
            var entry = sidecar.entryFor(all.get(i));
            if (entry.isEmpty() || entry.get().speaker() == null) {
                continue;
            }
            docs.add(SampleReports.read(all.get(i)));
            entries.add(entry.get());
        }
        assertEquals(SPEECHES, docs.size());

        ReportStructurer structurer = new ReportStructurer();
        List<Report> reports = new ArrayList<>(docs.size());
        long chars = 0;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < docs.size(); i++) {
            reports.add(structurer.structure(docs.get(i), entries.get(i)));
            chars += docs.get(i).text().length();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long claims = reports.stream().mapToLong(r -> r.claims().size()).sum();
        LOG.info("structured {} UN speeches ({} MB, {} claims) in {} s wall, {} s CPU of one thread: {} speeches/s "
                        + "wall, {} speeches/s CPU, {} claims/s CPU",
                docs.size(), String.format(Locale.ROOT, "%.1f", chars / 1e6), claims,
                String.format(Locale.ROOT, "%.2f", seconds), String.format(Locale.ROOT, "%.2f", cpuSeconds),
                String.format(Locale.ROOT, "%.0f", docs.size() / seconds),
                String.format(Locale.ROOT, "%.0f", docs.size() / cpuSeconds),
                String.format(Locale.ROOT, "%.0f", claims / cpuSeconds));

        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            SidecarEntry e = entries.get(i);
            assertFalse(r.claims().isEmpty(), r.source().sourceName());
            assertEquals(ReportKind.SPEECH, r.metadata().kind());
            if (e.title() != null) {
                assertEquals(e.title(), r.metadata().title());
            }
            for (Claim c : r.claims()) {
                // the sidecar's name without its honorifics ("Mr. Arce" is Arce)
                assertEquals(PersonNameParser.bareName(e.speaker()), c.attribution().speakerName(),
                        r.source().sourceName());
                assertTrue(e.speaker().contains(c.attribution().speakerName()), r.source().sourceName());
                assertEquals(AttributionMethod.SIDECAR, c.attribution().method());
                if (e.speakerCountry() != null && !e.speakerCountry().isBlank()) {
                    assertEquals(e.speakerCountry().strip(), c.attribution().speaker().country());
                }
                assertEquals(r.source().text().substring(c.start(), c.end()), c.text());
            }
        }
        assertTrue(docs.size() / seconds > 5, "structuring is far too slow: " + docs.size() / seconds + " speeches/s");
    }
}
