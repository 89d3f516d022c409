package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Person;
import org.rapporteur.model.PersonDecision;

/** Name variants of one person merge; namesakes stay apart (ADR 0021). Invented names only. */
class NameVariantsTest {
    @Test
    void initialsMiddleNamesShortFormsAccentsCaseAndSuffixesCorrespond() {
        assertEquals(NameVariants.Match.ABBREVIATED, NameVariants.match("tomas v oruna", "tomas vekeni oruna"));
        assertEquals(NameVariants.Match.SHORTER, NameVariants.match("tomas oruna", "tomas vekeni oruna"));
        assertEquals(NameVariants.Match.ABBREVIATED, NameVariants.match("bill hartigan", "william hartigan"));
        assertEquals(NameVariants.Match.SHORTER, NameVariants.match("joe hartigan", "joseph q hartigan jr"));
        assertEquals(NameVariants.Match.NONE, NameVariants.match("joseph hartigan jr", "joseph hartigan sr"));
        assertEquals(NameVariants.Match.NONE, NameVariants.match("anna oruna", "tomas oruna"));
        assertEquals(NameVariants.Match.NONE, NameVariants.match("vekeni oruna", "tomas vekeni oruna"),
                "the first given name is never left out");
        assertEquals("tomas oruna", PersonRegistry.key("H.E. Mr. TOMÁS Oruña"));
    }

    private static PersonRegistry.Sighting seen(String name, String country, String role, int year) {
        return new PersonRegistry.Sighting(new Person(name, List.of(), role, null, country), name + year,
                Integer.toString(year), 1);
    }

    private static RegistryPerson of(PersonRegistry r, String name) {
        return r.lookup(name).orElseThrow(() -> new AssertionError(name + " in " + r.persons()));
    }

    private static List<PersonRegistry.Sighting> corpus() {
        List<PersonRegistry.Sighting> s = new ArrayList<>();
        for (int y = 2001; y <= 2008; y++) {
            s.add(seen(y < 2005 ? "Tomas V. Oruna" : "Tomas Vekeni Oruna", "Lakeland", "Prime Minister", y));
        }
        s.add(seen("Teo Oruna", "Lakeland", "Prime Minister", 2006)); // a nickname the table cannot know
        s.add(seen("Anna Oruna", "Lakeland", "Minister for Trade", 2012)); // same surname, another office, later
        s.add(seen("Tomas Oruna", "Hillmark", "President", 2003)); // a namesake of another country
        s.add(seen("Marek Dunstan", "Lakeland", "President", 1990));
        s.add(seen("Marek Dunstan", "Lakeland", "President", 1991));
        s.add(seen("Marek K. Dunstan", "Lakeland", "President", 2004)); // the son, years later
        s.add(seen("Marek K. Dunstan", "Lakeland", "President", 2005));
        return s;
    }

    @Test
    void mergesOnePersonsFormsAndKeepsNamesakesApart() {
        PersonRegistry r = new PersonRegistry(corpus(), List.of());
        RegistryPerson tomas = of(r, "Tomas Vekeni Oruna");
        assertEquals("Tomas Vekeni Oruna", tomas.name());
        assertEquals(tomas, of(r, "Tomas V. Oruna"));
        assertEquals(tomas, of(r, "Teo Oruna"), "same surname, country and office, within his years");
        assertNotEquals(tomas, of(r, "Anna Oruna"), "another office, after his years");
        assertEquals(List.of("Hillmark"), r.persons().stream().filter(p -> p.name().equals("Tomas Oruna"))
                .findFirst().orElseThrow().countries(), "another country is another person");
        assertNotEquals(of(r, "Marek Dunstan"), of(r, "Marek K. Dunstan"),
                "a missing middle initial years apart: father and son");
    }

    @Test
    void theAnalystsDecisionsApplyInOrderOverTheAutomaticMerging() {
        List<PersonDecision> decisions = new ArrayList<>();
        decisions.add(PersonDecision.split("Tomas Vekeni Oruna", "Teo Oruna"));
        PersonRegistry split = new PersonRegistry(corpus(), decisions);
        assertNotEquals(of(split, "Tomas Vekeni Oruna"), of(split, "Teo Oruna"));

        decisions.add(PersonDecision.merge("Marek K. Dunstan", "Marek Dunstan"));
        PersonRegistry merged = new PersonRegistry(corpus(), decisions);
        assertEquals(of(merged, "Marek Dunstan"), of(merged, "Marek K. Dunstan"));
        assertEquals("Marek K. Dunstan", of(merged, "Marek Dunstan").name());

        decisions.add(PersonDecision.merge("Teo Oruna", "Tomas V. Oruna"));
        PersonRegistry again = new PersonRegistry(corpus(), decisions);
        assertEquals(of(again, "Tomas Vekeni Oruna"), of(again, "Teo Oruna"), "a later decision wins");
        assertEquals(split.persons().size() - 1, merged.persons().size(), "one merge, one person fewer");
    }
}
