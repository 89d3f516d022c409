package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names with honorifics, ranks and post-nominals, and lines that are not names. */
class PersonNameParserTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', textBlock = """
            Lt. Gen. (R) Tariq Mahmood HI (M)      # Tariq Mahmood        # Lt. Gen.
            Lieutenant General Kamran Ali, HI (M)  # Kamran Ali           # Lieutenant General
            H.E. Mr. Jan Novak                     # Jan Novak            # H.E.
            Amb @ Sara Malik                       # Sara Malik           # Amb
            Ambassador ® Nasir Jamal               # Nasir Jamal          # Ambassador
            Amb (R) Farid Uddin                    # Farid Uddin          # Amb
            Brig Dr A. Qureshi                     # A. Qureshi           # Brig
            Air Marshal (R) Kamal Shah             # Kamal Shah           # Air Marshal
            Maj Gen Omar Farooq SI (M)             # Omar Farooq          # Maj Gen
            Senator Rehana Aziz (TI)               # Rehana Aziz          # Senator
            Prof. Dr. Helen Ward                   # Helen Ward           # Prof.
            Ms. Ana Ruiz                           # Ana Ruiz             # Ms.
            Dr Li Wei                              # Li Wei               # Dr
            Mrs. Amna Saleem                       # Amna Saleem          # Mrs.
            Nadia Rahman                           # Nadia Rahman         #
            Syed Kamal ud Din                      # Syed Kamal ud Din    #
            """)
    void readsNameLines(String line, String name, String firstHonorific) {
        Optional<ParsedPerson> p = PersonNameParser.parseNameLine(line);
        assertTrue(p.isPresent(), line);
        assertEquals(name, p.get().name());
        if (firstHonorific != null) {
            assertEquals(firstHonorific, p.get().person().honorifics().getFirst());
        }
    }

    @ParameterizedTest(name = "not a name: {0}")
    @ValueSource(strings = {"Key Findings", "Parliamentary Secretary on Foreign Affairs", "Centre for Strategic Studies",
            "Policy Recommendations", "Concluding Session", "Regional Connectivity Outlook", "Director General",
            "Picture Gallery", "Trade and Transit", "ISSUES AND OPTIONS", "Way Forward", "Senior Research Fellow",
            "General Assembly", "Major Powers", "Justice Sector", "Father Figures"})
    void rejectsLinesThatAreNotNames(String line) {
        assertTrue(PersonNameParser.parseNameLine(line).isEmpty(), line);
    }

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '#', textBlock = """
            Rector NUST Lieutenant General Kamran Ali, HI (M)                     # Kamran Ali     # Rector
            the Chief Guest Ambassador Nasir Jamal, Special Envoy on Trade       # Nasir Jamal    # Special Envoy on Trade
            India's Perspective Ravi Menon, Senior Fellow, Policy Lab            # Ravi Menon     # Senior Fellow
            Trade Links and Barriers Dr. Omar Saeed, Adviser Ministry of Commerce # Omar Saeed     # Adviser Ministry of Commerce
            """)
    void readsIntroductions(String phrase, String name, String role) {
        Optional<ParsedPerson> p = PersonNameParser.parseIntroduction(phrase);
        assertTrue(p.isPresent(), phrase);
        assertEquals(name, p.get().name());
        assertEquals(role, p.get().person().role());
    }
}
