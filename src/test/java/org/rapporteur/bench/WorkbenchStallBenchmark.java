package org.rapporteur.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.application.Platform;
import org.rapporteur.model.FacetCount;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.ui.App;
import org.rapporteur.ui.main.FxScript;
import org.rapporteur.ui.main.FxStallMonitor;
import org.rapporteur.ui.main.MainViewModel;
import org.rapporteur.ui.main.MainWindow;

/**
 * Benchmark, not a test: starts the workbench on a workspace, measures the cold start (JVM start to the first search
 * answer on screen), waits for its indexing run, then drives a scripted session — typing queries letter by letter
 * (search-as-you-type), checking facet values, opening the longest report in the reader, stepping through results
 * (paging in more) and scrolling the reader — and prints the longest FX-thread stall of each phase.
 *
 * <p>Usage (on an idle machine): {@code java ... org.rapporteur.bench.WorkbenchStallBenchmark --workspace DIR}; with
 * no workspace, a fresh temporary one over the sample corpus is used (its first start indexes the corpus). A
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
        if (!appArgs.contains("--workspace")) {
            Path tmp = Files.createTempDirectory("rapporteur-stall-bench");
            appArgs.addAll(List.of("--workspace", tmp.toString()));
        }
        Thread fx = new Thread(() -> Application.launch(App.class, appArgs.toArray(String[]::new)), "bench-launcher");
        fx.setDaemon(true);
        fx.start();
        if (!App.awaitUsable(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the workbench did not become usable in 10 minutes");
        }
        App app = App.current();
        FxStallMonitor monitor = app.stallMonitor();
        long coldStart = App.coldStartMillis();
        double startupStall = monitor.maxStallMillis();
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "cold start to usable window: %,d ms (JVM start → first results)",
                coldStart));
        report.add(String.format(Locale.ROOT, "longest FX stall while starting: %.0f ms", startupStall));
        monitor.reset();

        CountDownLatch done = new CountDownLatch(1);
        long[] phaseStart = new long[1];
        Platform.runLater(() -> script(app, monitor, report, phaseStart, done).start());
        if (!done.await(30, TimeUnit.MINUTES)) {
            report.add("(script timed out)");
        }
        report.add(String.format(Locale.ROOT, "claims in the index: %,d", app.viewModel().workspace().claimCount()));
        for (String line : report) {
            System.out.println(line);
        }
        Platform.runLater(Platform::exit);
        Thread.sleep(2000);
        System.exit(0);
    }

    private static FxScript script(App app, FxStallMonitor monitor, List<String> report, long[] t0,
                                   CountDownLatch done) {
        MainViewModel vm = app.viewModel();
        MainWindow window = app.window();
        FxScript s = new FxScript(done::countDown);
        s.then("indexing run", () -> t0[0] = System.nanoTime(), () -> vm.firstIndexDoneProperty().get(),
                        TimeUnit.MINUTES.toMillis(20))
                .then("report indexing", () -> phase(report, "while indexing (incremental run)", monitor, t0),
                        () -> true, 100);
        // Search as you type: one letter every 80 ms, then Enter.
        for (String q : QUERIES) {
            for (int i = 1; i <= q.length(); i++) {
                String prefix = q.substring(0, i);
                s.then("type " + prefix, () -> vm.search().queryProperty().set(prefix), () -> true, 100).pause(80);
            }
            s.then("enter " + q, () -> vm.search().submit(), () -> !vm.results().loadingProperty().get(), 60_000);
        }
        s.then("report typing", () -> phase(report, "typing 6 queries (debounced search-as-you-type)", monitor, t0),
                () -> true, 100);
        for (FacetDimension d : List.of(FacetDimension.COUNTRY, FacetDimension.THEME, FacetDimension.SPEAKER,
                FacetDimension.YEAR)) {
            s.then("facet " + d, () -> topValue(vm, d).ifPresent(v -> vm.facets().toggle(d, v, true)),
                    () -> !vm.results().loadingProperty().get(), 60_000).pause(200);
        }
        s.then("clear facets", () -> vm.facets().clearAll(), () -> !vm.results().loadingProperty().get(), 60_000)
                .then("report facets", () -> phase(report, "checking 4 facet values, clear all", monitor, t0),
                        () -> true, 100);
        s.then("blank query", () -> {
            vm.search().setQuietly("");
            vm.search().submit();
        }, () -> !vm.results().loadingProperty().get(), 60_000);
        for (int i = 0; i < 450; i++) {
            s.then("step", () -> window.resultsView().step(1), () -> !vm.results().loadingProperty().get(), 60_000);
        }
        s.then("report results", () -> phase(report, "stepping through 450 results (paging 200 at a time)",
                monitor, t0), () -> true, 100);
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
        s.then("report reader", () -> phase(report, "opening the longest report in the reader, scrolling it",
                monitor, t0), () -> true, 100);
        return s;
    }

    private static void phase(List<String> report, String name, FxStallMonitor monitor, long[] t0) {
        report.add(String.format(Locale.ROOT, "longest FX stall %s: %.0f ms (phase took %.1f s)", name,
                monitor.maxStallMillis(), (System.nanoTime() - t0[0]) / 1e9));
        monitor.reset();
        t0[0] = System.nanoTime();
    }

    private static java.util.Optional<String> topValue(MainViewModel vm, FacetDimension d) {
        return vm.facets().groups().stream().filter(g -> g.dimension() == d).findFirst()
                .flatMap(g -> g.values().stream().max(Comparator.comparingLong(FacetCount.Value::count)))
                .map(FacetCount.Value::value);
    }
}
