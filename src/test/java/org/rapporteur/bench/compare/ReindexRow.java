package org.rapporteur.bench.compare;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/**
 * Row 3: {@code rapporteur index} on the UN workspace from the command line (whole process, JVM start included) with
 * nothing changed (twice: the slower counts), then with one speech changed (a sentence appended), then the time until
 * the first report of a new folder of 100 is found ({@link AddedFolderVisibility}).
 */
final class ReindexRow {
    static final String UNCHANGED = "Re-index, nothing changed (CLI, UN workspace)";
    static final String ONE_CHANGED = "Re-index, one file changed (CLI, UN workspace)";
    static final String ADDED = "Added folder of 100 reports: first one found";
    /** A made-up word only the added reports hold, so a search for it finds them and nothing else. */
    static final String MARKER = "quokkabench";
    static final int ADDED_REPORTS = 100;

    private ReindexRow() {
    }

    static void run(BenchContext ctx, RowReport out) throws Exception {
        Path ws = ctx.unWorkspace();
        UnCorpus un = ctx.un();
        double worst = 0;
        StringBuilder runs = new StringBuilder();
        for (int i = 0; i < 2; i++) {
            Measured m = ctx.runner().rapporteur("reindex-unchanged", List.of("index", "--workspace", ws.toString(),
                    "--json"));
            if (!m.ok()) {
                out.add(ComparisonRow.failed(UNCHANGED, "≤ 2 s", "exit " + m.exitCode() + ": " + m.stderrTail()));
                return;
            }
            worst = Math.max(worst, m.wallSeconds());
            runs.append(i == 0 ? "" : "; ").append(Figures.usage(m)).append(", ")
                    .append(Figures.jsonNumber(m.stdout(), "unchanged")).append(" unchanged");
        }
        out.add(new ComparisonRow(UNCHANGED, Figures.seconds(worst) + " (slower of 2)", "—", "—", "≤ 2 s",
                worst <= 2.0));
        out.detail("Row 3, nothing changed: " + runs + ".");

        Path changed = un.speeches().get(un.speeches().size() / 2);
        Files.writeString(changed, "\n\nThe harness appended this sentence to change the file.\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Measured one = ctx.runner().rapporteur("reindex-one-changed", List.of("index", "--workspace", ws.toString(),
                "--json"));
        long indexed = Figures.jsonNumber(one.stdout(), "indexed");
        out.add(one.ok() ? new ComparisonRow(ONE_CHANGED, Figures.seconds(one.wallSeconds())
                + (indexed == 1 ? "" : " (indexed " + indexed + ", expected 1)"), "—", "—", "≤ 2 s",
                one.wallSeconds() <= 2.0 && indexed == 1)
                : ComparisonRow.failed(ONE_CHANGED, "≤ 2 s", "exit " + one.exitCode() + ": " + one.stderrTail()));
        out.detail("Row 3, one file changed (" + un.root().relativize(changed) + "): " + Figures.usage(one)
                + ", " + indexed + " indexed.");

        Path folder = un.root().resolve("added-" + ADDED_REPORTS);
        addReports(un.speeches(), folder, ADDED_REPORTS);
        Measured added = ctx.runner().java("added-folder", AddedFolderVisibility.class, List.of(),
                List.of(ws.toString(), MARKER));
        if (!added.ok() || added.values().containsKey("found")) {
            out.add(ComparisonRow.failed(ADDED, "≤ 2 s", added.ok() ? "never found" : "exit " + added.exitCode()
                    + ": " + added.stderrTail()));
            return;
        }
        double s = added.number("found.fromProcessStart.ms") / 1000;
        out.add(new ComparisonRow(ADDED, Figures.seconds(s) + " from process start ("
                + Figures.seconds(added.number("found.fromIndexCall.ms") / 1000) + " from the index call)", "—", "—",
                "≤ 2 s", s <= 2.0));
        out.detail(BenchContext.fmt("Row 3, added folder: workspace opened in %s ms, index run %s s (%s indexed, "
                        + "%s unchanged), %s claims hold the marker word afterwards; %s.", added.value("open.ms"),
                added.value("index.seconds"), added.value("indexed"), added.value("unchanged"),
                added.value("found.finally"), Figures.usage(added)));
    }

    /**
     * Copies {@code n} speeches spread over the corpus into {@code folder} under new names, each with a new first
     * paragraph holding {@link #MARKER}: new bytes (so not duplicates of their originals) that a search can find.
     */
    static void addReports(List<Path> speeches, Path folder, int n) throws java.io.IOException {
        Files.createDirectories(folder);
        int step = Math.max(1, speeches.size() / n);
        for (int i = 0; i < n; i++) {
            Path from = speeches.get((i * step) % speeches.size());
            String text = Files.readString(from, StandardCharsets.UTF_8);
            text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            String first = "Copy " + (i + 1) + " of a General Debate speech, added by the harness as a new report: "
                    + MARKER + ".\n\n";
            Files.writeString(folder.resolve(String.format(Locale.ROOT, "bench-added-%03d.txt", i + 1)), first + text,
                    StandardCharsets.UTF_8);
        }
    }
}
