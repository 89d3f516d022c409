package org.rapporteur.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvExporterTest {
    private static byte[] csv(boolean bom) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExporter().write(ExportFixtures.bundle(), new ExportOptions(bom, null), out);
        return out.toByteArray();
    }

    private static List<CSVRecord> read(String text) throws Exception {
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            assertEquals(CsvExporter.HEADER, p.getHeaderNames());
            return p.getRecords();
        }
    }

    @Test
    void readsBackWithCommonsCsvOneRowPerExcerpt() throws Exception {
        List<CSVRecord> rows = read(new String(csv(false), StandardCharsets.UTF_8));
        assertEquals(6, rows.size(), "five claims and one coded selection");
        CSVRecord brief = rows.stream().filter(r -> r.get("text").contains("loans")).findFirst().orElseThrow();
        assertEquals("\uD83C\uDF0A Adaptation <funds> & \"loans\" remain scarce; 50% go unspent.", brief.get("text"));
        assertEquals("2", brief.get("page"));
        CSVRecord dams = rows.getFirst();
        assertEquals("Amina Rahel", dams.get("speaker"));
        assertEquals("Director, Lakeside Institute", dams.get("role"));
        assertEquals("Kenya", dams.get("speaker_country"));
        assertEquals("Water/Dams", dams.get("tags"));
        assertEquals("Check the 2019 flow data. (ana)", dams.get("notes"));
        assertEquals("Webinar on shared river basins", dams.get("report_title"));
        assertEquals("2025-03-14", dams.get("date"));
        CSVRecord data = rows.get(1);
        assertEquals("India; Pakistan", data.get("countries"));
        assertTrue(data.get("links").startsWith("supports "), data.get("links"));
        CSVRecord selection = rows.stream().filter(r -> r.get("kind").equals("selection")).findFirst().orElseThrow();
        assertEquals("Adaptation <funds>", selection.get("text"));
        assertEquals("Finance", selection.get("tags"));
    }

    @Test
    void formulaCellsAreNeutralisedAndTheTextSurvives() throws Exception {
        List<CSVRecord> rows = read(new String(csv(false), StandardCharsets.UTF_8));
        CSVRecord sum = rows.stream().filter(r -> r.get("text").contains("SUM")).findFirst().orElseThrow();
        assertEquals("'=SUM(A1:A9) is not a policy, said a participant.", sum.get("text"));
        assertEquals("'-10% would be worse (ben)", sum.get("notes"));
        for (CSVRecord r : rows) {
            for (String cell : r) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "live formula: " + cell);
            }
        }
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            =1+1                    | '=1+1
            +1                      | '+1
            -2+3                    | '-2+3
            @SUM(A1)                | '@SUM(A1)
            =HYPERLINK("http://x")  | '=HYPERLINK("http://x")
            plain text              | plain text
            a=b                     | a=b
            ""                      | ""
            """)
    void spreadsheetCellsRule(String in, String out) {
        assertEquals(out, SpreadsheetCells.safe(in));
    }

    @Test
    void tabAndCarriageReturnLeadsAreNeutralisedToo() {
        assertEquals("'\tcmd", SpreadsheetCells.safe("\tcmd"));
        assertEquals("'\rcmd", SpreadsheetCells.safe("\rcmd"));
        assertEquals("", SpreadsheetCells.safe(null));
    }

    @Test
    void byteOrderMarkOnlyWhenAsked() throws Exception {
        byte[] with = csv(true);
        byte[] without = csv(false);
        assertEquals((byte) 0xEF, with[0]);
        assertEquals((byte) 0xBB, with[1]);
        assertEquals((byte) 0xBF, with[2]);
        assertEquals('e', without[0]);
        assertEquals(with.length, without.length + 3);
    }
}
