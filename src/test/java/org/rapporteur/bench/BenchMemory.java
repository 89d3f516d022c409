package org.rapporteur.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** What the ingest benchmark mains measure besides wall time: heap, RSS, process CPU time, corpus size. */
final class BenchMemory {
    private BenchMemory() {
    }

    /** Raises the peaks to the heap in use and this process's high-water RSS (Linux; 0 elsewhere). */
    static void sample(AtomicLong peakHeap, AtomicLong peakRss) {
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap += pool.getUsage().getUsed();
            }
        }
        peakHeap.accumulateAndGet(heap, Math::max);
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    peakRss.accumulateAndGet(Long.parseLong(line.replaceAll("\\D", "")) * 1024, Math::max);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: RSS stays unknown (0)
        }
    }

    /** User + system CPU time of the whole JVM so far: every thread, GC and JIT included. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    /** Bytes of the .txt files under {@code root}, following links. */
    static long bytesOfTextFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return s.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }
}
