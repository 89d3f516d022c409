package org.rapporteur.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.testing.SharedData;

/** Acronym definitions and their later uses, on invented text and on the samples. */
class AcronymGlossaryTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                                                   | acronym | long form
            The Federal Board of Revenue (FBR) missed its target.                     | FBR     | Federal Board of Revenue
            Talks under the Quadrilateral Coordination Group (QCG) stalled.           | QCG     | Quadrilateral Coordination Group
            The Sindh Peoples Front (SPF) walked out.                                 | SPF     | Sindh Peoples Front
            Fighters of Jamaat-ul-Ahrar Khorasan (JAK) were held.                     | JAK     | Jamaat-ul-Ahrar Khorasan
            The Karakoram Highway Authority (KHA) reopened the road.                   | KHA     | Karakoram Highway Authority
            The National Disaster Management Authority (NDMA) warned.                 | NDMA    | National Disaster Management Authority
            The Millennium Development Goals (MDGs) lapsed.                           | MDGs    | Millennium Development Goals
            Cargo moves under TIR (Transports Internationaux Routiers) rules.         | TIR     | Transports Internationaux Routiers
            """)
    void findsDefinitions(String text, String acronym, String longForm) {
        List<AcronymDefinition> defs = AcronymExtractor.definitionsIn(text);
        assertEquals(1, defs.size(), defs::toString);
        assertEquals(acronym, defs.getFirst().acronym());
        assertEquals(longForm, defs.getFirst().longForm());
        assertTrue(text.substring(defs.getFirst().start(), defs.getFirst().end()).contains(longForm));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            He was born in Lahore (Pakistan) in 1960.
            Growth was weak (2.1 percent) last year.
            The results (see Annex II) were mixed.
            """)
    void ignoresParenthesesThatDefineNothing(String text) {
        assertEquals(List.of(), AcronymExtractor.definitionsIn(text));
    }

    @Test
    void resolvesLaterUsesFirstByTheirOwnReportThenByTheCorpus() {
        AcronymGlossary g = new AcronymGlossary();
        g.addReport("r1", "The Pakistan Tehreek-e-Insaf (PTI) won the vote.");
        g.addReport("r2", "The Press Trust of India (PTI) reported it.");
        g.addReport("r5", "Later the Press Trust of India (PTI) filed again.");
        g.addReport("r3", "The Border Management Committee (BMC) met twice.");
        assertEquals("Pakistan Tehreek-e-Insaf", g.resolve("PTI", "r1").orElseThrow());
        assertEquals("Press Trust of India", g.resolve("PTI", "r4").orElseThrow(), "most frequent in the corpus");
        List<AcronymGlossary.Use> uses = g.usesIn("The BMC and the PTI disagreed; NATO was silent.", "r3");
        assertEquals(List.of("BMC", "PTI"), uses.stream().map(AcronymGlossary.Use::acronym).toList());
        assertEquals("Border Management Committee", uses.getFirst().longForm());
        assertEquals(Map.of("Pakistan Tehreek-e-Insaf", 1, "Press Trust of India", 2),
                g.lookup("PTI").orElseThrow().longForms());
        assertEquals(1, g.ambiguous().size());
    }

    @Test
    void addingAReportAgainDoesNotCountItTwice() {
        AcronymGlossary g = new AcronymGlossary();
        g.addReport("r1", "The Water and Power Development Authority (WAPDA) said so.");
        g.addReport("r1", "The Water and Power Development Authority (WAPDA) said so.");
        assertEquals(Map.of("Water and Power Development Authority", 1), g.lookup("WAPDA").orElseThrow().longForms());
    }

    @Test
    void buildsACorpusGlossaryFromTheSampleReports() throws IOException {
        AcronymGlossary g = new AcronymGlossary();
        for (String prefix : List.of("000", "001", "002", "003", "004")) {
            g.addReport(prefix, SharedData.sampleText(prefix));
        }
        Map<String, String> expected = Map.of(
                "TTP", "Tehreek-i-Taliban Pakistan",
                "NACTA", "National Counter Terrorism Authority",
                "CPEC", "China-Pakistan Economic Corridor",
                "APTTA", "Afghanistan-Pakistan Transit Trade Agreement",
                "PPP", "Pakistan Peoples Party",
                "USIP", "United States Institute of Peace",
                "ETIM", "East Turkestan Islamic Movement",
                "SDG", "Sustainable Development Goals",
                "CAREC", "Central Asia Regional Economic Cooperation");
        Map<String, String> got = expected.keySet().stream().collect(Collectors.toMap(a -> a,
                a -> g.resolve(a, null).orElse("(none)")));
        assertEquals(expected, got);
        assertEquals(java.util.Set.of("000", "001"), g.lookup("SCO").orElseThrow().reportIds());
        assertTrue(g.entries().size() >= 30, "entries: " + g.entries().size());
        // a later bare use in another report resolves through the corpus
        assertEquals(List.of("Tehreek-i-Taliban Pakistan"), g.usesIn("Talks with the TTP failed.", "003").stream()
                .map(AcronymGlossary.Use::longForm).toList());
    }
}
