package org.rapporteur.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.ChangeOrigin;
import org.rapporteur.annotations.ClaimResolver;
import org.rapporteur.annotations.PgEndpoint;
import org.rapporteur.testing.PgTestCluster;
import org.rapporteur.testing.SharedData;

/**
 * Opening a team workspace whose database holds 50,000 annotations (issue 17: ≤ 3 s), a measurement, not a test. A
 * throwaway server ({@link PgTestCluster}); the sample corpus indexed into a workspace; {@code rapporteur team connect}
 * joins it to the team database; {@link TeamOpenSeeder} writes the annotations through the workspace; then
 * {@link TeamOpenProbe} opens it cold in a fresh JVM, several times: open, library, codebook, undo state, first search
 * with facets. Every child JVM finds the password as an analyst's would, in the password file ({@code PGPASSFILE}).
 * Prints a Markdown section; appends it to {@code --report FILE}.
 *
 * <p>Usage: {@code TeamOpenBenchmark [--annotations N] [--runs N] [--corpus DIR] [--report FILE]}
 * (bin/team-soak open).
 */
public final class TeamOpenBenchmark {
    private TeamOpenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int annotations = 50_000;
        int runs = 5;
        Path repo = Path.of(System.getProperty("rapporteur.home", ".")).toAbsolutePath().normalize();
        Path corpus = null;
        Path report = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--annotations" -> annotations = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--corpus" -> corpus = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--report" -> report = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("usage: TeamOpenBenchmark [--annotations N] [--runs N]"
                        + " [--corpus DIR] [--report FILE]");
            }
        }
        if (corpus == null) {
            corpus = SharedData.corpus();
        }
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String loadBefore = BenchMemory.loadAverage();
        Path work = Files.createTempDirectory("rapporteur-team-open");
        Path ws = work.resolve("ws");
        StringBuilder out = new StringBuilder();
        try (PgTestCluster cluster = PgTestCluster.startNew()) {
            PgEndpoint team = cluster.newDatabase();
            Path pgpass = work.resolve("pgpass");
            Files.writeString(pgpass, team.host() + ":" + team.port() + ":" + team.database() + ":" + team.user()
                    + ":" + team.password() + "\n");
            Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
            Map<String, String> env = Map.of("PGPASSFILE", pgpass.toString());
            Children children = new Children(repo, work, env);
            children.run("index", "org.rapporteur.cli.Main", "index", "--no-embed", "--corpus", corpus.toString(),
                    "--workspace", ws.toString());
            String url = "postgresql://" + team.user() + "@" + team.host() + ":" + team.port() + "/"
                    + team.database() + "?sslmode=disable";
            children.run("connect", "org.rapporteur.cli.Main", "team", "connect", url, "--workspace",
                    ws.toString());
            String seeded = lineStarting(children.run("seed", TeamOpenSeeder.class.getName(), ws.toString(),
                    Integer.toString(annotations)), "seeded");
            long codings;
            long notes;
            long links;
            try (AnnotationStore check = AnnotationStore.openTeam(team, ClaimResolver.none(), "bench",
                    ChangeOrigin.UNKNOWN)) {
                codings = check.codings().size();
                notes = check.notes().size();
                links = check.links().size();
            }
            List<Double> totals = new ArrayList<>();
            List<Double> walls = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            String loadAtProbe = BenchMemory.loadAverage();
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                String line = lineStarting(children.run("probe" + i, TeamOpenProbe.class.getName(), ws.toString()),
                        "open=");
                walls.add((System.nanoTime() - t0) / 1e6);
                lines.add(line);
                totals.add(Double.parseDouble(fields(line).get("total")));
            }
            List<Double> sorted = new ArrayList<>(totals);
            Collections.sort(sorted);
            out.append("### Opening a team workspace with ").append(codings + notes + links)
                    .append(" annotations, ").append(started).append("\n\n");
            out.append(String.format(Locale.ROOT, "- %s; in the database: %d codings, %d notes, %d links%n", seeded,
                    codings, notes, links));
            out.append(String.format(Locale.ROOT, "- PostgreSQL on loopback (PgTestCluster); corpus `%s`; load"
                    + " average %s at the start, %s before the probes, %s at the end; %d processors%n", corpus,
                    loadBefore, loadAtProbe, BenchMemory.loadAverage(), Runtime.getRuntime().availableProcessors()));
            out.append("- each run a fresh JVM: `Workspace.open` + `prepareSearch`, the reports, the tag tree and"
                    + " colours, undo state, the first search with 30 facet values (tag facet included)\n\n");
            out.append("| run | open ms | library ms | codebook ms | undo ms | first search ms | total ms | JVM wall"
                    + " ms | tag facet values |\n|---|---|---|---|---|---|---|---|---|\n");
            for (int i = 0; i < runs; i++) {
                Map<String, String> f = fields(lines.get(i));
                out.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s | %.0f | %s |%n", i + 1,
                        f.get("open"), f.get("library"), f.get("codebook"), f.get("undo"), f.get("search"),
                        f.get("total"), walls.get(i), f.get("tagFacetValues")));
            }
            double median = sorted.get(sorted.size() / 2);
            out.append(String.format(Locale.ROOT, "%nMedian %.0f ms, max %.0f ms to first usable state (JVM start"
                    + " not counted); target ≤ 3000 ms: %s%n", median, sorted.getLast(), sorted.getLast() <= 3000
                    ? "met" : "NOT met"));
        } finally {
            try (var s = Files.walk(work)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.out.println(out);
        if (report != null) {
            Files.writeString(report, "\n" + out, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    /** The child's result line (its log may hold warnings too). */
    private static String lineStarting(String output, String prefix) {
        return output.lines().filter(l -> l.startsWith(prefix)).reduce((a, b) -> b).orElseThrow(
                () -> new IllegalStateException("no '" + prefix + "' line in: " + output));
    }

    private static Map<String, String> fields(String line) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String kv : line.split(" ")) {
            int i = kv.indexOf('=');
            if (i > 0) {
                f.put(kv.substring(0, i), kv.substring(i + 1));
            }
        }
        return f;
    }

    /** Child JVMs on this class path, with the password file in their environment. */
    private record Children(Path repo, Path work, Map<String, String> env) {
        String run(String name, String... mainAndArgs) throws IOException, InterruptedException {
            String java = ProcessHandle.current().info().command().orElse(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString());
            List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx1g",
                    "-Drapporteur.home=" + repo, "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp",
                    System.getProperty("java.class.path")));
            cmd.addAll(List.of(mainAndArgs));
            Path log = work.resolve(name + ".log");
            ProcessBuilder b = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
            b.environment().putAll(env);
            Process p = b.start();
            int code = p.waitFor();
            String output = Files.readString(log);
            if (code != 0) {
                throw new IllegalStateException(name + " failed (exit " + code + "): " + output);
            }
            return output;
        }
    }
}
