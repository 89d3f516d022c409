package org.rapporteur.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.Target;
import org.rapporteur.export.ExportFormat;
import org.rapporteur.export.ExportOptions;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.pipeline.ExportSelection;
import org.rapporteur.pipeline.ExportService;
import org.rapporteur.pipeline.ImportResult;
import org.rapporteur.pipeline.ImportService;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/**
 * Benchmark, not a test: how many annotations a JSON-LD import writes per second. A donor workspace over an invented
 * corpus gets {@code -Drapporteur.importAnnotations} (default 1,500) codings and notes on claims, exports them, and a
 * fresh workspace over the same corpus imports the file; the import alone is timed. Figures go to
 * docs/robustness-kill.md.
 */
@Tag("bench")
class ImportThroughputBenchmark {
    @TempDir
    Path dir;

    @Test
    void importThroughput() throws Exception {
        int wanted = Integer.getInteger("rapporteur.importAnnotations", 1500);
        Path corpus = dir.resolve("corpus");
        InventedCorpus.write(corpus, 60, 10, 7L);
        Path backup = dir.resolve("backup.jsonld");
        int written;
        try (Workspace donor = Workspace.open(dir.resolve("donor"))) {
            donor.index(List.of(corpus), ProgressListener.NONE, Cancellation.NEVER);
            written = DonorAnnotations.write(donor.annotations(), claims(donor), wanted);
            new ExportService(donor).export(new ExportSelection.All(), ExportFormat.JSONLD, ExportOptions.DEFAULT,
                    backup, ProgressListener.NONE, Cancellation.NEVER);
        }
        try (Workspace target = Workspace.open(dir.resolve("target"))) {
            target.index(List.of(corpus), ProgressListener.NONE, Cancellation.NEVER);
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int run = 1; run <= 3; run++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                ImportResult r = new ImportService(target).importFile(backup, ProgressListener.NONE,
                        Cancellation.NEVER);
                double seconds = (System.nanoTime() - t0) / 1e9;
                double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                int imported = r.tagsCreated() + r.codings() + r.notes() + r.links();
                assertEquals(written, imported, "every annotation imported");
                assertEquals(1, target.annotations().history(100_000).stream().filter(h -> h.state()
                        == org.rapporteur.annotations.HistoryEntry.State.DONE).count(), "one undo step per import");
                System.out.println(String.format(Locale.ROOT, "import throughput, run %d: %d annotations (%d tags, %d codings,"
                        + " %d notes) in %.2f s wall = %.0f annotations/s; %.2f s CPU of the importing thread ="
                        + " %.0f annotations/s; load average at the end %.1f", run, imported, r.tagsCreated(),
                        r.codings(), r.notes(), seconds, imported / seconds, cpu, imported / cpu,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
                target.annotations().undo(); // one step takes it all back, so the next run imports everything again
            }
        }
    }

    private static List<ClaimRecord> claims(Workspace ws) {
        List<ClaimRecord> all = new java.util.ArrayList<>();
        ws.corpus().forEachClaim("", all::add);
        return all;
    }

    /** The donor's annotations in one batch: ten tags, then alternately a coding and a note on successive claims. */
    static final class DonorAnnotations {
        static int write(Annotations service, List<ClaimRecord> claims, int wanted) {
            int[] n = {0};
            service.executeAll("donor annotations", sink -> {
                long[] tags = new long[10];
                for (int i = 0; i < tags.length; i++) {
                    tags[i] = sink.apply(new Change.CreateTag("Theme " + i));
                }
                n[0] = tags.length;
                for (int i = 0; n[0] < wanted && i < claims.size(); i++) {
                    String claim = claims.get(i).claim().id();
                    sink.apply(new Change.AddCoding(tags[i % tags.length], Target.claim(claim)));
                    n[0]++;
                    if (n[0] < wanted) {
                        sink.apply(new Change.AddNote(Target.claim(claim), "Compare with point " + i + "."));
                        n[0]++;
                    }
                }
            });
            return n[0];
        }
    }
}
