package org.rapporteur.ingest;

import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value of a sidecar descriptor, compiled against a CSV header. Either the exact name of a column (its value is
 * taken as is), or a template mixing literal text with {@code {Column}} and {@code {Column:%02d}} placeholders —
 * the part after the colon is a {@link java.util.Formatter} pattern applied to the value as an integer when it ends
 * in {@code d}, else as a string. Immutable, thread-safe.
 */
final class FieldTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}:]+)(?::([^{}]+))?}");

    private record Part(String literal, int column, String format) {
    }

    private final String source;
    private final List<Part> parts;

    private FieldTemplate(String source, List<Part> parts) {
        this.source = source;
        this.parts = List.copyOf(parts);
    }

    /**
     * @throws IllegalArgumentException naming the unknown column or bad format, for the descriptor's problem line
     */
    static FieldTemplate compile(String value, CsvTable table) {
        int whole = table.column(value);
        if (whole >= 0 && !value.contains("{")) {
            return new FieldTemplate(value, List.of(new Part(null, whole, null)));
        }
        List<Part> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(value);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(new Part(value.substring(last, m.start()), -1, null));
            }
            int column = table.column(m.group(1));
            if (column < 0) {
                throw new IllegalArgumentException("unknown column \"" + m.group(1) + "\" in \"" + value + "\"");
            }
            parts.add(new Part(null, column, m.group(2)));
            last = m.end();
        }
        if (last < value.length()) {
            parts.add(new Part(value.substring(last), -1, null));
        }
        return new FieldTemplate(value, parts);
    }

    /** The value for a row; null when every placeholder in it is empty (a missing value, not an empty one). */
    String expand(List<String> row) {
        StringBuilder b = new StringBuilder();
        boolean anyValue = false;
        boolean anyPlaceholder = false;
        for (Part p : parts) {
            if (p.literal != null) {
                b.append(p.literal);
                continue;
            }
            anyPlaceholder = true;
            String v = CsvTable.value(row, p.column);
            if (!v.isEmpty()) {
                anyValue = true;
            }
            b.append(format(v, p.format));
        }
        if (anyPlaceholder && !anyValue) {
            return null;
        }
        String s = b.toString().strip();
        return s.isEmpty() ? null : s;
    }

    private static String format(String v, String format) {
        if (format == null || v.isEmpty()) {
            return v;
        }
        try {
            if (format.endsWith("d")) {
                return String.format(Locale.ROOT, format, Long.parseLong(v));
            }
            return String.format(Locale.ROOT, format, v);
        } catch (NumberFormatException | IllegalFormatException e) {
            return v;
        }
    }

    @Override
    public String toString() {
        return source;
    }
}
