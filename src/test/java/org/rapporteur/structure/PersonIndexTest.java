package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.model.Person;

/**
 * References resolve to the one person introduced: by full name, by surname, by initials, by role. A reference that
 * fits two people, or nobody, resolves to no one (expected name {@code null}).
 */
class PersonIndexTest {
    private static final Person HELGA = Person.named("Helga Marquardt");
    private static final Person JONAS = Person.named("Jonas Bertrand");
    private static final Person JULIA = Person.named("Julia Brenner");
    private static final Person MIRIAM = Person.named("Miriam Castell");
    private static final Person ANNA = Person.named("Anna Lindqvist");
    private static final Person ERIK = Person.named("Erik Lindqvist");

    private static PersonIndex index(List<Person> people) {
        PersonIndex ix = new PersonIndex();
        people.forEach(ix::add);
        return ix;
    }

    private static final BiFunction<PersonIndex, String, Optional<Person>> NAME = PersonIndex::byName;
    private static final BiFunction<PersonIndex, String, Optional<Person>> SURNAME = PersonIndex::bySurname;
    private static final BiFunction<PersonIndex, String, Optional<Person>> INITIALS = PersonIndex::byInitials;

    static Stream<Arguments> lookups() {
        return Stream.of(
                arguments("full name", List.of(HELGA, JONAS), NAME, "Helga Marquardt", "Helga Marquardt"),
                arguments("initial and surname", List.of(HELGA, JONAS), NAME, "H. Marquardt", "Helga Marquardt"),
                arguments("another first name is another person", List.of(HELGA), NAME, "Greta Marquardt", null),
                arguments("surname", List.of(HELGA, JONAS), SURNAME, "Marquardt", "Helga Marquardt"),
                arguments("surname two people share", List.of(ANNA, ERIK, HELGA), SURNAME, "Lindqvist", null),
                arguments("surname nobody has", List.of(HELGA), SURNAME, "Okafor", null),
                arguments("initials", List.of(JONAS, MIRIAM), INITIALS, "JB", "Jonas Bertrand"),
                arguments("initials two people share", List.of(JONAS, JULIA, MIRIAM), INITIALS, "JB", null),
                arguments("initials nobody has", List.of(JONAS, MIRIAM), INITIALS, "TK", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookups")
    void resolvesToTheOnePersonIntroduced(String why, List<Person> people,
                                          BiFunction<PersonIndex, String, Optional<Person>> lookup, String reference,
                                          String expected) {
        assertEquals(expected, lookup.apply(index(people), reference).map(Person::name).orElse(null));
    }

    static Stream<Arguments> roles() {
        return Stream.of(
                arguments("counsel by the words of the role", "Counsel Inquiry", "Celia Pemberton"),
                arguments("the witness", "The Witness", "Oswin Tallis"),
                arguments("a synonym of the role", "Chairwoman", "Ruth Adeyemi"),
                arguments("a role nobody holds", "Moderator", null),
                arguments("words of two roles at once", "Counsel Witness", null));
    }

    /** The counsel, the witness sworn in and the chair of the panel, as a hearing would introduce them. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void resolvesARoleLabelToWhoeverWasGivenThatRole(String why, String label, String expected) {
        PersonIndex ix = new PersonIndex();
        ix.addRole(Person.named("Celia Pemberton"), "Counsel to the Inquiry");
        ix.addRole(Person.named("Oswin Tallis"), "witness");
        ix.addRole(Person.named("Ruth Adeyemi"), "Chair of the panel");
        assertEquals(expected, ix.byRole(label).map(Person::name).orElse(null));
    }

    @Test
    void aBareSurnameAddedAfterTheFullNameIsTheSamePerson() {
        PersonIndex ix = index(List.of(HELGA, JONAS));
        ix.add(Person.named("Marquardt"));
        assertEquals(2, ix.all().size(), ix.all().toString());
    }

    @Test
    void aBareSurnameTwoPeopleShareStaysSeparate() {
        PersonIndex ix = index(List.of(ANNA, ERIK));
        ix.add(Person.named("Lindqvist"));
        // neither Anna nor Erik absorbs it
        assertEquals(List.of("Anna Lindqvist", "Erik Lindqvist"),
                ix.all().stream().map(Person::name).filter(n -> n.contains(" ")).toList());
    }
}
