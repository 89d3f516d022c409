package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rapporteur.ingest.Sidecar;
import org.rapporteur.ingest.SidecarReader;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Report;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.SidecarEntry;
import org.rapporteur.model.SourceDocument;
import org.rapporteur.testing.SharedData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * UN General Debate speeches with their {@code speakers.csv} sidecar: every claim gets the sidecar's speaker with
 * role and country. The default suite checks 25 speeches spread over the years; the 500-speech structuring throughput
 * is a benchmark (tag {@code bench}, run by bin/bench).
 */
class UnSpeechSidecarTest {
    private static final Logger LOG = LoggerFactory.getLogger(UnSpeechSidecarTest.class);

    /** Evenly spread speeches that have a sidecar speaker, with their entries. */
    private record Speeches(List<SourceDocument> docs, List<SidecarEntry> entries) {
        static Speeches pick(int wanted) throws Exception {
            Path root = SharedData.ungdc();
            Sidecar sidecar = SidecarReader.read(root);
            List<Path> all = SharedData.speeches();
            int step = Math.max(1, all.size() / wanted);
            List<SourceDocument> docs = new ArrayList<>();
            List<SidecarEntry> entries = new ArrayList<>();
            for (int i = 0; i < all.size() && docs.size() < wanted; i += step) {
                var entry = sidecar.entryFor(all.get(i));
                if (entry.isEmpty() || entry.get().speaker() == null) {
                    continue;
                }
                docs.add(SampleReports.read(all.get(i)));
                entries.add(entry.get());
            }
            assertEquals(wanted, docs.size());
            return new Speeches(docs, entries);
        }
    }

    @Test
    void everyClaimOfASpeechBelongsToTheSidecarSpeaker() throws Exception {
        Speeches s = Speeches.pick(25);
        ReportStructurer structurer = new ReportStructurer();
        for (int i = 0; i < s.docs().size(); i++) {
            assertSidecarSpeaker(structurer.structure(s.docs().get(i), s.entries().get(i)), s.entries().get(i));
        }
    }

    @Test
    @Tag("bench")
    void structuresFiveHundredSpeechesAtAUsefulRate() throws Exception {
        Speeches s = Speeches.pick(500);
        ReportStructurer structurer = new ReportStructurer();
        List<Report> reports = new ArrayList<>(s.docs().size());
        long chars = 0;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < s.docs().size(); i++) {
            reports.add(structurer.structure(s.docs().get(i), s.entries().get(i)));
            chars += s.docs().get(i).text().length();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long claims = reports.stream().mapToLong(r -> r.claims().size()).sum();
        LOG.info("structured {} UN speeches ({} MB, {} claims) in {} s wall, {} s CPU of one thread: {} speeches/s "
                        + "wall, {} speeches/s CPU, {} claims/s CPU",
                reports.size(), String.format(Locale.ROOT, "%.1f", chars / 1e6), claims,
                String.format(Locale.ROOT, "%.2f", seconds), String.format(Locale.ROOT, "%.2f", cpuSeconds),
                String.format(Locale.ROOT, "%.0f", reports.size() / seconds),
                String.format(Locale.ROOT, "%.0f", reports.size() / cpuSeconds),
                String.format(Locale.ROOT, "%.0f", claims / cpuSeconds));
        for (int i = 0; i < reports.size(); i++) {
            assertSidecarSpeaker(reports.get(i), s.entries().get(i));
        }
        assertTrue(reports.size() / seconds > 5, "structuring is far too slow: " + reports.size() / seconds + " speeches/s");
    }

    private static void assertSidecarSpeaker(Report r, SidecarEntry e) {
        assertFalse(r.claims().isEmpty(), r.source().sourceName());
        assertEquals(ReportKind.SPEECH, r.metadata().kind());
        if (e.title() != null) {
            assertEquals(e.title(), r.metadata().title());
        }
        for (Claim c : r.claims()) {
            // the sidecar's name without its honorifics ("Mr. Arce" is Arce)
            assertEquals(PersonNameParser.bareName(e.speaker()), c.attribution().speakerName(), r.source().sourceName());
            assertTrue(e.speaker().contains(c.attribution().speakerName()), r.source().sourceName());
            assertEquals(AttributionMethod.SIDECAR, c.attribution().method());
            if (e.speakerCountry() != null && !e.speakerCountry().isBlank()) {
                assertEquals(e.speakerCountry().strip(), c.attribution().speaker().country());
            }
            assertEquals(r.source().text().substring(c.start(), c.end()), c.text());
        }
    }
}
