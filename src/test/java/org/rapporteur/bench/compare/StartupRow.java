package org.rapporteur.bench.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Row 5: the workbench's cold start to a usable window and the FX-thread stalls of its scripted session, through
 * {@code bin/bench-ui} (WorkbenchStallBenchmark; "usable" is its definition: every pane in and the first search
 * answer on screen, from the JVM's start), with the AOT cache and without; against {@link OneLabelWindow} started
 * with the same flags ({@code bin/bench-compare --label-window}). Also the workbench's peak heap on the UN workspace
 * (GC log) and the session's stalls on the sample corpus.
 */
final class StartupRow {
    static final String CACHED = "Cold start to a usable window, AOT cache (UN workspace)";
    static final String UNCACHED = "Cold start to a usable window, no AOT cache (UN workspace)";
    static final String STALL_UN = "Longest FX-thread stall, scripted session, UN workspace";
    static final String STALL_SAMPLES = "Longest FX-thread stall, scripted session, samples";
    static final String HEAP = "Workbench peak heap, UN workspace";
    private static final Pattern COLD = Pattern.compile("cold start to (?:a )?usable window: ([\\d,]+) ms");
    private static final Pattern STALL = Pattern.compile("longest FX stall (.+?): (\\d+) ms");

    private StartupRow() {
    }

    /** One bench-ui session: its cold start and the longest stall per phase. */
    record Session(Measured run, long coldMs, Map<String, Long> stalls) {
        Map.Entry<String, Long> worst() {
            return stalls.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(Map.entry("none", 0L));
        }

        String phases() {
            List<String> out = new ArrayList<>();
            stalls.forEach((phase, ms) -> out.add(phase + " " + ms + " ms"));
            return String.join(", ", out);
        }
    }

    static void run(BenchContext ctx, RowReport out) throws Exception {
        Path repo = ctx.runner().repo();
        // the samples session also runs in quick mode: it is the short one
        Path ws = ctx.quick() ? null : ctx.unWorkspace();
        List<String> before = cacheFiles(repo, "bench-ui");
        Session first = session(ctx, "bench-ui-cached", ws, true);
        Session cached = first;
        if (!before.equals(cacheFiles(repo, "bench-ui"))) {
            out.detail("Row 5, the first session of this build recorded the AOT cache: cold start "
                    + Figures.count(first.coldMs()) + " ms (not counted).");
            cached = session(ctx, "bench-ui-cached", ws, true);
        }
        Session uncached = ctx.quick() ? null : session(ctx, "bench-ui-no-cache", ws, false);

        List<String> labelBefore = cacheFiles(repo, "label-window");
        Measured labelFirst = label(ctx, true);
        boolean labelRecorded = !labelBefore.equals(cacheFiles(repo, "label-window"));
        Measured labelRecord = labelRecorded ? labelFirst : null;
        List<Measured> labelCached = new ArrayList<>();
        if (!labelRecorded) {
            labelCached.add(labelFirst);
        }
        List<Measured> labelUncached = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            labelCached.add(label(ctx, true));
            labelUncached.add(label(ctx, false));
        }
        double lc = median(labelCached, "firstFrame.fromJvmStart.ms");
        double lu = median(labelUncached, "firstFrame.fromJvmStart.ms");
        String where = ctx.quick() ? " (quick: samples)" : "";
        out.add(new ComparisonRow(CACHED + where, Figures.count(cached.coldMs()) + " ms",
                BenchContext.fmt("one-label window: %,.0f ms", lc), Figures.ratio(cached.coldMs() / lc), "≤ 2×",
                cached.coldMs() / lc <= 2));
        if (uncached != null) {
            out.add(new ComparisonRow(UNCACHED, Figures.count(uncached.coldMs()) + " ms",
                    BenchContext.fmt("one-label window: %,.0f ms", lu), Figures.ratio(uncached.coldMs() / lu),
                    "≤ 2×", uncached.coldMs() / lu <= 2));
        }
        Map.Entry<String, Long> worst = cached.worst();
        out.add(new ComparisonRow(ctx.quick() ? STALL_SAMPLES : STALL_UN, worst.getValue() + " ms (" + worst.getKey()
                + ")", "—", "—", "0 stalls ≥ 100 ms", worst.getValue() < 100));
        if (ws != null) {
            out.add(new ComparisonRow(HEAP, BenchContext.fmt("%,d MB (RSS %s)", cached.run().peakHeapMb(),
                    Figures.mb(cached.run().rssKb())), "—", "—", "≤ 512 MB", cached.run().peakHeapMb() <= 512));
            out.detail("Row 5, UN workspace, cached: cold start " + Figures.count(cached.coldMs()) + " ms; stalls: "
                    + cached.phases() + ".");
            if (uncached != null) {
                out.detail("Row 5, UN workspace, no cache: cold start " + Figures.count(uncached.coldMs())
                        + " ms; stalls: " + uncached.phases() + "; peak heap " + uncached.run().peakHeapMb() + " MB.");
            }
            Session samples = session(ctx, "bench-ui-samples", null, true);
            Map.Entry<String, Long> sw = samples.worst();
            out.add(new ComparisonRow(STALL_SAMPLES, sw.getValue() + " ms (" + sw.getKey() + ")", "—", "—",
                    "0 stalls ≥ 100 ms", sw.getValue() < 100));
            out.detail("Row 5, samples (fresh workspace), cached: cold start " + Figures.count(samples.coldMs())
                    + " ms; stalls: " + samples.phases() + ".");
        } else {
            out.detail("Row 5, samples (quick), cached: cold start " + Figures.count(cached.coldMs())
                    + " ms; stalls: " + cached.phases() + ".");
        }
        out.detail(BenchContext.fmt("Row 5, one-label window, first shown frame from the JVM's start (the clock the "
                        + "workbench's figure uses), median of 3: cached %,.0f ms, no cache %,.0f ms; from the OS "
                        + "process start: cached %,.0f ms, no cache %,.0f ms%s.", lc, lu,
                median(labelCached, "firstFrame.fromProcessStart.ms"),
                median(labelUncached, "firstFrame.fromProcessStart.ms"), labelRecord == null ? ""
                        : "; the run recording its AOT cache: " + labelRecord.values()
                        .getOrDefault("firstFrame.fromJvmStart.ms", "?") + " ms"));
    }

    /** {@code bin/bench-ui [WORKSPACE]} with a GC log (peak heap); temp workspaces go into the run's temp folder. */
    static Session session(BenchContext ctx, String name, Path workspace, boolean aot) throws Exception {
        Path repo = ctx.runner().repo();
        Path gc = ctx.runner().logs().resolve(name + "-" + System.nanoTime() + ".gc.log");
        Path tmp = Files.createDirectories(ctx.fresh("bench-ui-tmp"));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("BENCH_JAVA_OPTS", "-Xmx4g -Djava.io.tmpdir=" + tmp + " " + ChildRunner.gcLogOption(gc));
        env.put("RAPPORTEUR_AOT", aot ? "1" : "0");
        List<String> cmd = new ArrayList<>(List.of(repo.resolve("bin/bench-ui").toString()));
        if (workspace != null) {
            cmd.add(workspace.toString());
        }
        // the script builds with Maven, then execs the JVM: only that process's own memory counts
        Measured m = ctx.runner().run(name, cmd, env, gc, false).requireOk();
        Matcher c = COLD.matcher(m.stdout());
        if (!c.find()) {
            throw new IllegalStateException(name + ": no cold start figure in its output");
        }
        Map<String, Long> stalls = new LinkedHashMap<>();
        Matcher s = STALL.matcher(m.stdout());
        while (s.find()) {
            stalls.put(s.group(1), Long.parseLong(s.group(2)));
        }
        return new Session(new Measured(m.name(), m.wallSeconds(), m.userSeconds(), m.sysSeconds(), 0,
                m.polledRssKb(), m.peakHeapMb(), m.exitCode(), m.stdout(), m.stderrTail()),
                Long.parseLong(c.group(1).replace(",", "")), stalls);
    }

    static Measured label(BenchContext ctx, boolean aot) throws Exception {
        Path repo = ctx.runner().repo();
        return ctx.runner().run(aot ? "label-window-cached" : "label-window-no-cache",
                List.of(repo.resolve("bin/bench-compare").toString(), "--label-window"),
                Map.of("RAPPORTEUR_AOT", aot ? "1" : "0"), null, false).requireOk();
    }

    /**
     * The AOT cache files of {@code name} with their times: a run that changes them recorded a new cache (a first
     * start of this build), which is slower and not counted as a cached start.
     */
    static List<String> cacheFiles(Path repo, String name) throws IOException {
        Path dir = repo.resolve("target/aot");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(name + "-")).map(p -> {
                try {
                    return p.getFileName() + "@" + Files.getLastModifiedTime(p) + "/" + Files.size(p);
                } catch (IOException e) {
                    return p.getFileName().toString();
                }
            }).sorted().toList();
        }
    }

    static double median(List<Measured> runs, String key) {
        double[] v = runs.stream().mapToDouble(m -> m.number(key)).toArray();
        return Percentiles.of(v, 50);
    }
}
