package org.rapporteur.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rapporteur.model.ProblemKind;

/**
 * A small CSV file read whole: its header and rows, every value trimmed (real sidecars carry trailing spaces) and
 * runs of whitespace inside a value, line breaks included, collapsed to one space. Encoding as for text reports
 * ({@link TextDecoder}). Rows shorter than the header read as empty values.
 */
record CsvTable(List<String> header, List<List<String>> rows) {
    /** A sidecar is a table of metadata, never a dataset of its own: refuse anything absurdly large. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    static CsvTable read(Path file) throws IOException, ReadFailure {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new ReadFailure(ProblemKind.SIDECAR, "sidecar too large (" + size / (1024 * 1024) + " MB)", null);
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0) {
            throw new ReadFailure(ProblemKind.SIDECAR, "empty sidecar", null);
        }
        return parse(TextDecoder.decode(bytes).text());
    }

    static CsvTable parse(String text) throws IOException {
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : parser) {
                List<String> values = new ArrayList<>(r.size());
                for (String v : r) {
                    values.add(clean(v));
                }
                if (header == null) {
                    header = values;
                } else if (!values.stream().allMatch(String::isEmpty)) {
                    rows.add(values);
                }
            }
        }
        return new CsvTable(header == null ? List.of() : header, rows);
    }

    /** Index of a column by name, ignoring case, spaces, underscores and dashes; -1 when absent. */
    int column(String name) {
        String key = key(name);
        for (int i = 0; i < header.size(); i++) {
            if (key(header.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    static String value(List<String> row, int column) {
        return column >= 0 && column < row.size() ? row.get(column) : "";
    }

    static String key(String name) {
        return name.replaceAll("[\\s_\\-]", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static String clean(String v) {
        return collapseWhitespace(v.replace('\u00A0', ' ').replace("\uFEFF", ""));
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /**
     * Trimmed, every run of whitespace one space. Most values need nothing done: they are returned as they are,
     * without a regular expression (a sidecar of 11,000 rows is read on every index run).
     */
    static String collapseWhitespace(String v) {
        boolean clean = v.isEmpty()
                || !Character.isWhitespace(v.charAt(0)) && !Character.isWhitespace(v.charAt(v.length() - 1));
        for (int i = 0; clean && i < v.length(); i++) {
            char c = v.charAt(i);
            clean = c > ' ' || c == ' ' && v.charAt(i - 1) != ' ';
        }
        return clean ? v : WHITESPACE.matcher(v).replaceAll(" ").strip();
    }
}
