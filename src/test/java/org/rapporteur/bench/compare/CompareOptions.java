package org.rapporteur.bench.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.rapporteur.testing.SharedData;

/**
 * The harness's command line: {@code [--only 1,3] [--quick] [--force] [--keep] [--pdfs DIR] [--ungdc DIR]
 * [--samples DIR] [--tmp DIR] [--doc FILE]}; {@code --repo DIR} is passed by bin/bench-compare.
 */
public record CompareOptions(Path repo, Set<Integer> rows, boolean quick, boolean force, boolean keep, Path pdfs,
                             Path ungdc, Path samples, Path tmpParent, Path doc) {
    public static final int ROWS = 6;

    public static CompareOptions parse(String[] args) {
        Path repo = Path.of(".");
        Set<Integer> rows = new TreeSet<>();
        boolean quick = false;
        boolean force = false;
        boolean keep = false;
        Path pdfs = null;
        Path ungdc = null;
        Path samples = null;
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path doc = null;
        List<String> a = new ArrayList<>(List.of(args));
        for (int i = 0; i < a.size(); i++) {
            String arg = a.get(i);
            switch (arg) {
                case "--quick" -> quick = true;
                case "--force" -> force = true;
                case "--keep" -> keep = true;
                case "--only" -> {
                    for (String r : value(a, ++i, arg).split(",")) {
                        int n = Integer.parseInt(r.strip());
                        if (n < 1 || n > ROWS) {
                            throw new IllegalArgumentException("--only: rows are 1 to " + ROWS + ", not " + n);
                        }
                        rows.add(n);
                    }
                }
                case "--repo" -> repo = Path.of(value(a, ++i, arg));
                case "--pdfs" -> pdfs = Path.of(value(a, ++i, arg));
                case "--ungdc" -> ungdc = Path.of(value(a, ++i, arg));
                case "--samples" -> samples = Path.of(value(a, ++i, arg));
                case "--tmp" -> tmp = Path.of(value(a, ++i, arg));
                case "--doc" -> doc = Path.of(value(a, ++i, arg));
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + usage());
            }
        }
        repo = repo.toAbsolutePath().normalize();
        if (rows.isEmpty()) {
            for (int r = 1; r <= ROWS; r++) {
                rows.add(r);
            }
        }
        return new CompareOptions(repo, Set.copyOf(rows), quick, force, keep, pdfs,
                (ungdc == null ? SharedData.ungdc() : ungdc).toAbsolutePath().normalize(),
                (samples == null ? SharedData.corpus() : samples).toAbsolutePath().normalize(),
                tmp.toAbsolutePath(), doc == null ? repo.resolve("docs/benchmarks.md") : doc);
    }

    /** True for a run of every row in full: only such a run may replace the table in docs/benchmarks.md. */
    public boolean complete() {
        return !quick && rows.size() == ROWS;
    }

    public boolean runs(int row) {
        return rows.contains(row);
    }

    /** The folder of PDFs given, or this machine's unpacked copy, or null (then they are fetched into the cache). */
    public Path pdfFolder() {
        if (pdfs != null) {
            return pdfs.toAbsolutePath().normalize();
        }
        Path here = Path.of("/work/perfdata/x");
        return Files.isDirectory(here) ? here : null;
    }

    private static String value(List<String> a, int i, String option) {
        if (i >= a.size()) {
            throw new IllegalArgumentException(option + " needs a value\n" + usage());
        }
        return a.get(i);
    }

    public static String usage() {
        return """
                Usage: bin/bench-compare [--only 1,2,...] [--quick] [--force] [--keep] [--pdfs DIR] [--ungdc DIR]
                                         [--samples DIR] [--tmp DIR] [--doc FILE]
                  rows: 1 text ingest, 2 PDF ingest, 3 re-index, 4 search, 5 cold start and stalls, 6 growth
                  --quick  small subsets and few runs, to check the harness works (never written to the doc)
                  --force  write docs/benchmarks.md even when the load average at the start was above 1.5
                  --keep   keep the temporary folder (workspaces, indexes, logs) and print where it is""";
    }
}
