package org.rapporteur.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic ids, so that the same input always yields the same report and claim ids. */
public final class Ids {
    private Ids() {
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * A claim id from its report id and span: the first 12 hex digits of the report id, a dash, and 12 hex digits of
     * a hash of the span. Short enough to type on a command line, stable across re-ingests of the same bytes.
     */
    public static String claimId(String reportId, int start, int end) {
        String h = sha256((reportId + ":" + start + ":" + end).getBytes(StandardCharsets.UTF_8));
        return reportId.substring(0, Math.min(12, reportId.length())) + "-" + h.substring(0, 12);
    }
}
