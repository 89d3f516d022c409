package org.rapporteur.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.ChangeOrigin;
import org.rapporteur.annotations.ClaimResolver;
import org.rapporteur.annotations.PgEndpoint;
import org.rapporteur.pipeline.SoakDump;
import org.rapporteur.pipeline.TeamSoakWriter;
import org.rapporteur.testing.PgTestCluster;
import org.rapporteur.testing.SharedData;

/**
 * The convergence soak of issue 17 (bin/team-soak), a measurement, not a test: a throwaway PostgreSQL server
 * ({@link PgTestCluster}), the sample corpus indexed once, then for N minutes three analysts in JVMs of their own
 * ({@link TeamSoakWriter}, each its own login role) and one {@code rapporteur index --force} after another on a fourth
 * workspace over the same database; at the end {@link SoakChecker} judges failed writes, lost changes and whether
 * every client reads the same annotations. Prints a Markdown section; appends it to {@code --report FILE}.
 *
 * <p>Options: {@code --minutes N} (10), {@code --store postgres|sqlite} (postgres; sqlite: all on one annotations.db,
 * the single-user baseline), {@code --pause-ms N} (20: mean think time between a writer's changes is N ms),
 * {@code --corpus DIR} (../shared/corpus), {@code --report FILE}, {@code --keep} (leave the work folder),
 * {@code --direct} (writers open the team store with {@code AnnotationStore.openTeam} instead of joining their
 * workspaces with {@code rapporteur team connect} and working through {@code Workspace}).
 */
public final class TeamSoak {
    static final int WRITERS = 3;
    static final int SEEDED_TAGS = 12;

    private final Path repo;
    private final Path corpus;
    private final Path work;
    private final double minutes;
    private final long pauseMs;
    private final String storeKind;
    private final boolean direct;
    private final List<String> notes = new ArrayList<>();
    private Map<String, String> childEnv = Map.of();

    private TeamSoak(Path repo, Path corpus, Path work, double minutes, long pauseMs, String storeKind,
                     boolean direct) {
        this.direct = direct;
        this.repo = repo;
        this.corpus = corpus;
        this.work = work;
        this.minutes = minutes;
        this.pauseMs = pauseMs;
        this.storeKind = storeKind;
    }

    public static void main(String[] args) throws Exception {
        double minutes = 10;
        long pause = 20;
        String store = "postgres";
        Path repo = Path.of(System.getProperty("rapporteur.home", ".")).toAbsolutePath().normalize();
        Path corpus = null;
        Path report = null;
        boolean keep = false;
        boolean direct = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--minutes" -> minutes = Double.parseDouble(args[++i]);
                case "--pause-ms" -> pause = Long.parseLong(args[++i]);
                case "--store" -> store = args[++i];
                case "--corpus" -> corpus = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--report" -> report = Path.of(args[++i]);
                case "--keep" -> keep = true;
                case "--direct" -> direct = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; usage: TeamSoak [--minutes N] [--store postgres|sqlite] [--pause-ms N] [--corpus DIR]"
                        + " [--report FILE] [--keep] [--direct]");
            }
        }
        if (corpus == null) {
            corpus = SharedData.corpus();
        }
        Path work = Files.createTempDirectory("rapporteur-team-soak");
        TeamSoak soak = new TeamSoak(repo, corpus, work, minutes, pause, store, direct);
        String section;
        boolean passed;
        try {
            SoakChecker result = new SoakChecker();
            section = soak.run(result);
            passed = result.passed();
        } finally {
            if (!keep) {
                delete(work);
            } else {
                System.err.println("work folder kept: " + work);
            }
        }
        System.out.println(section);
        if (report != null) {
            Files.writeString(report, "\n" + section, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        System.exit(passed ? 0 : 1);
    }

    private String run(SoakChecker checker) throws Exception {
        String loadBefore = BenchMemory.loadAverage();
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Path template = work.resolve("template");
        long t0 = System.nanoTime();
        int rc = cli(List.of("index", "--no-embed", "--corpus", corpus.toString(), "--workspace",
                template.toString()), work.resolve("index-once.log"), Map.of());
        if (rc != 0) {
            throw new IllegalStateException("indexing the corpus failed: " + Files.readString(work.resolve(
                    "index-once.log")));
        }
        notes.add(String.format(Locale.ROOT, "corpus `%s` indexed once in %.1f s", corpus, secs(t0)));
        Path indexerWs = work.resolve("indexer");
        copy(template, indexerWs);
        List<Path> writerWs = new ArrayList<>();
        for (int i = 1; i <= WRITERS; i++) {
            Path ws = work.resolve("analyst" + i);
            copy(template, ws);
            Files.deleteIfExists(ws.resolve(AnnotationStore.FILE_NAME));
            writerWs.add(ws);
        }

        PgTestCluster cluster = null;
        try {
            List<String> specs = new ArrayList<>();
            List<Map<String, String>> envs = new ArrayList<>();
            Opener fresh;
            if (storeKind.equals("sqlite")) {
                Path shared = indexerWs.resolve(AnnotationStore.FILE_NAME);
                for (int i = 0; i < WRITERS; i++) {
                    specs.add("file:" + shared);
                    envs.add(Map.of());
                }
                fresh = user -> AnnotationStore.open(shared, ClaimResolver.none(), user, ChangeOrigin.UNKNOWN);
                notes.add("store: one SQLite file (`indexer/annotations.db`) shared by every process — the"
                        + " single-user baseline, not team mode");
            } else {
                cluster = PgTestCluster.startNew();
                PgEndpoint owner = cluster.newDatabase();
                // The owner creates the schema first, so the members' connections find it there.
                AnnotationStore.openTeam(owner, ClaimResolver.none(), owner.user(), ChangeOrigin.UNKNOWN).close();
                StringBuilder pgpass = new StringBuilder();
                List<PgEndpoint> members = new ArrayList<>();
                for (int i = 1; i <= WRITERS + 1; i++) {
                    String role = (i <= WRITERS ? "analyst" + i : "indexer") + "_" + ProcessHandle.current().pid();
                    PgEndpoint member = cluster.addMember(owner, role, "soak-pw-" + i);
                    members.add(member);
                    pgpass.append(member.host()).append(':').append(member.port()).append(':')
                            .append(member.database()).append(':').append(member.user()).append(':')
                            .append(member.password()).append('\n');
                }
                Path pgpassFile = work.resolve("pgpass");
                Files.writeString(pgpassFile, pgpass);
                Files.setPosixFilePermissions(pgpassFile, java.nio.file.attribute.PosixFilePermissions.fromString(
                        "rw-------"));
                childEnv = Map.of("PGPASSFILE", pgpassFile.toString());
                for (int i = 0; i < WRITERS; i++) {
                    PgEndpoint member = members.get(i);
                    if (direct) {
                        specs.add("pg:" + member.host() + ":" + member.port() + ":" + member.database() + ":"
                                + member.user());
                        envs.add(Map.of("SOAK_PGPASSWORD", member.password()));
                    } else {
                        join(writerWs.get(i), member);
                        specs.add("workspace");
                        envs.add(childEnv);
                    }
                }
                try {
                    join(indexerWs, members.getLast());
                    notes.add("the indexer's workspace joined with `rapporteur team connect URL --shared-folder"
                            + " CORPUS`");
                } catch (IllegalStateException e) {
                    if (!direct) {
                        throw e;
                    }
                    notes.add("**the indexer could not join the team database** (" + e.getMessage().lines()
                            .findFirst().orElse("") + "): `index --force` ran on its own single-user store, so it did"
                            + " not re-anchor the team's annotations");
                }
                fresh = user -> AnnotationStore.openTeam(owner, ClaimResolver.none(), user, ChangeOrigin.UNKNOWN);
                notes.add("store: PostgreSQL on loopback, a throwaway cluster (PgTestCluster: fsync off, as in the"
                        + " tests); each analyst and the indexer a login role of its own, the password in a"
                        + " password file (`PGPASSFILE`)");
                notes.add(direct ? "writers open the team store directly (`AnnotationStore.openTeam`)" : "writers'"
                        + " workspaces joined with `rapporteur team connect URL --shared-folder CORPUS`; writers work"
                        + " through `Workspace` and `Annotations`, as the workbench does");
            }
            List<String> initialTags;
            try (AnnotationStore seed = fresh.open("soak-lead")) {
                for (int i = 1; i <= SEEDED_TAGS; i++) {
                    seed.execute(new Change.CreateTag(String.format(Locale.ROOT, "theme-%02d", i), null,
                            String.format(Locale.ROOT, "#%02X%02X%02X", 16 * i, 200 - 8 * i, 90 + 10 * i), null));
                }
                seed.compactHistory(0); // the seeded codebook is the starting point, not something to undo
                initialTags = SoakDump.lines(seed);
            }
            return soak(checker, writerWs, specs, envs, indexerWs, fresh, initialTags, loadBefore, started);
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    private String soak(SoakChecker checker, List<Path> writerWs, List<String> specs, List<Map<String, String>> envs,
                        Path indexerWs, Opener fresh, List<String> initialTags, String loadBefore, Instant started)
            throws Exception {
        Path control = Files.createDirectories(work.resolve("control"));
        List<Process> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String user = "analyst" + (i + 1);
            writers.add(java(List.of(TeamSoakWriter.class.getName(), writerWs.get(i).toString(), specs.get(i), user,
                    Long.toString(1000 + i), control.resolve(user + ".log").toString(), control.toString(),
                    Long.toString(pauseMs)), control.resolve(user + ".err"), envs.get(i)));
        }
        AtomicBoolean stopIndexing = new AtomicBoolean();
        List<String> indexRuns = new ArrayList<>();
        Thread indexer = Thread.ofPlatform().name("soak-indexer").start(() -> {
            int n = 0;
            while (!stopIndexing.get()) {
                long s = System.nanoTime();
                try {
                    int code = cli(List.of("index", "--force", "--no-embed", "--workspace", indexerWs.toString()),
                            control.resolve("index-" + (++n) + ".log"), childEnv);
                    indexRuns.add(String.format(Locale.ROOT, "%d:%.1fs", code, secs(s)));
                } catch (IOException | InterruptedException e) {
                    indexRuns.add("error: " + e);
                    return;
                }
            }
        });
        long deadline = System.nanoTime() + (long) (minutes * 60e9);
        long t0 = System.nanoTime();
        double maxLoad = 0;
        while (System.nanoTime() < deadline) {
            Thread.sleep(Math.min(30_000, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            maxLoad = Math.max(maxLoad, Double.parseDouble(BenchMemory.loadAverage()));
            for (Process w : writers) {
                if (!w.isAlive()) {
                    throw new IllegalStateException("a writer ended early (exit " + w.exitValue() + "): "
                            + Files.readString(control.resolve("analyst" + (writers.indexOf(w) + 1) + ".err")));
                }
            }
            System.err.printf(Locale.ROOT, "soak: %.1f min, %s changes logged, %d index runs, load %s%n",
                    secs(t0) / 60, lines(control), indexRuns.size(), BenchMemory.loadAverage());
        }
        double soakSeconds = secs(t0);
        Files.writeString(control.resolve("stop"), "");
        stopIndexing.set(true);
        for (int i = 1; i <= WRITERS; i++) {
            awaitFile(control.resolve("analyst" + i + ".done"), 120, writers.get(i - 1), control);
        }
        indexer.join(TimeUnit.MINUTES.toMillis(5));
        Files.writeString(control.resolve("dump"), "");
        Map<String, List<String>> dumps = new LinkedHashMap<>();
        for (int i = 1; i <= WRITERS; i++) {
            Path d = control.resolve("analyst" + i + ".dump");
            awaitFile(d, 120, writers.get(i - 1), control);
            dumps.put("analyst" + i, Files.readAllLines(d, StandardCharsets.UTF_8));
        }
        for (Process w : writers) {
            w.waitFor(60, TimeUnit.SECONDS);
        }
        List<String> freshDump;
        List<org.rapporteur.annotations.HistoryEntry> history;
        String integrity;
        try (AnnotationStore checkerStore = fresh.open("soak-checker")) {
            freshDump = SoakDump.lines(checkerStore);
            history = checkerStore.history(Integer.MAX_VALUE);
            integrity = checkerStore.integrityCheck();
        }
        for (int i = 1; i <= WRITERS; i++) {
            checker.readLog("analyst" + i, control.resolve("analyst" + i + ".log"));
        }
        checker.check(history, freshDump, initialTags);
        checker.compare(dumps, freshDump);
        return report(checker, soakSeconds, indexRuns, freshDump, history.size(), integrity, loadBefore, maxLoad,
                started);
    }

    private String report(SoakChecker c, double seconds, List<String> indexRuns, List<String> freshDump,
                          int journal, String integrity, String loadBefore, double maxLoad, Instant started) {
        StringBuilder out = new StringBuilder();
        out.append("### Convergence soak, ").append(started).append(" (").append(storeKind).append(")\n\n");
        out.append(String.format(Locale.ROOT, "- %.1f minutes, %d writers (think time 0–%d ms), load average %s at"
                + " the start, %.2f at most during the run, %d processors%n", seconds / 60, WRITERS, 2 * pauseMs,
                loadBefore, maxLoad, Runtime.getRuntime().availableProcessors()));
        notes.forEach(n -> out.append("- ").append(n).append('\n'));
        long ok = indexRuns.stream().filter(r -> r.startsWith("0:")).count();
        out.append("- `index --force` runs: ").append(indexRuns.size()).append(" (").append(ok)
                .append(" exited 0): ").append(summarise(indexRuns)).append('\n');
        out.append("\n| writer | logged | acknowledged |\n|---|---|---|\n");
        for (Map.Entry<String, Integer> e : c.opsByWriter.entrySet()) {
            long acks = c.acks.stream().filter(a -> a.writer().equals(e.getKey())).count();
            out.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" | ").append(acks)
                    .append(" |\n");
        }
        Map<String, Long> byType = new java.util.TreeMap<>();
        c.acks.forEach(a -> byType.merge(a.action() + " " + a.type(), 1L, Long::sum));
        out.append("\nAcknowledged by kind: ").append(byType).append("\n\n");
        out.append("| check | result |\n|---|---|\n");
        out.append("| failed writes | ").append(c.failures.size()).append(" |\n");
        out.append("| correct refusals (shown below) | ").append(c.refusals.size()).append(" |\n");
        out.append("| lost changes | ").append(c.lost.size()).append(" |\n");
        out.append("| changes in the journal no writer acknowledged | ").append(c.unacknowledgedInJournal)
                .append(" |\n");
        out.append("| edits that overwrote another analyst's (told via `overwrote`) | ").append(c.overwrites)
                .append(" |\n");
        out.append("| presence checks / value checks (last writer) / value checks after an undo | ")
                .append(c.presenceChecks).append(" / ").append(c.strongValueChecks).append(" / ")
                .append(c.weakValueChecks).append(" |\n");
        out.append("| clients reading identical annotations | ").append(WRITERS - c.divergent.size()).append(" of ")
                .append(WRITERS).append(" writers = fresh client (").append(freshDump.size()).append(" lines) |\n");
        out.append("| journal entries / integrity check | ").append(journal).append(" / ").append(integrity)
                .append(" |\n");
        out.append("| verdict | ").append(c.passed() ? "PASS" : "FAIL").append(" |\n");
        if (!c.refusals.isEmpty()) {
            out.append("\nCorrect refusals, by message:\n\n");
            grouped(c.refusals).forEach((k, v) -> out.append("- ").append(v).append(" × ").append(k).append('\n'));
        }
        if (!c.failures.isEmpty()) {
            out.append("\nFailed writes (first 20):\n\n");
            c.failures.stream().limit(20).forEach(f -> out.append("- ").append(f.writer()).append(' ')
                    .append(f.op()).append(": ").append(f.message()).append('\n'));
        }
        if (!c.lost.isEmpty()) {
            out.append("\nLost (first 20):\n\n");
            c.lost.stream().limit(20).forEach(l -> out.append("- ").append(l).append('\n'));
        }
        c.divergent.forEach(d -> out.append("- divergent: ").append(d).append('\n'));
        out.append("\nUndo or redo with nothing to undo/redo: ").append(c.nothingToUndo).append('\n');
        return out.toString();
    }

    private static Map<String, Integer> grouped(List<SoakChecker.Outcome> outcomes) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        for (SoakChecker.Outcome o : outcomes) {
            String key = (o.op().split(" ")[0] + ": " + o.message()).replaceAll("\\b[0-9a-f]{6,}(-[0-9a-f]+)*\\b", "…")
                    .replaceAll("\\d+", "N")
                    .replaceAll("'[^']*'", "'…'").replaceAll("“[^”]*”", "“…”");
            out.merge(key.length() > 160 ? key.substring(0, 160) + "…" : key, 1, Integer::sum);
        }
        return out;
    }

    private static String summarise(List<String> runs) {
        if (runs.isEmpty()) {
            return "none";
        }
        double total = 0;
        for (String r : runs) {
            int i = r.indexOf(':');
            if (i > 0 && r.endsWith("s")) {
                total += Double.parseDouble(r.substring(i + 1, r.length() - 1));
            }
        }
        return String.format(Locale.ROOT, "%.1f s each on average", total / runs.size());
    }

    private static long lines(Path control) throws IOException {
        long n = 0;
        for (int i = 1; i <= WRITERS; i++) {
            Path log = control.resolve("analyst" + i + ".log");
            if (Files.exists(log)) {
                try (Stream<String> s = Files.lines(log)) {
                    n += s.count();
                }
            }
        }
        return n;
    }

    private static void awaitFile(Path file, int seconds, Process owner, Path control) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!Files.exists(file)) {
            if (System.nanoTime() > end || !owner.isAlive()) {
                throw new IllegalStateException("no " + file.getFileName() + " (writer "
                        + (owner.isAlive() ? "still running" : "exited " + owner.exitValue()) + "); see " + control);
            }
            Thread.sleep(100);
        }
    }

    /** {@code rapporteur team connect} of a workspace as {@code member}, the password from the password file. */
    private void join(Path ws, PgEndpoint member) throws IOException, InterruptedException {
        String url = "postgresql://" + member.user() + "@" + member.host() + ":" + member.port() + "/"
                + member.database() + "?sslmode=disable";
        Path log = work.resolve("connect-" + ws.getFileName() + ".log");
        int code = cli(List.of("team", "connect", url, "--shared-folder", corpus.toString(), "--workspace",
                ws.toString()), log, childEnv);
        if (code != 0) {
            throw new IllegalStateException("team connect of " + ws + " failed: " + Files.readString(log));
        }
    }

    /** Runs the command line in a JVM of its own, as {@code bin/rapporteur} does; returns its exit code. */
    private int cli(List<String> args, Path log, Map<String, String> env) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("org.rapporteur.cli.Main"));
        cmd.addAll(args);
        Process p = java(cmd, log, env);
        p.waitFor();
        return p.exitValue();
    }

    private Process java(List<String> mainAndArgs, Path log, Map<String, String> env) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx512m",
                "-XX:+UseSerialGC", "-Drapporteur.home=" + repo, "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path")));
        cmd.addAll(mainAndArgs);
        ProcessBuilder b = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        b.environment().putAll(env);
        return b.start();
    }

    interface Opener {
        AnnotationStore open(String user);
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else if (!p.getFileName().toString().endsWith(".lock")) {
                    Files.copy(p, t);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
