package org.rapporteur.ui.main;

import java.lang.management.ManagementFactory;

/**
 * How long this JVM has been running, in wall-clock and in CPU time (all its threads), for the cold-start figures of
 * the workbench and of its one-label reference window. CPU time is printed beside wall time because wall time on a
 * loaded machine says more about the other processes than about this one. Thread-safe.
 */
public final class StartClock {
    private StartClock() {
    }

    /**
     * One reading: milliseconds since the JVM started, CPU milliseconds this process has used so far, and those the
     * calling thread (the FX thread, for the start figures) has used.
     */
    public record Reading(long wallMillis, long cpuMillis, long fxCpuMillis) {
    }

    /** Reads the clocks; the wall clock first, so the management classes loaded here do not count. */
    public static Reading now() {
        long wallNow = System.currentTimeMillis();
        long threadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        long started = ManagementFactory.getRuntimeMXBean().getStartTime();
        long cpu = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            cpu = os.getProcessCpuTime() / 1_000_000;
        }
        return new Reading(wallNow - started, cpu, threadCpu);
    }
}
