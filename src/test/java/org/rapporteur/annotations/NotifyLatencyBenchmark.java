package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Claim;
import org.rapporteur.testing.PgTestCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long a coding takes to reach a second analyst's open store through LISTEN/NOTIFY on loopback (issue 17 target:
 * 1 s at p99), the safety poll set to ten minutes so it plays no part. Ann codes at a steady 20 codings a second; the
 * time runs from just before Ann's {@code execute} to Bea's listener, so it includes Ann's write. A benchmark (tag
 * {@code bench}): {@code bin/test -o -q -Dtest=NotifyLatencyBenchmark -Dgroups=bench -Dtest.excludedGroups=none};
 * figures in {@code target/bench/notify-latency.txt}.
 */
@Tag("bench")
class NotifyLatencyBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(NotifyLatencyBenchmark.class);
    private static final int CODINGS = 400;

    @Test
    void aCodingReachesTheOtherStoreWithinASecondAtP99() throws Exception {
        TestReports reports = new TestReports();
        List<Claim> claims = new ArrayList<>();
        for (int r = 0; r < 20; r++) {
            String id = reports.add(AnnotationStoreContract.TEXT.replace("2027", Integer.toString(2030 + r)));
            for (String needle : List.of("new pipeline", "costs were hidden", "groundwater")) {
                claims.add(reports.claimWith(id, needle));
            }
        }
        PgEndpoint team = PgTestCluster.shared().newDatabase();
        Map<Long, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> latenciesMicros = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch all = new CountDownLatch(CODINGS);
        try (AnnotationStore ann = AnnotationStore.openTeam(team, reports, "ann", ChangeOrigin.WORKBENCH);
             AnnotationStore bea = AnnotationStore.openTeam(team, reports, "bea", ChangeOrigin.WORKBENCH)) {
            CountDownLatch ready = new CountDownLatch(1);
            bea.addListener(e -> {
                long now = System.nanoTime();
                if (e.type().equals("CreateTag")) {
                    ready.countDown();
                    return;
                }
                Long t0 = sentAt.get(e.eventId());
                if (t0 == null) {
                    // heard before ann's execute returned and the id was known: wait for it briefly
                    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                    while ((t0 = sentAt.get(e.eventId())) == null && System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                }
                latenciesMicros.add((now - pending(t0)) / 1_000);
                all.countDown();
            });
            bea.followChanges(Duration.ofMinutes(10));
            long tag = ann.execute(new Change.CreateTag("Latency")).entityId();
            ready.await(10, TimeUnit.SECONDS);
            for (int i = 0; i < CODINGS; i++) {
                Claim claim = claims.get(i % claims.size());
                long t0 = System.nanoTime();
                ChangeEvent e = i < claims.size()
                        ? ann.execute(new Change.AddCoding(tag, Target.claim(claim.id())))
                        : ann.execute(new Change.AddNote(Target.claim(claim.id()), "note " + i));
                sentAt.put(e.eventId(), t0);
                Thread.sleep(50);
            }
            all.await(60, TimeUnit.SECONDS);
        }
        assertEquals(CODINGS, latenciesMicros.size(), "every change arrived");
        List<Long> sorted = latenciesMicros.stream().sorted().toList();
        String report = String.format(Locale.ROOT, "NOTIFY latency, %d changes at 20/s on loopback (ms): p50 %.1f,"
                        + " p95 %.1f, p99 %.1f, max %.1f%n", sorted.size(), at(sorted, 0.50), at(sorted, 0.95),
                at(sorted, 0.99), sorted.getLast() / 1000.0);
        LOG.info(report.strip());
        Path out = Path.of("target", "bench", "notify-latency.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static long pending(Long t0) {
        return t0 == null ? System.nanoTime() : t0;
    }

    private static double at(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1000.0;
    }
}
