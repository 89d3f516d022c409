package org.rapporteur.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Benchmark, not a test: the command line's {@code index} on an indexed corpus, as the analyst runs it (a whole JVM,
 * `java … org.rapporteur.cli.Main index`), in the three cases of issue 13: nothing changed, one file changed, a folder
 * of 100 new reports added (and how soon the first of them is found by a search of another process).
 *
 * <p>Usage: {@code ReindexBenchmark INDEXED_WORKSPACE CORPUS [repeats]}. The workspace (e.g. one built by
 * {@code rapporteur index --corpus ../shared/ungdc}) is copied first, never changed; the corpus is only read. Changed
 * and added files live in a second corpus root in a temporary folder, beside the real corpus. Extra JVM options for
 * the indexing process go in {@code -Dbench.childOptions="…"}; {@code -Dbench.aotCache=FILE} records an AOT cache in the
 * preparing run and starts the others from it, as {@code bin/rapporteur index} does. Prints Markdown: wall time and,
 * where {@code /usr/bin/time} exists, processor time of each run.
 */
public final class ReindexBenchmark {
    private ReindexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path template = Path.of(args[0]).toAbsolutePath().normalize();
        Path corpus = Path.of(args[1]).toAbsolutePath().normalize();
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path work = Files.createTempDirectory("rapporteur-reindex-bench");
        Path ws = work.resolve("ws");
        copyTree(template, ws);
        Path extra = Files.createDirectories(work.resolve("extra"));
        List<Path> samples;
        try (Stream<Path> s = Files.walk(corpus)) {
            samples = s.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().contains("README"))
                    .sorted().limit(101).toList();
        }
        Path changing = extra.resolve("changing.txt");
        Files.writeString(changing, Files.readString(samples.getFirst()));

        StringBuilder out = new StringBuilder("## Re-index from the command line\n\n");
        out.append("- Workspace: copy of `").append(template).append("`; corpus roots `").append(corpus)
                .append("` and a temporary folder for the changed and added files\n");
        out.append("- Child JVM options: `").append(String.join(" ", childOptions())).append("`; AOT cache: ")
                .append(System.getProperty("bench.aotCache", "none")).append("\n");
        out.append("- Load average at the start: ").append(loadAverage()).append("\n\n");
        Run prep = run(ws, corpus, extra, null);
        out.append("- Preparing run (the extra root's first file): ").append(prep).append("\n\n");
        out.append("| case | run | wall s | user+sys s | first new report found after s | summary |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (int i = 1; i <= repeats; i++) {
            out.append(row("nothing changed", i, run(ws, corpus, extra, null)));
        }
        for (int i = 1; i <= repeats; i++) {
            Files.writeString(changing, "\nA closing remark, version " + i + ".\n",
                    java.nio.file.StandardOpenOption.APPEND);
            out.append(row("one file changed", i, run(ws, corpus, extra, null)));
        }
        for (int i = 1; i <= repeats; i++) {
            Path added = Files.createDirectories(extra.resolve("added-" + i));
            for (int k = 1; k < samples.size(); k++) {
                Path src = samples.get(k);
                // new bytes, so a new report, not a copy of an indexed one
                Files.writeString(added.resolve(src.getFileName()), Files.readString(src)
                        + "\nAdded for the benchmark, batch " + i + ".\n");
            }
            out.append(row("100 reports added", i, run(ws, corpus, extra, added.toString())));
        }
        out.append("\nLoad average at the end: ").append(loadAverage()).append('\n');
        System.out.println(out);
        deleteTree(work);
    }

    private static String row(String name, int i, Run r) {
        return String.format(Locale.ROOT, "| %s | %d | %.2f | %s | %s | %s |%n", name, i, r.wallSeconds,
                r.cpuSeconds < 0 ? "—" : String.format(Locale.ROOT, "%.2f", r.cpuSeconds),
                r.firstFoundSeconds < 0 ? "—" : String.format(Locale.ROOT, "%.2f", r.firstFoundSeconds), r.summary);
    }

    private record Run(double wallSeconds, double cpuSeconds, double firstFoundSeconds, String summary) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f s wall, %s", wallSeconds, summary);
        }
    }

    private static List<String> childOptions() {
        List<String> opts = new ArrayList<>(List.of("--add-modules", "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Xmx4g"));
        String extra = System.getProperty("bench.childOptions", "").strip();
        if (!extra.isEmpty()) {
            opts.addAll(Arrays.asList(extra.split("\\s+")));
        }
        return opts;
    }

    /**
     * One {@code index} process. With {@code watchPrefix}, the index is watched from here (a reader of its own, as
     * the workbench's searches are) until a report whose path starts with it is committed.
     */
    private static Run run(Path ws, Path corpus, Path extra, String watchPrefix) throws Exception {
        List<String> cmd = new ArrayList<>();
        boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
        Path times = Files.createTempFile("reindex-time", ".txt");
        if (timed) {
            cmd.addAll(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%U %S"));
        }
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(childOptions());
        String aot = System.getProperty("bench.aotCache", "");
        if (!aot.isBlank()) {
            // as bin/rapporteur index does: the first run (the preparing one) records the cache, the others use it
            cmd.add((Files.exists(Path.of(aot)) ? "-XX:AOTCache=" : "-XX:AOTCacheOutput=") + aot);
            cmd.addAll(List.of("-Xlog:aot=off", "-Xlog:cds=off"));
        }
        cmd.addAll(List.of("-cp", childClassPath(), "org.rapporteur.cli.Main", "index",
                "--workspace", ws.toString(), "--corpus", corpus.toString(), "--corpus", extra.toString()));
        Path log = Files.createTempFile("reindex-out", ".txt");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        double found = -1;
        if (watchPrefix != null) {
            try (FSDirectory dir = FSDirectory.open(ws.resolve("index"))) {
                DirectoryReader reader = DirectoryReader.open(dir);
                while (found < 0 && p.isAlive()) {
                    DirectoryReader newer = DirectoryReader.openIfChanged(reader);
                    if (newer != null) {
                        reader.close();
                        reader = newer;
                        if (hasPathStartingWith(reader, watchPrefix)) {
                            found = (System.nanoTime() - t0) / 1e9;
                        }
                    }
                    Thread.sleep(10);
                }
                reader.close();
            }
        }
        int exit = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        if (watchPrefix != null && found < 0) {
            try (FSDirectory dir = FSDirectory.open(ws.resolve("index")); DirectoryReader r = DirectoryReader.open(dir)) {
                found = hasPathStartingWith(r, watchPrefix) ? wall : -1;
            }
        }
        double cpu = -1;
        if (timed) {
            String[] t = Files.readString(times).strip().split("\\s+");
            String[] last = t.length >= 2 ? Arrays.copyOfRange(t, t.length - 2, t.length) : t;
            cpu = Double.parseDouble(last[0]) + Double.parseDouble(last[1]);
        }
        String summary = Files.readAllLines(log).stream().filter(l -> l.contains("unchanged,")).findFirst()
                .orElse("exit " + exit);
        Files.deleteIfExists(times);
        Files.deleteIfExists(log);
        return new Run(wall, cpu, found, summary.replace('|', '/'));
    }

    /** The jars of this class path, without folders (the test classes): an AOT cache accepts only jars. */
    private static String childClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> !Files.isDirectory(Path.of(e)))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static boolean hasPathStartingWith(IndexReader reader, String prefix) throws IOException {
        BytesRef p = new BytesRef(prefix);
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms("path");
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (te.seekCeil(p) != TermsEnum.SeekStatus.END && org.apache.lucene.util.StringHelper.startsWith(te.term(), p)) {
                return true;
            }
        }
        return false;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
