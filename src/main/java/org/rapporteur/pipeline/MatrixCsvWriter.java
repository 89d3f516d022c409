package org.rapporteur.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rapporteur.model.RapporteurException;

/**
 * Writes a {@link ClaimMatrix} as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets pick the encoding): a
 * header of the column values and "Total", one line per row value with its counts and total, a last line of column
 * totals and the grand total. Text cells that a spreadsheet would run as a formula (starting with {@code = + - @},
 * tab or carriage return) are prefixed with an apostrophe. Writes to a temporary file and moves it into place, so a
 * failed export never leaves half a file. Stateless.
 */
public final class MatrixCsvWriter {
    private static final String TOTAL = "Total";

    public void write(ClaimMatrix m, Path file) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Path tmp = Files.createTempFile(dir, ".matrix", ".csv.tmp");
            try {
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    w.write('\uFEFF');
                    write(m, w);
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new RapporteurException("Cannot write the matrix to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the CSV text (without byte-order mark) to {@code out}; the caller closes it. */
    public void write(ClaimMatrix m, Appendable out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
        List<String> header = new ArrayList<>();
        header.add(safe(m.rowDimension().label() + " \\ " + m.columnDimension().label()));
        for (String c : m.columns()) {
            header.add(safe(c));
        }
        header.add(TOTAL);
        csv.printRecord(header);
        for (int r = 0; r < m.rows().size(); r++) {
            List<Object> line = new ArrayList<>();
            line.add(safe(m.rows().get(r)));
            for (int c = 0; c < m.columns().size(); c++) {
                line.add(m.count(r, c));
            }
            line.add(m.rowTotal(r));
            csv.printRecord(line);
        }
        List<Object> totals = new ArrayList<>();
        totals.add(TOTAL);
        for (int c = 0; c < m.columns().size(); c++) {
            totals.add(m.columnTotal(c));
        }
        totals.add(m.total());
        csv.printRecord(totals);
        csv.flush();
    }

    /** Neutralises a text cell a spreadsheet would evaluate (CSV/formula injection). */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + cell;
        }
        return cell;
    }
}
