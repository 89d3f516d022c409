package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.model.Person;
import org.rapporteur.model.Report;

/**
 * Who wrote the whole text. {@code personOf} reads a declared author (a name, a handle, a slug, an author page) and
 * refuses organisations; the documents check the closing bio and the memo header, and texts that look similar but
 * name no author.
 */
class AuthorDetectorTest {
    static Stream<Arguments> declaredAuthors() {
        return Stream.of(
                arguments("a person's name", "Ruth Okonkwo-Bell", "Ruth Okonkwo-Bell"),
                arguments("a handle", "rokonbell", "rokonbell"),
                arguments("a slug", "ruth-okonkwo", "Ruth Okonkwo"),
                arguments("an author page path", "_authors/ruth-okonkwo.md", "Ruth Okonkwo"),
                arguments("a university's slug", "city-university", null),
                arguments("the staff", "Staff", null),
                arguments("an editorial team", "editorial-team", null),
                arguments("blank", "  ", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declaredAuthors")
    void aDeclaredAuthorIsAPersonOrNothing(String why, String declared, String expected) {
        assertEquals(expected, AuthorDetector.personOf(declared).map(Person::name).orElse(null));
    }

    private static final String BODY = """
            Why the Night Trains Are Back

            Night trains are returning across the continent. The sleeping cars are old, and new ones take years to build.

            Ticket prices will decide whether travellers stay with them.

            """;

    static Stream<Arguments> documents() {
        return Stream.of(
                arguments("a closing bio in the present tense is the author", BODY + """
                        Dagny Solberg is a senior fellow at the Nordic Rail Institute.
                        """, "sleeping cars are old", "Dagny Solberg", true),
                arguments("a memo's FROM: with TO: and SUBJECT: is the author", """
                        TO: Board of the Harbour Trust
                        FROM: Dr. Linnea Vasquez, Director of Planning
                        SUBJECT: Berth allocation for 2032
                        DATE: 4 May 2031

                        The container berths are oversubscribed. An auction would allocate the two new berths fairly.
                        """, "berths are oversubscribed", "Linnea Vasquez", true),
                arguments("a teaser \"was sworn in as\" is not a bio", BODY + """
                        Aurelio Banks was sworn in as transport minister on Monday.
                        """, "sleeping cars are old", "Aurelio Banks", false),
                arguments("a bare From: line without memo fields is not an author", """
                        Harbour notes

                        From: Linnea Vasquez

                        The container berths are oversubscribed. An auction is planned for the two new berths.
                        """, "berths are oversubscribed", "Linnea Vasquez", false));
    }

    @Test
    void aMemoUnderAMemorandumHeadingIsByItsSender() {
        creditsTheBodyToTheAuthorOnlyWhenTheTextNamesOne("memo under a heading", """
                MEMORANDUM

                TO: Board of the Harbour Trust
                FROM: Dr. Linnea Vasquez, Director of Planning
                SUBJECT: Berth allocation for 2032
                DATE: 4 May 2031

                The container berths are oversubscribed. An auction would allocate the two new berths fairly.
                """, "berths are oversubscribed", "Linnea Vasquez", true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void creditsTheBodyToTheAuthorOnlyWhenTheTextNamesOne(String why, String text, String fragment, String person,
                                                           boolean author) {
        Report r = Invented.structure(text);
        String who = Invented.who(Invented.claim(r, fragment));
        if (author) {
            assertEquals(person, who);
        } else {
            assertNotEquals(person, who);
        }
    }
}
