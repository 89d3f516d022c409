package org.rapporteur.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rapporteur.model.Problem;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.pipeline.IndexSummary;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;

/**
 * The child process of {@link RobustnessBenchmark}: indexes the given roots into a fresh workspace with the real
 * indexer, and writes what happened as tab-separated lines to a file: {@code T <seconds> <file>} when a file finished
 * (the indexer runs one file at a time when the JVM sees one processor, so the time since the previous line is that
 * file's), then {@code R <path>} for every path of every report, {@code F <path> <reason>} for each failure,
 * {@code W <path> <reason>} for each warning, and {@code S <summary>}. The parent watches this process from outside:
 * a crash or a hang shows there, not here.
 */
public final class RobustnessRun {
    private RobustnessRun() {
    }

    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Path> roots = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            roots.add(Path.of(args[i]));
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), true);
             Workspace ws = Workspace.open(workspace)) {
            long[] last = {System.nanoTime()};
            IndexSummary s = ws.index(roots, (done, total, name) -> {
                long now = System.nanoTime();
                synchronized (w) {
                    w.printf(Locale.ROOT, "T\t%.3f\t%s%n", (now - last[0]) / 1e9, name);
                }
                last[0] = now;
            }, Cancellation.NEVER);
            for (ReportSummary r : ws.corpus().reports()) {
                for (String p : r.paths()) {
                    w.println("R\t" + p);
                }
            }
            for (Problem f : s.failures()) {
                w.println("F\t" + f.path() + "\t" + oneLine(f.reason()));
            }
            for (Problem p : s.warnings()) {
                w.println("W\t" + p.path() + "\t" + oneLine(p.reason()));
            }
            w.println("S\t" + s.line());
        }
        System.exit(0); // the budget's watchdog and pools are daemons, but a stuck library thread must not keep us
    }

    private static String oneLine(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }
}
