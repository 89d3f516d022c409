package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Report;

/** One canonical person per full name; honorific variants merge, shared name parts do not. */
class PersonRegistryTest {
    private static final String FIRST = """
            Centre for Border Studies

            Seminar Report

            Introduction

            The Centre for Border Studies convened a seminar on trade.

            Senator Rehana Aziz
            Chairperson, Senate Committee on Commerce

            - Border markets need legal cover.

            Lt. Gen. (R) Tariq Ghani HI (M)
            Former Corps Commander

            - Fencing has reduced smuggling.

            Proceedings

            Aziz said that the markets should open on weekends.
            """;
    private static final String SECOND = """
            Institute of Regional Studies

            Roundtable Report

            Introduction

            The Institute held a roundtable.

            Moderator: Rehana Aziz

            - The question is who pays for the new crossings.

            Amb (R) Tariq Durrani
            Former Ambassador to Iran

            - Iran wants a barter window.

            Mohammad Aslam Durrani
            Director, Trade Desk

            - Barter is a stopgap.
            """;

    @Test
    void mergesHonorificVariantsAndKeepsNamesakesApart() {
        List<Report> reports = List.of(Invented.structure(FIRST), Invented.structure(SECOND));
        PersonRegistry registry = new PersonRegistry(reports);
        List<String> names = registry.persons().stream().map(RegistryPerson::name).toList();

        RegistryPerson aziz = registry.lookup("Senator Rehana Aziz").orElseThrow();
        assertEquals("Rehana Aziz", aziz.name());
        assertEquals(2, aziz.reportIds().size(), "one person across both reports");
        assertTrue(aziz.aliases().contains("Senator Rehana Aziz"), aziz.aliases().toString());
        assertTrue(aziz.roles().contains("Moderator"), aziz.roles().toString());
        assertEquals(aziz, registry.lookup("Aziz").orElseThrow(), "a surname alone, unambiguous");
        assertEquals(1, names.stream().filter(n -> n.contains("Aziz")).count(), names.toString());

        RegistryPerson ghani = registry.lookup("Tariq Ghani").orElseThrow();
        RegistryPerson tariqDurrani = registry.lookup("Amb (R) Tariq Durrani").orElseThrow();
        RegistryPerson aslamDurrani = registry.lookup("Mohammad Aslam Durrani").orElseThrow();
        assertNotEquals(ghani, tariqDurrani);
        assertNotEquals(tariqDurrani, aslamDurrani);
        assertTrue(registry.lookup("Durrani").isEmpty(), "a shared surname is ambiguous");
        assertTrue(ghani.honorifics().contains("Lt. Gen."), ghani.honorifics().toString());
    }

    @Test
    void reportedSpeechBySurnameResolvesToTheReportsPerson() {
        Report r = Invented.structure(FIRST);
        assertEquals("Rehana Aziz", Invented.who(Invented.claim(r, "open on weekends")));
    }

    @Test
    void samplesKeepTheThreeNamesakesApartAndMergeHonorifics() {
        PersonRegistry registry = new PersonRegistry(SampleReports.structured());
        for (String name : List.of("Asif Ghafoor", "Asif Durrani", "Mohammad Asad Durrani")) {
            assertTrue(registry.lookup(name).isPresent(), name + " in " + registry.persons());
        }
        assertEquals(3, List.of("Asif Ghafoor", "Asif Durrani", "Mohammad Asad Durrani").stream()
                .map(n -> registry.lookup(n).orElseThrow().id()).distinct().count());
        RegistryPerson babar = registry.lookup("Senator Farhatullah Babar").orElseThrow();
        assertEquals("Farhatullah Babar", babar.name());
        assertEquals(babar, registry.lookup("Babar").orElseThrow());
        RegistryPerson moderator = registry.lookup("Syed Muhammad Ali").orElseThrow();
        assertTrue(moderator.roles().contains("Moderator"), "named in prose as the moderator: " + moderator);
        RegistryPerson hashmi = registry.lookup("Naghmana Hashmi").orElseThrow();
        assertTrue(hashmi.aliases().size() >= 2, "written with Amb @ and Ambassador ®: " + hashmi.aliases());
    }
}
