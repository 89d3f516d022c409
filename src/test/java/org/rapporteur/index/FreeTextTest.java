package org.rapporteur.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words of a query that meaning search embeds: fielded, negated and pattern-only parts left out. */
class FreeTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "safe havens AND speaker:Rauf | safe havens",
            "speaker:\"Amina Rauf\" militant sanctuaries | militant sanctuaries",
            "country:(India OR Pakistan) water sharing | water sharing",
            "\"safe havens\" NOT afghanistan -army !navy | safe havens",
            "refugees NOT (camps OR tents) returns | refugees returns",
            "climat* year:[2020 TO 2024] /sea.*/ | climat",
            "text:drought OR theme:Water | drought",
            "securty~1^2 council~ | securty council",
            "a* AND peace | peace",
            "*:* | ''",
            "speaker:Rauf | ''",
            "'' | ''",
            "(border AND (trade OR transit)) | border trade transit",
            "non\\-state actors | non-state actors",
    })
    void freeTextOfAQuery(String query, String expected) {
        assertEquals(expected, FreeText.of(query));
    }
}
