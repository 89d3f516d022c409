package org.rapporteur.bench.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs every measured command in a fresh process, one at a time, and collects its {@link Measured} figures. Each
 * command runs under {@code /usr/bin/time} when the machine has it (CPU time and exact peak RSS), and its VmHWM is
 * polled from /proc besides (for commands that start a build before the JVM, where /usr/bin/time would report the
 * build's memory). Output goes to files in the run's log folder, kept until the temp folder is removed.
 */
public final class ChildRunner {
    private static final Path TIME = Path.of("/usr/bin/time");
    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)");
    private static final Pattern HEAP_AT_EXIT = Pattern.compile("heap.*used (\\d+)K");

    private final Path repo;
    private final Path logs;
    private final String javaHome;
    private int counter;

    public ChildRunner(Path repo, Path logs) throws IOException {
        this.repo = repo;
        this.logs = Files.createDirectories(logs);
        this.javaHome = System.getProperty("java.home");
    }

    public Path repo() {
        return repo;
    }

    public Path logs() {
        return logs;
    }

    /**
     * The JVM options every measured Java process gets, Rapporteur's and the references' alike: those of
     * bin/rapporteur, a 4 GB heap, two processors whatever the machine has (the comparisons are at two
     * threads), and a GC log for the peak heap.
     */
    public List<String> jvmOptions(Path gcLog) {
        return List.of("--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
                "-Drapporteur.home=" + repo, "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Xmx4g",
                "-XX:ActiveProcessorCount=2", gcLogOption(gcLog));
    }

    /** Logs every pause (heap before and after) and the heap at exit: the peak used heap is read from it. */
    public static String gcLogOption(Path gcLog) {
        return "-Xlog:gc,gc+heap+exit:file=" + gcLog;
    }

    /** A benchmark main of the test sources in a fresh JVM, with {@link #jvmOptions}. */
    public Measured java(String name, Class<?> main, List<String> extraJvm, List<String> args) throws IOException,
            InterruptedException {
        Path gc = logs.resolve(safe(name) + "-" + (counter + 1) + ".gc.log"); // named like run()'s other files
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(javaHome, "bin", "java").toString());
        cmd.addAll(jvmOptions(gc));
        cmd.addAll(extraJvm);
        cmd.add("-cp");
        cmd.add(String.join(java.io.File.pathSeparator, repo.resolve("target/test-classes").toString(),
                repo.resolve("target/rapporteur.jar").toString(), repo.resolve("target/lib/*").toString()));
        cmd.add(main.getName());
        cmd.addAll(args);
        return run(name, cmd, Map.of(), gc);
    }

    /**
     * {@code bin/rapporteur ARGS}: the command line exactly as a user runs it (its own JVM options), plus two
     * processors and a GC log through {@code RAPPORTEUR_JAVA_OPTS}.
     */
    public Measured rapporteur(String name, List<String> args) throws IOException, InterruptedException {
        Path gc = logs.resolve(safe(name) + "-" + (counter + 1) + ".gc.log"); // named like run()'s other files
        List<String> cmd = new ArrayList<>();
        cmd.add(repo.resolve("bin/rapporteur").toString());
        cmd.addAll(args);
        return run(name, cmd, Map.of("RAPPORTEUR_JAVA_OPTS", "-XX:ActiveProcessorCount=2 " + gcLogOption(gc)), gc);
    }

    /** Any command; {@code gcLog} names the GC log the command's JVM writes (null: none). */
    public Measured run(String name, List<String> command, Map<String, String> env, Path gcLog) throws IOException,
            InterruptedException {
        return run(name, command, env, gcLog, true);
    }

    /**
     * As {@link #run(String, List, Map, Path)}; with {@code descendants} false only the command's own VmHWM is
     * polled, not that of the processes it starts: for a script that builds first and then {@code exec}s the JVM, the
     * build's memory stays out.
     */
    public Measured run(String name, List<String> command, Map<String, String> env, Path gcLog, boolean descendants)
            throws IOException, InterruptedException {
        String base = safe(name) + "-" + (++counter);
        Path out = logs.resolve(base + ".out");
        Path err = logs.resolve(base + ".err");
        Path timeFile = logs.resolve(base + ".time");
        List<String> cmd = new ArrayList<>();
        boolean timed = Files.isExecutable(TIME);
        if (timed) {
            cmd.addAll(List.of(TIME.toString(), "-f", "%e %U %S %M", "-o", timeFile.toString()));
        }
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        AtomicLong polled = new AtomicLong();
        Thread poller = Thread.ofPlatform().daemon().name("rss-poll").start(() -> pollHwm(p.toHandle(), descendants, polled));
        if (!p.waitFor(60, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        poller.interrupt();
        double user = Double.NaN;
        double sys = Double.NaN;
        long rss = 0;
        if (timed && Files.exists(timeFile)) {
            // the last line: /usr/bin/time writes "Command exited with non-zero status N" before it on failure
            List<String> lines = Files.readAllLines(timeFile);
            String[] f = lines.isEmpty() ? new String[0] : lines.getLast().trim().split("\\s+");
            if (f.length == 4) {
                user = Double.parseDouble(f[1]);
                sys = Double.parseDouble(f[2]);
                rss = Long.parseLong(f[3]);
            }
        }
        String stdout = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
        return new Measured(name, wall, user, sys, rss, polled.get(), peakHeapMb(gcLog), p.exitValue(), stdout,
                tail(err, 8));
    }

    /** Reads VmHWM of the process and its descendants every 100 ms; keeps the largest single process's. */
    private static void pollHwm(ProcessHandle root, boolean descendants, AtomicLong max) {
        while (root.isAlive() && !Thread.currentThread().isInterrupted()) {
            max.accumulateAndGet(hwmKb(root.pid()), Math::max);
            // the command itself is /usr/bin/time's child; what the command starts in turn is a grandchild
            (descendants ? root.descendants() : root.children())
                    .forEach(d -> max.accumulateAndGet(hwmKb(d.pid()), Math::max));
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    static long hwmKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not Linux
        }
        return 0;
    }

    /** The largest heap in use the GC log shows: before any pause, or at exit. 0 without a log. */
    static long peakHeapMb(Path gcLog) throws IOException {
        if (gcLog == null || !Files.exists(gcLog)) {
            return 0;
        }
        long max = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC_PAUSE.matcher(line);
            if (m.find()) {
                max = Math.max(max, Long.parseLong(m.group(1)));
            }
            Matcher e = HEAP_AT_EXIT.matcher(line);
            if (e.find()) {
                max = Math.max(max, Long.parseLong(e.group(1)) / 1024);
            }
        }
        return max;
    }

    private static String tail(Path file, int lines) throws IOException {
        List<String> all = List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n"));
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]+", "-");
    }
}
