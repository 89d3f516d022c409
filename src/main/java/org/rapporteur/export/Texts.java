package org.rapporteur.export;

/** Small text helpers shared by the exporters. */
final class Texts {
    private Texts() {
    }

    /** At most {@code max} characters, whitespace collapsed, cut at a word with an ellipsis. */
    static String shorten(String s, int max) {
        if (s == null) {
            return "";
        }
        String t = s.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        return t.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }

    /** Whitespace runs collapsed to one space. */
    static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    /** A file-name-safe slug of {@code s}: ASCII letters, digits, dots, dashes and underscores. */
    static String slug(String s, String fallback) {
        String t = s == null ? "" : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        if (t.length() > 80) {
            t = t.substring(0, 80).replaceAll("[-.]+$", "");
        }
        return t.isEmpty() ? fallback : t;
    }
}
