package org.rapporteur.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What the build wrote about itself: the program's name and version (from the pom), the git commit it was built from
 * and when (ADR 0030). Maven fills them into {@code build.properties} at build time; a build outside a git clone, or
 * a class path without the filtered resource (an IDE run), leaves placeholders, which read as {@link #UNKNOWN}.
 *
 * @param name       the program's name, e.g. {@code Rapporteur}
 * @param version    the pom's version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param commit     the abbreviated commit id, or {@code unknown}
 * @param commitTime when that commit was made (UTC, ISO-8601), or {@code unknown}
 * @param built      when the build ran (UTC, ISO-8601), or {@code unknown}
 */
public record BuildInfo(String name, String version, String commit, String commitTime, String built) {
    public static final String UNKNOWN = "unknown";
    static final String RESOURCE = "build.properties";

    private static final BuildInfo CURRENT = load();

    /** This program's build facts (read once). */
    public static BuildInfo current() {
        return CURRENT;
    }

    /** "Rapporteur 0.1.0-SNAPSHOT": the first line of {@code --version}. */
    public String nameAndVersion() {
        return name + " " + version;
    }

    /** "a132fbf1fd (2026-12-03T14:32:34Z)": the commit and when it was made, or {@code unknown}. */
    public String commitLine() {
        return commit.equals(UNKNOWN) || commitTime.equals(UNKNOWN) ? commit : commit + " (" + commitTime + ")";
    }

    static BuildInfo from(Properties p) {
        return new BuildInfo(value(p, "name", "Rapporteur"), value(p, "version", UNKNOWN), value(p, "commit", UNKNOWN),
                value(p, "commit.time", UNKNOWN), value(p, "built", UNKNOWN));
    }

    private static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the build facts", e);
        }
        return from(p);
    }

    /** A filled-in value, or {@code fallback} for a missing one or a placeholder Maven could not fill ({@code ${…}}). */
    private static String value(Properties p, String key, String fallback) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() || v.contains("${") ? fallback : v.strip();
    }
}
