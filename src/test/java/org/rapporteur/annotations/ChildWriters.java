package org.rapporteur.annotations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** Starts {@link StoreWriterMain} in a child JVM with this JVM's java binary and class path. */
final class ChildWriters {
    /** A running child and the lines it has reported so far (each a committed change). */
    record Child(Process process, List<String> committed, CountDownLatch firstLine, Thread reader) {
        void awaitReader() throws InterruptedException {
            reader.join(10_000);
        }
    }

    private ChildWriters() {
    }

    static Child start(Path db, String label, long rounds, Path stderr) throws IOException {
        return start(db, label, rounds, stderr, false);
    }

    /** As above; with {@code corrections} each round also writes a report-wide speaker label correction. */
    static Child start(Path db, String label, long rounds, Path stderr, boolean corrections) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xshare:auto",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                StoreWriterMain.class.getName(), db.toString(), label, Long.toString(rounds)));
        if (corrections) {
            cmd.add("corrections");
        }
        Process p = new ProcessBuilder(cmd).redirectError(stderr.toFile()).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        CountDownLatch first = new CountDownLatch(1);
        Thread t = Thread.ofPlatform().daemon().name("child-reader-" + label).start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                    first.countDown();
                }
            } catch (IOException e) {
                // The child was killed mid-line: what was read before is all it committed and reported.
            }
            first.countDown();
        });
        return new Child(p, lines, first, t);
    }
}
