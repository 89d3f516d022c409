package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Year;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A file name carries one date, or says nothing: spans, two years, identifiers and implausible years are no date. */
class FileNameDateTest {
    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
            "CUB_18_1963.txt, 1963",
            "speeches/1963/CUB_18_1963.txt, 1963",
            "report-2024-03-14.pdf, 2024-03-14",
            "20240314_minutes.docx, 2024-03-14",
            "minutes 2024_03_14.txt, 2024-03-14",
            "consensus2016-future-of-regulation-panel.md, 2016",
            "Annual Report 2019 final.pdf, 2019",
            "brief-2019-v2-2019.pdf, 2019",
            "review-2019-2020.pdf, none",
            "plan_2019-20.pdf, none",
            "000_497a16b6700fbc3d.txt, none",
            "notes.txt, none",
            "minutes-2023-02-30.txt, none",
            "register-1850.txt, none",
            "room-1234-floor-2.txt, none",
    })
    void oneDateOrNone(String fileName, String expected) {
        assertEquals(Optional.ofNullable(expected), FileNameDate.of(fileName));
    }

    @ParameterizedTest
    @CsvSource({"100", "2"})
    void aYearBeyondNextYearIsNoDate(int yearsAhead) {
        int year = Year.now(ZoneId.systemDefault()).getValue() + yearsAhead;
        assertEquals(Optional.empty(), FileNameDate.of("plan-" + year + ".pdf"));
    }
}
