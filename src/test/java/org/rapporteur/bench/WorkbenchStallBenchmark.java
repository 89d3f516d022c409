package org.rapporteur.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import org.rapporteur.model.FacetCount;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.ui.App;
import org.rapporteur.ui.WorkbenchLauncher;
import org.rapporteur.ui.main.FxScript;
import org.rapporteur.ui.main.FxStallMonitor;
import org.rapporteur.ui.main.MainViewModel;
import org.rapporteur.ui.main.MainWindow;
import org.rapporteur.ui.main.StartClock;

/**
 * Benchmark, not a test: starts the workbench on a workspace, measures the cold start (JVM start to the first search
 * answer on screen), waits for its indexing run, then drives a scripted session — typing queries letter by letter
 * (search-as-you-type), checking facet values, opening the longest report in the reader, stepping through results
 * (paging in more) and scrolling the reader — and prints the longest FX-thread stall of each phase.
 *
 * <p>Usage (on an idle machine): {@code java ... org.rapporteur.bench.WorkbenchStallBenchmark [--start-only]
 * --workspace DIR}; with no workspace, a fresh temporary one over the sample corpus is used (its first start indexes
 * the corpus). {@code --start-only} stops after the cold start figures. Last line: {@code RESULT key=value ...} for
 * the benchmark harness (wall and CPU milliseconds of the start, each phase's longest stall and the CPU the FX thread
 * used in it, heap and RSS in MB). A
 * workspace holding all UN speeches: {@code bin/rapporteur index --corpus ../shared/ungdc --workspace /tmp/ws-ungdc}.
 * Window: a real one (X or Xvfb), or headless with Monocle flags ({@code bin/bench-ui} picks).
 */
public final class WorkbenchStallBenchmark {
    private static final List<String> QUERIES = List.of("security", "climate change", "peace AND development",
            "\"nuclear weapons\"", "terror*", "refugees OR migration");

    private WorkbenchStallBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> appArgs = new ArrayList<>(List.of(args));
        boolean startOnly = appArgs.remove("--start-only");
        if (!appArgs.contains("--workspace")) {
            Path tmp = Files.createTempDirectory("rapporteur-stall-bench");
            appArgs.addAll(List.of("--workspace", tmp.toString()));
        }
        // Through the launcher, as bin/rapporteur starts it (it opens the workspace while JavaFX starts).
        Thread fx = new Thread(() -> WorkbenchLauncher.main(appArgs.toArray(String[]::new)), "bench-launcher");
        fx.setDaemon(true);
        fx.start();
        if (!App.awaitUsable(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the workbench did not become usable in 10 minutes");
        }
        if (!App.awaitComplete(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the workbench did not show its first results in 10 minutes");
        }
        App app = App.current();
        FxStallMonitor monitor = app.stallMonitor();
        StartClock.Reading usable = App.usableAt();
        StartClock.Reading complete = App.completeAt();
        Figures figures = new Figures();
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "cold start to a usable window: %,d ms, CPU %,d ms, FX thread CPU %,d ms "
                + "(JVM start → search field focused, results' place saying what is going on)", usable.wallMillis(),
                usable.cpuMillis(), usable.fxCpuMillis()));
        report.add(String.format(Locale.ROOT, "cold start to the complete window: %,d ms, CPU %,d ms (JVM start → "
                + "every pane in and the first results shown)", complete.wallMillis(), complete.cpuMillis()));
        figures.put("usable_ms", usable.wallMillis());
        figures.put("usable_cpu_ms", usable.cpuMillis());
        figures.put("usable_fx_cpu_ms", usable.fxCpuMillis());
        figures.put("complete_ms", complete.wallMillis());
        figures.put("complete_cpu_ms", complete.cpuMillis());
        report.add(String.format(Locale.ROOT, "longest FX stall before the first frame (no window yet: part of the "
                + "cold start): %.0f ms, FX thread CPU in it %.0f ms", App.stallBeforeUsable()[0],
                App.stallBeforeUsable()[1]));
        figures.put("stall_before_window_ms", Math.round(App.stallBeforeUsable()[0]));
        figures.put("stall_before_window_cpu_ms", Math.round(App.stallBeforeUsable()[1]));
        phase(report, figures, "start", "from the first frame to the complete window", monitor,
                new long[] {System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(complete.wallMillis()
                        - usable.wallMillis())});

        if (startOnly) {
            // The start-up check for changes runs in the background: when it ends says how long the status bar
            // reports it, not how long the user waits (the window was searchable at "complete").
            CountDownLatch checked = new CountDownLatch(1);
            Platform.runLater(() -> {
                if (app.viewModel().firstIndexDoneProperty().get()) {
                    checked.countDown();
                }
                app.viewModel().firstIndexDoneProperty().addListener((o, was, now) -> checked.countDown());
            });
            if (checked.await(20, TimeUnit.MINUTES)) {
                StartClock.Reading at = StartClock.now();
                report.add(String.format(Locale.ROOT, "start-up check for changes done: %,d ms after JVM start, CPU "
                        + "%,d ms (in the background; the window was searchable at complete)", at.wallMillis(),
                        at.cpuMillis()));
                figures.put("check_done_ms", at.wallMillis());
                figures.put("check_done_cpu_ms", at.cpuMillis());
            }
        }
        if (!startOnly) {
            CountDownLatch done = new CountDownLatch(1);
            long[] phaseStart = {System.nanoTime()};
            Platform.runLater(() -> script(app, monitor, report, figures, phaseStart, done).start());
            if (!done.await(30, TimeUnit.MINUTES)) {
                report.add("(script timed out)");
            }
        }
        report.add(String.format(Locale.ROOT, "claims in the index: %,d", app.viewModel().workspace().corpus().claimCount()));
        figures.put("claims", app.viewModel().workspace().corpus().claimCount());
        memory(report, figures);
        for (String line : report) {
            System.out.println(line);
        }
        System.out.println(figures.line());
        System.out.flush();
        Platform.runLater(Platform::exit);
        Thread.sleep(2000);
        System.exit(0);
    }

    /** Peak heap used (all pools' peaks summed), the live heap after a full collection, and the peak RSS. */
    private static void memory(List<String> report, Figures figures) {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long committed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
        long rss = peakRssBytes();
        report.add(String.format(Locale.ROOT, "heap: peak used %,d MB (sum of the pools' peaks), live after a full "
                + "GC %,d MB, committed %,d MB; peak RSS %,d MB", peak >> 20, live >> 20, committed >> 20, rss >> 20));
        figures.put("heap_peak_mb", peak >> 20);
        figures.put("heap_live_mb", live >> 20);
        figures.put("heap_committed_mb", committed >> 20);
        figures.put("rss_peak_mb", rss >> 20);
    }

    /** VmHWM of /proc/self/status (Linux), or -1 elsewhere. */
    private static long peakRssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** The figures for the benchmark harness, printed last as one {@code RESULT key=value ...} line. */
    private static final class Figures {
        private final Map<String, Object> values = new LinkedHashMap<>();

        synchronized void put(String key, Object value) {
            values.put(key, value);
        }

        synchronized String line() {
            StringBuilder sb = new StringBuilder("RESULT");
            values.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
            return sb.toString();
        }
    }

    private static FxScript script(App app, FxStallMonitor monitor, List<String> report, Figures f, long[] t0,
                                   CountDownLatch done) {
        MainViewModel vm = app.viewModel();
        MainWindow window = app.window();
        FxScript s = new FxScript(done::countDown);
        s.then("indexing run", () -> t0[0] = System.nanoTime(), () -> vm.firstIndexDoneProperty().get(),
                        TimeUnit.MINUTES.toMillis(20))
                .then("report indexing", () -> phase(report, f, "indexing", "while indexing (incremental run)", monitor, t0),
                        () -> true, 100);
        // Search as you type: one letter every 80 ms, then Enter.
        for (String q : QUERIES) {
            for (int i = 1; i <= q.length(); i++) {
                String prefix = q.substring(0, i);
                s.then("type " + prefix, () -> vm.search().queryProperty().set(prefix), () -> true, 100).pause(80);
            }
            s.then("enter " + q, () -> vm.search().submit(), () -> !vm.results().loadingProperty().get(), 60_000);
        }
        s.then("report typing", () -> phase(report, f, "typing", "typing 6 queries (debounced search-as-you-type)", monitor,
                        t0),
                () -> true, 100);
        for (FacetDimension d : List.of(FacetDimension.COUNTRY, FacetDimension.THEME, FacetDimension.SPEAKER,
                FacetDimension.YEAR)) {
            s.then("facet " + d, () -> topValue(vm, d).ifPresent(v -> vm.facets().toggle(d, v, true)),
                    () -> !vm.results().loadingProperty().get(), 60_000).pause(200);
        }
        s.then("clear facets", () -> vm.facets().clearAll(), () -> !vm.results().loadingProperty().get(), 60_000)
                .then("report facets", () -> phase(report, f, "facets", "checking 4 facet values, clear all", monitor, t0),
                        () -> true, 100);
        s.then("blank query", () -> {
            vm.search().setQuietly("");
            vm.search().submit();
        }, () -> !vm.results().loadingProperty().get(), 60_000);
        for (int i = 0; i < 450; i++) {
            s.then("step", () -> window.resultsView().step(1), () -> !vm.results().loadingProperty().get(), 60_000);
        }
        s.then("report results", () -> phase(report, f, "paging",
                "stepping through 450 results (paging 200 at a time)", monitor, t0), () -> true, 100);
        s.then("open longest report", () -> vm.library().reports().stream()
                        .max(Comparator.comparingInt(ReportSummary::claims))
                        .ifPresent(r -> vm.openReport(r.id(), null)),
                () -> !vm.reader().loadingProperty().get() && !vm.reader().blocks().isEmpty(), 120_000);
        for (int i = 0; i < 60; i++) {
            int row = i * 5;
            s.then("scroll reader", () -> {
                var list = (javafx.scene.control.ListView<?>) window.root().lookup("#readerList");
                if (list != null && !list.getItems().isEmpty()) {
                    list.scrollTo(Math.min(row, list.getItems().size() - 1));
                }
            }, () -> true, 100).pause(30);
        }
        s.then("report reader", () -> phase(report, f, "reader",
                "opening the longest report in the reader, scrolling it", monitor, t0), () -> true, 100);
        return s;
    }

    private static void phase(List<String> report, Figures f, String key, String name, FxStallMonitor monitor,
                              long[] t0) {
        report.add(String.format(Locale.ROOT, "longest FX stall %s: %.0f ms, FX thread CPU in it %.0f ms (phase took "
                + "%.1f s)", name, monitor.maxStallMillis(), monitor.maxStallCpuMillis(),
                (System.nanoTime() - t0[0]) / 1e9));
        f.put("stall_" + key + "_ms", Math.round(monitor.maxStallMillis()));
        f.put("stall_" + key + "_cpu_ms", Math.round(monitor.maxStallCpuMillis()));
        monitor.reset();
        t0[0] = System.nanoTime();
    }

    private static java.util.Optional<String> topValue(MainViewModel vm, FacetDimension d) {
        return vm.facets().groups().stream().filter(g -> g.dimension() == d).findFirst()
                .flatMap(g -> g.values().stream().max(Comparator.comparingLong(FacetCount.Value::count)))
                .map(FacetCount.Value::value);
    }
}
