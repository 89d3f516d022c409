package org.rapporteur.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Person;

/** The speaker's country from role and affiliation lines (invented people). */
class SpeakerCountryResolverTest {
    private final SpeakerCountryResolver resolver = new SpeakerCountryResolver(Gazetteer.defaults());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # role and affiliation                                              | speaker's country
            Ambassador of Uzbekistan to Pakistan                                 | Uzbekistan
            Deputy Finance Minister, Islamic Emirate of Afghanistan              | Afghanistan
            Deputy Finance Minister Islamic Emirate of Afghanistan               | Afghanistan
            Pakistan's Special Representative on Afghanistan                     | Pakistan
            Former Ambassador to Afghanistan (Pakistan)                          | Pakistan
            Former Ambassador to Afghanistan                                     |
            Senior Fellow, Institute of Asian Studies, Fudan University, China   | China
            Director, Centre for Eurasian Research, Moscow                       | Russia
            High Commissioner of India to the United Kingdom                     | India
            Permanent Representative of Kenya to the United Nations              | Kenya
            Special Envoy for Afghanistan                                        |
            Secretary General PPP                                                | Pakistan
            Vice-President PML-N                                                 | Pakistan
            Journalist                                                           |
            Parliamentary Secretary on Foreign Affairs                           |
            Iranian diplomat posted in Kabul                                     | Iran
            Research Fellow, United States Institute of Peace                    | United States
            """)
    void derivesTheCountryFromTheRoleLine(String roleLine, String expected) {
        assertEquals(expected, resolver.fromRoleLine(roleLine));
    }

    @Test
    void anExplicitCountryWinsAndIsNormalised() {
        Person p = new Person("A. Speaker", List.of(), "Ambassador of Uzbekistan to Pakistan", null, "U.S.");
        assertEquals("United States", resolver.resolve(p));
        assertEquals("Atlantis", resolver.resolve(p.withCountry("Atlantis")), "unknown names are kept as given");
    }

    @Test
    void usesRoleAndAffiliationTogether() {
        Person p = new Person("B. Speaker", List.of("Dr."), "Deputy Director", "Tsinghua University, China", null);
        assertEquals("China", resolver.resolve(Attribution.to(p, AttributionMethod.SPEAKER_BLOCK, 0.9, "block")));
        assertNull(resolver.resolve(Attribution.none()));
    }
}
