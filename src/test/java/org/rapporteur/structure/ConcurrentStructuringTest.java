package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Report;
import org.rapporteur.model.SourceDocument;

/** One shared ReportStructurer on several threads gives exactly the sequential results. */
class ConcurrentStructuringTest {
    @Test
    void aSharedStructurerIsThreadSafe() throws Exception {
        List<SourceDocument> docs = SampleReports.files().stream().map(SampleReports::read).toList();
        ReportStructurer shared = new ReportStructurer();
        List<Report> sequential = docs.stream().map(d -> shared.structure(d, null)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<Report>> futures = docs.stream().map(d -> pool.submit(() -> shared.structure(d, null)))
                        .toList();
                for (int i = 0; i < docs.size(); i++) {
                    Report r = futures.get(i).get();
                    assertEquals(sequential.get(i).claims(), r.claims());
                    assertEquals(sequential.get(i).metadata(), r.metadata());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
