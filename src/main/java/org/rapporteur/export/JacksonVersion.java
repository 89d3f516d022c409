package org.rapporteur.export;

/** The version of Jackson (databind) this program runs with, as Jackson reports it (Help ▸ About, --version). */
public final class JacksonVersion {
    private JacksonVersion() {
    }

    public static String current() {
        return com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
    }
}
