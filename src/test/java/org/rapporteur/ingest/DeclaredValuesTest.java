package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Declared values as they come from files, cleaned: dates to ISO, junk titles and non-people dropped. */
class DeclaredValuesTest {
    @ParameterizedTest(name = "date \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "2020-04-23 04:00:00 +0000|2020-04-23",
            "2015-11-23 04:42:52 Z|2015-11-23",
            "2024-01-16T09:30:00+05:00|2024-01-16",
            "D:20190704112000+02'00'|2019-07-04",
            "2017/08/21|2017-08-21",
            "March 4, 2019|2019-03-04",
            "4th of March 2019|2019-03-04",
            "November/December 2001|2001-11",
            "2008|2008",
            "2021-13-40|NULL",
            "soon|NULL",
            "''|NULL",
            "12345|NULL"})
    void dates(String raw, String iso) {
        assertEquals(iso, DeclaredValues.date(raw));
    }

    @ParameterizedTest(name = "title \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "Ports in Transition|Ports in Transition",
            "  Two   spaces |Two spaces",
            "Microsoft Word - draft3.docx|NULL",
            "untitled|NULL",
            "Untitled-1|NULL",
            "annual_report_2020|NULL",
            "report.pdf|NULL",
            "Slide 1|NULL",
            "2020-04-23|NULL",
            "--|NULL",
            "PDF File|NULL",
            "Normal|NULL"})
    void titles(String raw, String expected) {
        assertEquals(expected, DeclaredValues.title(raw));
    }

    @ParameterizedTest(name = "authors \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Mara Quill|Mara Quill",
            "By Mara Quill and Teo Varga|Mara Quill;Teo Varga",
            "Mara Quill, Teo Varga & Ines Okafor|Mara Quill;Teo Varga;Ines Okafor",
            "Quill, Mara|Mara Quill",
            "_authors/ines-okafor.md|Ines Okafor",
            "Staff|",
            "admin|",
            "judsonlmoore|",
            "https://example.org/people/mara|",
            "Harbour Policy Institute|",
            "mara@example.org|",
            "Lab R&D Team|",
            "Seminare Nord GbR|"})
    void people(String raw, String expected) {
        List<String> want = expected == null || expected.isEmpty() ? List.of() : List.of(expected.split(";"));
        assertEquals(want, DeclaredValues.people(raw));
    }
}
