package org.rapporteur.bench.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The queries handed to the search mains: one {@code label<TAB>query} a line (a blank query browses). */
public final class QueryFile {
    private QueryFile() {
    }

    public static void write(Path file, Map<String, String> queries) throws IOException {
        List<String> lines = new ArrayList<>();
        queries.forEach((label, q) -> {
            if (label.contains("\t") || q.contains("\n") || q.contains("\t")) {
                throw new IllegalArgumentException("label or query with a tab or line break: " + label);
            }
            lines.add(label + "\t" + q);
        });
        Files.write(file, lines);
    }

    public static Map<String, String> read(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                out.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return out;
    }
}
