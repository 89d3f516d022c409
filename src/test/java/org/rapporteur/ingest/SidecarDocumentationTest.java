package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.ReportKind;

/**
 * corpus/README.md lists the sidecar's columns and allowed kinds; the code ({@link SidecarDescriptor#FIELDS},
 * {@link ReportKind}) is the source of truth. A column or kind added to one and not the other fails here.
 */
class SidecarDocumentationTest {
    private static final Path README = Path.of("corpus", "README.md");
    private static final Pattern FIRST_CELL = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|");

    @Test
    void theReadmeListsEveryColumnTheReaderTakes() throws Exception {
        Set<String> code = new TreeSet<>(SidecarDescriptor.FIELDS);
        code.remove(SidecarDescriptor.FILE_NAME);
        code.add("file"); // the metadata CSV's name for the descriptor's fileName
        assertEquals(code, new TreeSet<>(table("| column |")));
    }

    @Test
    void theReadmeListsTheAllowedKindsInTheirOrder() throws Exception {
        assertEquals(ReportKind.labels(), table("| kind |"));
        for (ReportKind k : ReportKind.values()) {
            assertEquals(k, ReportKind.fromLabel(k.label()));
        }
    }

    /** The first backticked cell of each row of the table whose header starts with {@code header}. */
    private static List<String> table(String header) throws Exception {
        List<String> lines = Files.readAllLines(README);
        List<String> cells = new ArrayList<>();
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(header)) {
                at = i + 2; // past the header's separator row
                break;
            }
        }
        if (at < 0) {
            throw new AssertionError(README + " has no table headed \"" + header + "\"");
        }
        for (int i = at; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            Matcher m = FIRST_CELL.matcher(lines.get(i));
            if (m.find()) {
                cells.add(m.group(1));
            }
        }
        return cells;
    }
}
