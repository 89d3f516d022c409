package org.rapporteur.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rapporteur.ingest.CorpusScanner;
import org.rapporteur.testing.HostileFiles;
import org.rapporteur.testing.SharedData;

/**
 * Robustness benchmark: indexes {@code ../shared/robustness/pdf} plus bad files written here (a PDF declaring
 * billions of pages, truncated PDFs, a zip-bomb DOCX, a DOCX inflating 9-fold to 600 MB of XML, XXE and billion-laughs
 * DOCX files, binary junk under report names, empty files, a FIFO, a directory named like a report, duplicates) in a
 * child JVM with {@code -Xmx1g} that sees one processor (so files are timed one by one), and measures from outside:
 * crashes (exit code), hangs (no file finished for {@value #HANG_SECONDS} s), the slowest file, peak RSS (VmHWM of the
 * child) and whether every file became a report or exactly one problem line. Prints a Markdown report and writes it to
 * {@code target/robustness.md}. {@code bin/robustness} runs it; the test below checks the targets.
 */
@Tag("bench")
class RobustnessBenchmark {
    static final int HANG_SECONDS = 120;
    static final double SLOWEST_TARGET_SECONDS = 30;
    static final long RSS_TARGET_MB = 1024;

    record Outcome(int exitCode, boolean hung, long peakRssKb, double wallSeconds, List<String[]> timings,
                   Set<String> reportPaths, Map<String, List<String>> lines, String summary, int stderrLines,
                   List<Path> expected, Map<Path, String> generated) {
        int crashes() {
            return hung || exitCode == 0 ? 0 : 1;
        }

        double slowest() {
            return timings.stream().mapToDouble(t -> Double.parseDouble(t[0])).max().orElse(0);
        }

        /** Files that are neither a report nor exactly one problem line. */
        List<String> violations() {
            List<String> bad = new ArrayList<>();
            for (Path f : expected) {
                String p = f.toAbsolutePath().normalize().toString();
                int n = lines.getOrDefault(p, List.of()).size();
                boolean report = reportPaths.contains(p);
                boolean failed = lines.getOrDefault(p, List.of()).stream().anyMatch(l -> l.startsWith("F"));
                if (report ? failed : n != 1) {
                    bad.add(p + " (" + (report ? "report with a failure" : n + " lines") + ")");
                }
            }
            return bad;
        }
    }

    @Test
    void everyFileIsAReportOrOneLineWithinTimeAndMemory() throws Exception {
        Outcome o = run(SharedData.robustnessPdfs());
        assertEquals(0, o.crashes(), "crashes");
        assertTrue(!o.hung(), "hang");
        assertTrue(o.slowest() <= SLOWEST_TARGET_SECONDS, "slowest file " + o.slowest() + " s");
        assertTrue(o.peakRssKb() <= RSS_TARGET_MB * 1024, "peak RSS " + o.peakRssKb() / 1024 + " MB");
        assertEquals(List.of(), o.violations());
    }

    public static void main(String[] args) throws Exception {
        run((args.length > 0 ? Path.of(args[0]) : SharedData.robustnessPdfs()));
    }

    static Outcome run(Path sharedPdfs) throws Exception {
        Path work = Files.createTempDirectory("rapporteur-robustness");
        Path bad = Files.createDirectories(work.resolve("bad"));
        System.err.println("writing bad files to " + bad + " ...");
        Map<Path, String> generated = writeBadFiles(bad);
        List<Path> roots = List.of(sharedPdfs.toAbsolutePath().normalize(), bad);
        List<Path> expected = new ArrayList<>(CorpusScanner.scan(roots).files());
        Path out = work.resolve("run.tsv");
        Path err = work.resolve("stderr.txt");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:ActiveProcessorCount=1", "--add-modules", "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), RobustnessRun.class.getName(),
                work.resolve("workspace").toString(), out.toString()));
        roots.forEach(r -> cmd.add(r.toString()));
        System.err.println("indexing " + expected.size() + " files in a child JVM (-Xmx1g, one processor) ...");
        long t0 = System.nanoTime();
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(err.toFile()).start();
        long peakKb = 0;
        long lastSize = -1;
        long lastChange = System.nanoTime();
        boolean hung = false;
        while (!child.waitFor(100, TimeUnit.MILLISECONDS)) {
            peakKb = Math.max(peakKb, vmHwmKb(child.pid()));
            long size = Files.exists(out) ? Files.size(out) : 0;
            if (size != lastSize) {
                lastSize = size;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > HANG_SECONDS * 1_000_000_000L) {
                hung = true;
                child.destroyForcibly().waitFor();
                break;
            }
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        List<String[]> timings = new ArrayList<>();
        Set<String> reportPaths = new HashSet<>();
        Map<String, List<String>> lines = new HashMap<>();
        String summary = "";
        for (String line : Files.exists(out) ? Files.readAllLines(out, StandardCharsets.UTF_8) : List.<String>of()) {
            String[] f = line.split("\t", 3);
            switch (f[0]) {
                case "T" -> timings.add(new String[] {f[1], f[2]});
                case "R" -> reportPaths.add(f[1]);
                case "F", "W" -> lines.computeIfAbsent(norm(f[1]), k -> new ArrayList<>()).add(f[0] + " " + f[2]);
                case "S" -> summary = f[1];
                default -> { }
            }
        }
        int stderrLines = (int) Files.readAllLines(err, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).count();
        Outcome o = new Outcome(hung ? -1 : child.exitValue(), hung, peakKb, wall, timings, reportPaths, lines, summary,
                stderrLines, expected, generated);
        String md = report(o, sharedPdfs, bad);
        System.out.println(md);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "robustness.md"), md);
        if (!Boolean.getBoolean("robustness.keep")) { // -Drobustness.keep=true keeps the files for a look
            deleteTree(work);
        }
        return o;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String norm(String p) {
        return Path.of(p).toAbsolutePath().normalize().toString();
    }

    /** Full-size bad files: what the issue met, and more. */
    static Map<Path, String> writeBadFiles(Path dir) throws IOException, InterruptedException {
        Map<Path, String> files = new LinkedHashMap<>(HostileFiles.smallSet(dir));
        files.put(HostileFiles.inflatingDocx(dir.resolve("inflating-600mb.docx"), 600L << 20, Deflater.DEFAULT_COMPRESSION),
                "DOCX inflating ~9-fold to 600 MB of XML");
        files.put(HostileFiles.zipBombDocx(dir.resolve("zip-bomb-1gb.docx"), 1L << 30), "zip-bomb DOCX, 1 GB of blanks");
        for (double cut : new double[] {0.1, 0.3, 0.9}) {
            files.put(HostileFiles.truncatedPdf(dir.resolve("truncated-" + (int) (cut * 100) + ".pdf"), cut),
                    "PDF cut at " + (int) (cut * 100) + " %");
        }
        files.put(HostileFiles.junk(dir.resolve("junk.html"), 200_000, 4), "binary junk .html");
        files.put(HostileFiles.junk(dir.resolve("junk.md"), 200_000, 5), "binary junk .md");
        files.put(Files.createFile(dir.resolve("empty.txt")), "empty .txt");
        files.put(Files.createDirectories(dir.resolve("folder.pdf")), "a folder named like a PDF");
        Path twinA = Files.createDirectories(dir.resolve("copies/a"));
        Path twinB = Files.createDirectories(dir.resolve("copies/b"));
        Files.copy(dir.resolve("good.pdf"), twinA.resolve("same.pdf"));
        Files.copy(dir.resolve("good.pdf"), twinB.resolve("same.pdf"));
        files.put(twinA.resolve("same.pdf"), "duplicate of good.pdf");
        files.put(twinB.resolve("same.pdf"), "duplicate of good.pdf");
        Path long20 = dir.resolve("twenty-million-characters.txt");
        Files.write(long20, "The delegates met again. ".repeat(20_000_000 / 25 + 1).getBytes(StandardCharsets.US_ASCII));
        files.put(long20, "20 million characters of text");
        files.put(HostileFiles.simplePdf(dir.resolve("two-thousand-pages.pdf"), 2000, "long sessions"),
                "PDF of 2,000 pages");
        Path loop = dir.resolve("loop");
        Files.createDirectories(loop);
        Files.createSymbolicLink(loop.resolve("again"), Path.of(".."));
        files.put(Files.createSymbolicLink(dir.resolve("dangling.pdf"), dir.resolve("nowhere.pdf")), "dangling link");
        return files;
    }

    private static long vmHwmKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between two samples
        }
        return 0;
    }

    private static String report(Outcome o, Path shared, Path bad) throws IOException {
        StringBuilder b = new StringBuilder("## Robustness run\n\n");
        b.append("- Files: ").append(o.expected().size()).append(" scanned under `").append(shared).append("` and ")
                .append(o.generated().size()).append(" generated bad files (some are not files: a FIFO, a folder, a "
                        + "dangling link)\n");
        b.append("- Child JVM: -Xmx1g, one processor; exit code ").append(o.exitCode()).append(o.hung() ? " (killed: hang)" : "")
                .append("\n");
        b.append(String.format(Locale.ROOT, "- Crashes: %d; hangs: %d; wall time %.1f s%n", o.crashes(), o.hung() ? 1 : 0,
                o.wallSeconds()));
        b.append(String.format(Locale.ROOT, "- Slowest file: %.1f s; peak RSS (VmHWM): %d MB%n", o.slowest(), o.peakRssKb() / 1024));
        b.append("- Indexer summary: ").append(o.summary()).append('\n');
        long reports = o.expected().stream().filter(f -> o.reportPaths().contains(norm(f.toString()))).count();
        b.append("- Scanned files that became reports: ").append(reports).append("; problem lines: ")
                .append(o.lines().values().stream().mapToInt(List::size).sum()).append("; lines printed by the child "
                        + "on its terminal: ").append(o.stderrLines()).append('\n');
        List<String> violations = o.violations();
        b.append("- Files neither a report nor exactly one line: ").append(violations.size()).append('\n');
        violations.forEach(v -> b.append("  - ").append(v).append('\n'));
        b.append("\nSlowest files (s):\n\n");
        o.timings().stream().sorted(Comparator.comparingDouble((String[] t) -> -Double.parseDouble(t[0]))).limit(8)
                .forEach(t -> b.append("- ").append(t[0]).append("  ").append(t[1]).append('\n'));
        b.append("\nGenerated files and what became of them:\n\n");
        for (Map.Entry<Path, String> e : o.generated().entrySet()) {
            String p = norm(e.getKey().toString());
            String fate = o.reportPaths().contains(p) ? "report"
                    : String.join(" | ", o.lines().getOrDefault(p, List.of("(no line: not scanned, not a file)")));
            b.append("- ").append(e.getValue()).append(" (`").append(bad.relativize(e.getKey())).append("`): ")
                    .append(fate).append('\n');
        }
        Map<String, Integer> reasons = new TreeMap<>();
        o.lines().forEach((p, ls) -> {
            if (p.startsWith(norm(shared.toString()))) {
                ls.forEach(l -> reasons.merge(l.replaceAll("\\d+", "#"), 1, Integer::sum));
            }
        });
        b.append("\nLines for the shared PDFs, by kind (F failure, W warning; numbers blanked):\n\n");
        reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> b.append("- ").append(e.getValue()).append(" × ").append(e.getKey()).append('\n'));
        return b.toString();
    }
}
