package org.rapporteur.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationNamesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Amina Rahel            | Rahel          | Amina      | -
            Lena van der Berg      | van der Berg   | Lena       | -
            Ana María de la Cruz   | de la Cruz     | Ana María  | -
            Khalid bin Salman      | bin Salman     | Khalid     | -
            Tomas   Ek             | Ek             | Tomas      | -
            Oxfam                  | -              | -          | Oxfam
            """)
    void splitsDisplayNamesIntoFamilyAndGiven(String display, String family, String given, String literal) {
        CitationItem.Name n = CitationItem.Name.person(display);
        assertEquals(family, n.family());
        assertEquals(given, n.given());
        assertEquals(literal, n.literal());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            50% & 100$         | 50\\% \\& 100\\$
            a_b #1 {x}         | a\\_b \\#1 \\{x\\}
            tilde~hat^         | tilde\\textasciitilde{}hat\\textasciicircum{}
            back\\slash        | back\\textbackslash{}slash
            """)
    void bibtexEscapesLatexSpecials(String in, String out) {
        assertEquals(out, BibtexExporter.escape(in));
    }
}
