package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.model.Report;
import org.rapporteur.model.ReportMetadata;

/** The metadata of each sample report (title, organisation, date, kind, authors) against {@code metadata-key.txt}. */
class ReportMetadataTest {
    static Stream<String[]> expectations() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ReportMetadataTest.class.getResourceAsStream("metadata-key.txt"), StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    out.add(l.split("\\|", -1));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "metadata of sample {0}")
    @MethodSource("expectations")
    void metadataIsWhatACarefulReaderWouldRecord(String prefix, String title, String organisation, String date,
                                                 String kind, String authors) {
        Report report = SampleReports.structured().stream()
                .filter(r -> r.source().sourceName().startsWith(prefix)).findFirst().orElseThrow();
        ReportMetadata m = report.metadata();
        if (title.contains("…")) {
            String[] parts = title.split("[…#]");
            assertTrue(m.title() != null && m.title().startsWith(parts[0]) && m.title().endsWith(parts[1])
                    && m.title().length() == Integer.parseInt(parts[2]), "title: " + m.title());
        } else {
            assertEquals(title, m.title(), "title");
        }
        assertEquals(organisation, m.organisation(), "organisation");
        assertEquals(date.isEmpty() ? null : date, m.date(), "date");
        assertEquals(kind, m.kind().name(), "kind");
        List<String> expectedAuthors = authors.isEmpty() ? List.of() : Arrays.asList(authors.split(";"));
        assertEquals(expectedAuthors, m.authors(), "authors");
    }
}
