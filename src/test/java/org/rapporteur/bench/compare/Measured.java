package org.rapporteur.bench.compare;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one child process did: wall time (from the harness's side, JVM start included), CPU time and peak RSS (from
 * {@code /usr/bin/time}, or a /proc poll), peak heap (from the JVM's GC log, when it wrote one), its exit code and
 * output. Benchmark mains report their figures as {@code key=value} lines on stdout; {@link #value} reads them.
 */
public record Measured(String name, double wallSeconds, double userSeconds, double sysSeconds, long peakRssKb,
                       long polledRssKb, long peakHeapMb, int exitCode, String stdout, String stderrTail) {
    private static final Pattern KEY_VALUE = Pattern.compile("(?m)^([a-zA-Z][\\w.\\-]*)=(.*)$");

    /** The child's {@code key=value} lines. */
    public Map<String, String> values() {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = KEY_VALUE.matcher(stdout);
        while (m.find()) {
            out.put(m.group(1), m.group(2).strip());
        }
        return out;
    }

    public String value(String key) {
        String v = values().get(key);
        if (v == null) {
            throw new IllegalStateException(name + " did not report " + key + failureHint());
        }
        return v;
    }

    public double number(String key) {
        return Double.parseDouble(value(key));
    }

    public OptionalDouble optionalNumber(String key) {
        String v = values().get(key);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(v));
    }

    public boolean ok() {
        return exitCode == 0;
    }

    /** Fails with the child's last error lines unless it exited with 0. */
    public Measured requireOk() {
        if (!ok()) {
            throw new IllegalStateException(name + " exited with " + exitCode + failureHint());
        }
        return this;
    }

    public double cpuSeconds() {
        return userSeconds + sysSeconds;
    }

    /** The best peak RSS known: {@code /usr/bin/time}'s, else the polled one. */
    public long rssKb() {
        return peakRssKb > 0 ? peakRssKb : polledRssKb;
    }

    private String failureHint() {
        return stderrTail.isBlank() ? "" : ": " + stderrTail.strip();
    }
}
