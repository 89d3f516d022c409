package org.rapporteur.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * A child JVM running a {@code main} of the tests with this JVM's java binary and class path, and the lines it has
 * printed so far, read as they come: the kill tests start one, kill it at a random moment, and trust only what it
 * reported before.
 */
public record ChildJvm(Process process, List<String> lines, CountDownLatch firstLine, Thread reader) {
    /** Quick start-up, which is most of a kill round: C1 only, the serial collector, the JDK's class-data archive. */
    private static final List<String> QUICK_START = List.of("--enable-native-access=ALL-UNNAMED", "-Xshare:auto",
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /**
     * Starts {@code mainClass} with {@code args}, the JVM {@code options} added to the quick-start ones and
     * {@code env} added to this process's environment; its stderr goes to {@code stderr}.
     */
    public static ChildJvm start(List<String> options, Map<String, String> env, Path stderr, String mainClass,
                                 List<String> args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(QUICK_START);
        cmd.addAll(options);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectError(stderr.toFile());
        builder.environment().putAll(env);
        Process p = builder.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        CountDownLatch first = new CountDownLatch(1);
        Thread t = Thread.ofPlatform().daemon().name("child-reader-" + mainClass).start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                    first.countDown();
                }
            } catch (IOException e) {
                // killed mid-line: what was read before is all it reported
            }
            first.countDown();
        });
        return new ChildJvm(p, lines, first, t);
    }

    /** Waits (up to 10 s) until every line the child printed before it ended has been read. */
    public void awaitLines() throws InterruptedException {
        reader.join(10_000);
    }
}
