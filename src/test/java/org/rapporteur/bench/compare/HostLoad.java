package org.rapporteur.bench.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How busy the machine is, from /proc: the load average, and how much CPU other processes took while a row ran
 * (all busy CPU time minus this harness's own and its waited-for children's). The second tells a row disturbed by
 * someone else's build apart from a row whose own previous step raised the load average. Linux only; elsewhere the
 * figures are unknown (NaN).
 */
public final class HostLoad {
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ: 100 on every Linux the JDK supports

    private HostLoad() {
    }

    /** The one-minute load average, or NaN. */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The three load averages as /proc/loadavg shows them, or "unknown". */
    public static String loadAverages() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** A reading to subtract a later one from. */
    public static Snapshot snapshot() {
        return new Snapshot(busySeconds(), ownTreeSeconds());
    }

    /** Busy CPU seconds of the whole machine and of this process with its waited-for children, at one moment. */
    public record Snapshot(double busy, double own) {
        /** CPU seconds other processes used since this snapshot (NaN when unknown). */
        public double othersSince() {
            Snapshot now = snapshot();
            return Math.max(0, (now.busy - busy) - (now.own - own));
        }
    }

    /** user + nice + system + irq + softirq + steal of the "cpu" line of /proc/stat, in seconds. */
    static double busySeconds() {
        try {
            String first = Files.readAllLines(Path.of("/proc/stat")).getFirst();
            String[] f = first.trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(f[i]);
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** utime + stime + cutime + cstime of /proc/self/stat: this JVM and every child it (or they) waited for. */
    static double ownTreeSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split("\\s+");
            // fields after the command name start at field 3 (state): utime is field 14, cstime field 17
            long t = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            return t / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
