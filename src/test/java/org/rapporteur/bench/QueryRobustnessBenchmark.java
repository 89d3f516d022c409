package org.rapporteur.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.rapporteur.model.QuerySyntaxException;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SearchResult;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.SharedData;

/**
 * Benchmark, not a test: hits and warm times of fuzzy and pattern terms (ADR 0011), the time it takes to refuse
 * queries past the limits, and the index's size on disk. Arguments: a workspace folder (indexed from the corpus if it
 * holds no claims yet) and the corpus folder (default ../shared/corpus). Prints a Markdown table. Run it on an
 * otherwise idle machine:
 * {@code java -cp target/test-classes:target/rapporteur.jar:target/lib/* org.rapporteur.bench.QueryRobustnessBenchmark WS CORPUS}.
 */
public final class QueryRobustnessBenchmark {
    private static final int RUNS = 7;

    private QueryRobustnessBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path wsDir = Path.of(args.length > 0 ? args[0] : Files.createTempDirectory("rapporteur-q").toString());
        Path corpus = (args.length > 1 ? Path.of(args[1]) : SharedData.corpus()).toAbsolutePath().normalize();
        StringBuilder out = new StringBuilder();
        try (Workspace ws = Workspace.open(wsDir)) {
            if (ws.corpus().claimCount() == 0) {
                long t0 = System.nanoTime();
                ws.index(List.of(corpus), ProgressListener.NONE, Cancellation.NEVER);
                out.append(String.format(Locale.ROOT, "Indexed %s in %.1f s%n", corpus, (System.nanoTime() - t0) / 1e9));
            }
            out.append(String.format(Locale.ROOT, "%,d claims; index on disk %,d bytes; Java %s%n%n", ws.corpus().claimCount(),
                    size(wsDir.resolve("index")), System.getProperty("java.version")));
            out.append("| query | hits | first run ms | warm median ms |\n|---|---|---|---|\n");
            for (String q : List.of("security", "security~", "securty~1", "secruity~2", "secur*", "securi*",
                    "/secur.*/", "terrorism", "terorism~1")) {
                out.append(row(ws, q));
            }
            out.append("\n| refused query | first run ms | warm median ms | message |\n|---|---|---|---|\n");
            List<String[]> refused = List.of(
                    new String[] {"5,000 nested parentheses", "(".repeat(5_000) + "security" + ")".repeat(5_000)},
                    new String[] {"12,000 terms", IntStream.range(0, 12_000).mapToObj(i -> "w" + i)
                            .collect(Collectors.joining(" OR "))},
                    new String[] {"`/(a|b)*a(a|b){30}/`", "/(a|b)*a(a|b){30}/"},
                    new String[] {"`/a{99999999}/`", "/a{99999999}/"},
                    new String[] {"`security^1e30`", "security^1e30"});
            System.out.print(out);
            for (String[] r : refused) {
                System.out.print(refusal(ws, r[0], r[1]));
            }
        }
    }

    private static String row(Workspace ws, String q) {
        List<Long> times = new ArrayList<>();
        SearchResult last = null;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            last = ws.corpus().search(SearchRequest.of(q, 20));
            times.add((System.nanoTime() - t0) / 1_000_000);
        }
        return String.format(Locale.ROOT, "| `%s` | %,d | %d | %d |%n", q, last.total(), times.getFirst(), median(times));
    }

    private static String refusal(Workspace ws, String label, String q) {
        List<Long> times = new ArrayList<>();
        String message = "(searched: not refused)";
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            try {
                ws.corpus().search(SearchRequest.of(q, 20));
            } catch (QuerySyntaxException e) {
                message = e.getMessage();
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // what the query did before it was refused (ADR 0011), when run on an older build: once is enough
                message = "crashed: " + e.getClass().getSimpleName();
                times.add((System.nanoTime() - t0) / 1_000_000);
                times.add(times.getFirst());
                break;
            }
            times.add((System.nanoTime() - t0) / 1_000_000);
        }
        return String.format(Locale.ROOT, "| %s | %d | %d | %s |%n", label, times.getFirst(), median(times),
                message.replace("|", "\\|"));
    }

    private static long median(List<Long> times) {
        List<Long> warm = new ArrayList<>(times.subList(1, times.size()));
        Collections.sort(warm);
        return warm.get(warm.size() / 2);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
