package org.rapporteur.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.ChangeEvent;
import org.rapporteur.annotations.ChangeOrigin;
import org.rapporteur.annotations.ClaimRef;
import org.rapporteur.annotations.ClaimResolver;
import org.rapporteur.annotations.PgEndpoint;
import org.rapporteur.testing.PgTestCluster;

/**
 * Coding latency between two analysts of a team (issue 17: ≤ 1 s at p99 on loopback), a measurement, not a test:
 * client A codes {@code N} claims one by one (default 500, with a pause of 0–40 ms between them, as clicks come),
 * client B follows the team's changes ({@link AnnotationStore#followChanges}) and its listener timestamps each of A's
 * codings as it arrives. Both clients are stores of their own, each with its own connections and login role, in this
 * JVM so that one clock times both ends. Prints p50/p95/p99/max of commit→arrival (from A's {@code execute} returning,
 * i.e. after the commit) and of click→arrival (from A's call); appends the section to {@code --report FILE}.
 *
 * <p>Usage: {@code TeamLatencyBenchmark [--codings N] [--report FILE]} (bin/team-soak latency).
 */
public final class TeamLatencyBenchmark {
    private TeamLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = 500;
        Path report = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--codings" -> n = Integer.parseInt(args[++i]);
                case "--report" -> report = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("usage: TeamLatencyBenchmark [--codings N] [--report"
                        + " FILE]");
            }
        }
        String load = BenchMemory.loadAverage();
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        int warmup = 20;
        ClaimResolver claims = syntheticClaims(n + warmup);
        Map<Long, Long> arrived = new ConcurrentHashMap<>();
        List<long[]> sent = Collections.synchronizedList(new ArrayList<>());
        try (PgTestCluster cluster = PgTestCluster.startNew()) {
            PgEndpoint owner = cluster.newDatabase();
            PgEndpoint b = cluster.addMember(owner, "latency_b", "pw-b");
            try (AnnotationStore a = AnnotationStore.openTeam(owner, claims, "analyst-a", ChangeOrigin.WORKBENCH);
                 AnnotationStore follower = AnnotationStore.openTeam(b, claims, "analyst-b",
                         ChangeOrigin.WORKBENCH)) {
                long tag = a.execute(new Change.CreateTag("Latency")).entityId();
                follower.addListener(e -> {
                    if (e.external()) {
                        arrived.putIfAbsent(e.eventId(), System.nanoTime());
                    }
                });
                follower.followChanges(Duration.ofSeconds(5));
                Thread.sleep(1000);
                java.util.Random random = new java.util.Random(17);
                for (int i = 0; i < n + warmup; i++) {
                    long click = System.nanoTime();
                    ChangeEvent e = a.execute(new Change.AddCoding(tag, org.rapporteur.annotations.Target.claim(
                            "claim-" + i)));
                    long committed = System.nanoTime();
                    if (i >= warmup) {
                        sent.add(new long[] {e.eventId(), click, committed});
                    }
                    Thread.sleep(random.nextInt(41));
                }
                long waitUntil = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (System.nanoTime() < waitUntil && !sent.stream().allMatch(s -> arrived.containsKey(s[0]))) {
                    Thread.sleep(50);
                }
            }
        }
        List<Double> commitToArrival = new ArrayList<>();
        List<Double> clickToArrival = new ArrayList<>();
        int missing = 0;
        for (long[] s : sent) {
            Long at = arrived.get(s[0]);
            if (at == null) {
                missing++;
                continue;
            }
            commitToArrival.add((at - s[2]) / 1e6);
            clickToArrival.add((at - s[1]) / 1e6);
        }
        Collections.sort(commitToArrival);
        Collections.sort(clickToArrival);
        StringBuilder out = new StringBuilder();
        out.append("### Coding latency between two clients, ").append(started).append("\n\n");
        out.append(String.format(Locale.ROOT, "- %d codings by client A one by one (after %d not counted), each"
                + " followed by a pause of 0–40 ms; client B follows with `followChanges`; PostgreSQL on loopback"
                + " (PgTestCluster); load average %s at the start, %s at the end, %d processors%n", n, warmup, load,
                BenchMemory.loadAverage(), Runtime.getRuntime().availableProcessors()));
        out.append(String.format(Locale.ROOT, "- arrived at B: %d of %d (missing after 30 s: %d)%n%n",
                commitToArrival.size(), n, missing));
        out.append("| ms | p50 | p95 | p99 | max |\n|---|---|---|---|---|\n");
        out.append(row("commit → arrival at B", commitToArrival));
        out.append(row("A's call → arrival at B", clickToArrival));
        double p99 = commitToArrival.isEmpty() ? Double.NaN : percentile(commitToArrival, 99);
        out.append(String.format(Locale.ROOT, "%nTarget ≤ 1000 ms at p99: %s%n", missing == 0 && p99 <= 1000
                ? "met" : "NOT met"));
        System.out.println(out);
        if (report != null) {
            Files.writeString(report, "\n" + out, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    private static String row(String what, List<Double> sorted) {
        if (sorted.isEmpty()) {
            return "| " + what + " | – | – | – | – |\n";
        }
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f |%n", what, percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted.getLast());
    }

    /** Nearest-rank percentile of a sorted list. */
    static double percentile(List<Double> sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** {@code count} claims {@code claim-0…} of one invented report, one sentence each. */
    private static ClaimResolver syntheticClaims(int count) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int start = text.length();
            text.append("Speaker ").append(i).append(" said the regional grid needs investment number ").append(i)
                    .append('.');
            spans.add(new int[] {start, text.length()});
            text.append(' ');
        }
        String t = text.toString();
        return new ClaimResolver() {
            public Optional<ClaimRef> resolve(String claimId) {
                if (!claimId.startsWith("claim-")) {
                    return Optional.empty();
                }
                int i = Integer.parseInt(claimId.substring(6));
                if (i >= spans.size()) {
                    return Optional.empty();
                }
                int[] s = spans.get(i);
                return Optional.of(new ClaimRef(claimId, "latency-report", s[0], s[1], t.substring(s[0], s[1]),
                        t.substring(Math.max(0, s[0] - 32), s[0]), t.substring(s[1], Math.min(t.length(),
                        s[1] + 32))));
            }

            public Optional<String> reportText(String reportId) {
                return "latency-report".equals(reportId) ? Optional.of(t) : Optional.empty();
            }
        };
    }
}
