package org.rapporteur.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every format, byte for byte, on the invented fixture ({@link ExportFixtures}). A deliberate change of output is
 * recorded by running with {@code -Dgolden.update=true} and reviewing the diff of
 * {@code src/test/resources/org/rapporteur/export/golden/}.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/org/rapporteur/export/golden");

    @ParameterizedTest(name = "{0} grouped by {1}")
    @CsvSource({
        "csv, TAG, fixture.csv",
        "md, TAG, fixture-by-tag.md",
        "md, SPEAKER, fixture-by-speaker.md",
        "html, TAG, fixture-by-tag.html",
        "html, SPEAKER, fixture-by-speaker.html",
        "jsonld, TAG, fixture.jsonld",
        "qdpx, TAG, fixture.qdpx.txt",
        "qdc, TAG, fixture.qdc",
        "csl-json, TAG, fixture.csl.json",
        "ris, TAG, fixture.ris",
        "bibtex, TAG, fixture.bib"
    })
    void outputMatchesTheGoldenFile(String format, ExportOptions.GroupBy groupBy, String golden) throws Exception {
        ExportFormat f = ExportFormat.byKey(format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.exporter().write(ExportFixtures.bundle(), new ExportOptions(false, groupBy), out);
        String actual = f == ExportFormat.QDPX ? listing(out.toByteArray()) : out.toString(StandardCharsets.UTF_8);
        Path file = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), "no golden file " + file + "; run with -Dgolden.update=true and review it");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from " + file);
    }

    /** A zip as text: each entry's name and content. */
    private static String listing(byte[] zip) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, byte[]> e : Zips.entries(zip).entrySet()) {
            sb.append("=== ").append(e.getKey()).append('\n').append(new String(e.getValue(), StandardCharsets.UTF_8));
            if (sb.charAt(sb.length() - 1) != '\n') {
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
