package org.rapporteur.export;

import java.util.List;

/**
 * One citable item: a report, or a speaker's remarks at an event a report records. Built by {@link CitationItems};
 * written by the CSL-JSON, RIS and BibTeX exporters.
 *
 * @param id       a citation key, unique within the export, e.g. {@code doe2024} ({@code doe2024a} on a clash)
 * @param authors  persons (family and given) or bodies (literal)
 * @param event    the event a speech was given at (for reports of events)
 * @param date     ISO {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}, may be null
 * @param genre    e.g. {@code webinar report}
 */
public record CitationItem(String id, Type type, String title, List<Name> authors, String publisher, String event,
                           String date, String genre, String reportId, String note) {
    public CitationItem {
        authors = List.copyOf(authors);
    }

    public enum Type { REPORT, SPEECH }

    /** A person's name ({@code family}, {@code given}) or a body's ({@code literal}). */
    public record Name(String family, String given, String literal) {
        public static Name literal(String s) {
            return new Name(null, null, s);
        }

        /**
         * Splits a display name: the last word is the family name, together with lower-case particles before it
         * ({@code van}, {@code de}, {@code al}); the rest is given. A single word stays literal.
         */
        public static Name person(String display) {
            String s = display.strip().replaceAll("\\s+", " ");
            String[] w = s.split(" ");
            if (w.length < 2) {
                return literal(s);
            }
            int family = w.length - 1;
            while (family > 1 && !w[family - 1].isEmpty() && Character.isLowerCase(w[family - 1].charAt(0))) {
                family--;
            }
            return new Name(String.join(" ", java.util.Arrays.copyOfRange(w, family, w.length)),
                    String.join(" ", java.util.Arrays.copyOfRange(w, 0, family)), null);
        }

        /** {@code Family, Given} or the literal. */
        public String inverted() {
            return literal != null ? literal : family + ", " + given;
        }
    }

    /** The year of {@link #date()}, or null. */
    public String year() {
        return date != null && date.matches("\\d{4}.*") ? date.substring(0, 4) : null;
    }

    /** Year, month and day as present in {@link #date()}. */
    public int[] dateParts() {
        if (date == null || !date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return new int[0];
        }
        String[] p = date.split("-");
        int[] out = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Integer.parseInt(p[i]);
        }
        return out;
    }
}
