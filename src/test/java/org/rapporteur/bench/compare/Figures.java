package org.rapporteur.bench.compare;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How figures are written in the table and details: one format per kind of number, so runs compare at a glance. */
public final class Figures {
    private static final Pattern JSON_NUMBER = Pattern.compile("\"%s\"\\s*:\\s*(\\d+)");

    private Figures() {
    }

    public static String seconds(double s) {
        return s < 10 ? String.format(Locale.ROOT, "%.2f s", s) : String.format(Locale.ROOT, "%.1f s", s);
    }

    public static String ms(double ms) {
        return ms < 10 ? String.format(Locale.ROOT, "%.1f ms", ms) : String.format(Locale.ROOT, "%,.0f ms", ms);
    }

    public static String mb(long kb) {
        return String.format(Locale.ROOT, "%,d MB", Math.round(kb / 1024.0));
    }

    public static String ratio(double r) {
        return Double.isFinite(r) ? String.format(Locale.ROOT, "%.2f×", r) : "—";
    }

    public static String rate(double perSecond, String unit) {
        return String.format(Locale.ROOT, perSecond < 10 ? "%.2f %s" : "%,.0f %s", perSecond, unit);
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** CPU user+sys of a child, or "?" when /usr/bin/time was missing. */
    public static String cpu(Measured m) {
        return Double.isNaN(m.cpuSeconds()) ? "CPU ?" : String.format(Locale.ROOT, "CPU %.1f s", m.cpuSeconds());
    }

    /** Wall, CPU, peak RSS and (when logged) peak heap of a child, for the detail lines. */
    public static String usage(Measured m) {
        return String.format(Locale.ROOT, "wall %s, %s, peak RSS %s%s", seconds(m.wallSeconds()), cpu(m),
                mb(m.rssKb()), m.peakHeapMb() > 0 ? ", peak heap " + String.format(Locale.ROOT, "%,d MB",
                        m.peakHeapMb()) : "");
    }

    /** A whole-number field of Rapporteur's JSON output (e.g. the index summary's "indexed"), or -1. */
    public static long jsonNumber(String json, String field) {
        Matcher m = Pattern.compile(String.format(Locale.ROOT, JSON_NUMBER.pattern(), Pattern.quote(field))).matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}
