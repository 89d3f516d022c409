package org.rapporteur.bench.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The harness behind {@code bin/bench-compare}: measures Rapporteur against the references of issue 13 (plain Lucene,
 * raw PDFBox, pdftotext, a one-label JavaFX window) in one run on this machine, row after row, never two measurements
 * at once, each in its own process; prints a Markdown table (work | Rapporteur | reference | ratio | target | met? |
 * before) with details, and — after a complete run that started on a quiet machine (load average ≤ 1.5, or
 * {@code --force}) — puts it into docs/benchmarks.md between the harness's markers, the previous run's figures as the
 * "before" column. Everything temporary lives in one temp folder, removed at the end (unless {@code --keep}).
 */
public final class BenchCompare {
    static final double QUIET_LOAD = 1.5;

    private BenchCompare() {
    }

    /** A row of the table: its number, what it measures, and how. */
    private record Step(int number, String title, RowBody body) {
    }

    @FunctionalInterface
    private interface RowBody {
        void run(BenchContext ctx, RowReport out) throws Exception;
    }

    private static final List<Step> STEPS = List.of(
            new Step(1, "text ingest: Rapporteur vs plain Lucene", TextIngestRow::run),
            new Step(2, "PDF ingest: Rapporteur vs PDFBox and pdftotext", PdfIngestRow::run),
            new Step(3, "re-index from the command line", ReindexRow::run),
            new Step(4, "search as the workbench asks vs plain Lucene", SearchRow::run),
            new Step(5, "cold start and FX-thread stalls vs a one-label window", StartupRow::run),
            new Step(6, "how cost grows", GrowthRow::run));

    public static void main(String[] args) throws Exception {
        CompareOptions options;
        try {
            options = CompareOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        long t0 = System.nanoTime();
        double loadAtStart = HostLoad.loadAverage();
        String started = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT));
        Path tmp = Files.createTempDirectory(Files.createDirectories(options.tmpParent()), "bench-compare-");
        System.err.println("bench-compare: temp folder " + tmp + ", load average " + HostLoad.loadAverages());
        RowReport report = new RowReport();
        try {
            BenchContext ctx = new BenchContext(options, new ChildRunner(options.repo(), tmp.resolve("logs")), tmp);
            for (Step step : STEPS) {
                if (!options.runs(step.number())) {
                    continue;
                }
                double load = HostLoad.loadAverage();
                HostLoad.Snapshot cpu = HostLoad.snapshot();
                long rowStart = System.nanoTime();
                System.err.printf(Locale.ROOT, "== row %d: %s (load average %s at the start)%n", step.number(),
                        step.title(), HostLoad.loadAverages());
                try {
                    step.body().run(ctx, report);
                } catch (Exception | Error e) {
                    e.printStackTrace();
                    report.add(ComparisonRow.failed("Row " + step.number() + ": " + step.title(), "—",
                            String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString())));
                }
                report.detail(String.format(Locale.ROOT, "Row %d took %.0f s; load average %.2f at its start; other "
                                + "processes used %.1f CPU-seconds meanwhile.", step.number(),
                        (System.nanoTime() - rowStart) / 1e9, load, cpu.othersSince()));
            }
        } finally {
            if (options.keep()) {
                System.err.println("kept: " + tmp);
            } else {
                deleteTree(tmp);
            }
        }
        double minutes = (System.nanoTime() - t0) / 60e9;
        boolean loaded = !(loadAtStart <= QUIET_LOAD);
        String label = started + " UTC, commit " + commit(options.repo());
        String doc = Files.exists(options.doc()) ? Files.readString(options.doc(), StandardCharsets.UTF_8) : "";
        String beforeLabel = BenchmarksDoc.previousRun(doc);
        String block = block(label, options, loadAtStart, minutes, report, doc,
                beforeLabel == null ? "no previous run" : beforeLabel, loaded);
        System.out.println(block);
        if (!options.complete()) {
            System.err.println("Not written to " + options.doc() + ": only a complete run (all rows, no --quick) is.");
        } else if (loaded && !options.force()) {
            System.err.printf(Locale.ROOT, "Not written to %s: the load average was %.2f at the start (> %.1f); "
                    + "run on a quiet machine, or pass --force.%n", options.doc(), loadAtStart, QUIET_LOAD);
        } else {
            Files.writeString(options.doc(), BenchmarksDoc.replaceBlock(doc, block), StandardCharsets.UTF_8);
            System.err.println("Written to " + options.doc());
        }
    }

    static String block(String label, CompareOptions options, double load, double minutes, RowReport report,
                        String doc, String beforeLabel, boolean loaded) {
        StringBuilder sb = new StringBuilder();
        sb.append(BenchmarksDoc.runLine(label)).append('\n');
        sb.append(String.format(Locale.ROOT, "Run of %s: `bin/bench-compare%s`, %d cores, JDK %s, load average %.2f "
                        + "at the start%s; the run took %.0f min. Ratios: Rapporteur's time over the reference's "
                        + "(for PDF ingest: Rapporteur's pages/s over the reference's). Before: the previous run's "
                        + "Rapporteur figure (and ratio).%n%n", label, options.complete() ? "" : " (partial or quick)",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), load,
                loaded ? " (**a busy machine: \"yes?\" marks a target met under load, not a claim**)" : "",
                minutes));
        sb.append(ComparisonTable.render(report.rows(), BenchmarksDoc.previousFigures(doc), beforeLabel, loaded));
        sb.append("\nDetails:\n\n");
        for (String d : report.details()) {
            sb.append("- ").append(d).append('\n');
        }
        return sb.toString();
    }

    static String commit(Path repo) {
        try {
            Process p = new ProcessBuilder("git", "-C", repo.toString(), "describe", "--always", "--dirty")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? out : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
