package org.rapporteur.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Country and region tagging rules on invented sentences. */
class GazetteerRulesTest {
    private final Gazetteer gazetteer = Gazetteer.defaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # text                                                                   | expected countries, in order
            Trade across the Pak-Afghan frontier fell by half.                        | Pakistan;Afghanistan
            The Indo-Pak thaw did not last the winter.                                | India;Pakistan
            Sino-Indian talks resumed in the spring.                                  | China;India
            Russian-Pakistani ties keep growing.                                      | Russia;Pakistan
            The Af-Pak strategy was dropped.                                          | Afghanistan;Pakistan
            Navies patrol the Indo-Pacific more often now.                            |
            An Indo Pacific strategy was released.                                    |
            Shipping in the Indian Ocean grew.                                        |
            Claims in the South China Sea overlap.                                    |
            Pak is not a country on its own, nor is Sino.                             |
            The Anglo-Saxon tradition of common law.                                  |
            Anglo-American relations cooled.                                          | United Kingdom;United States
            Moscow and Beijing signed a pact.                                         | Russia;China
            The Kremlin denied it; Whitehall stayed silent.                           | Russia;United Kingdom
            Washington pressed New Delhi to act.                                      | United States;India
            Delegates flew from Kabul to Tehran via Baku.                             | Afghanistan;Iran;Azerbaijan
            Islamabad and Rawalpindi disagreed.                                       | Pakistan
            The Soviet Union collapsed; the USSR was gone.                            | Russia
            Burma was renamed long ago.                                               | Myanmar
            Afghan refugees met Uzbek traders and Pakistani officials.                | Afghanistan;Uzbekistan;Pakistan
            Chinese, Iranian and British diplomats attended.                          | China;Iran;United Kingdom
            The Americans and the Indians disagreed.                                  | United States;India
            The US and the U.S. and the USA are one country.                          | United States
            Tell us what the UK and the U.K. think.                                   | United Kingdom
            The UAE and the DPRK were not invited.                                    | United Arab Emirates;North Korea
            Pakistan's army and India's navy.                                         | Pakistan;India
            Latin American and Central American leaders met.                          |
            The turkey was served with chad and china plates.                         |
            The Tehreek-i-Taliban Pakistan claimed the attack.                        |
            The Pakistan Muslim League won the by-election.                           |
            The Pakistan Peoples Party boycotted the session.                         |
            A study by the United States Institute of Peace was cited.                |
            An editorial in The Washington Post disagreed.                            |
            She teaches at the National Defence University Islamabad.                 |
            He joined the Centre for India and China Studies last year.               |
            The Islamic Movement of Uzbekistan was named.                             |
            Pakistan and the Asian Development Bank signed a loan.                    | Pakistan
            A fellow at the Kenya Institute of Management spoke.                      |
            The Paris Agreement and the Warsaw Pact are texts, not places.            |
            The Islamic Emirate of Afghanistan responded.                             | Afghanistan
            The Ambassador of Uzbekistan to Pakistan spoke first.                     | Uzbekistan;Pakistan
            Post-US withdrawal, the region changed.                                   | United States
            Read more at https://example.org/pak-india-report.pdf today.              |
            Gulf states and Central Asia are regions.                                 |
            Talks in the Astana format and under the Treaty of Moscow continued.      |
            The Indo-China war ended long ago.                                        |
            """)
    void tagsCountriesAsAnAnalystWould(String text, String expected) {
        List<String> want = expected == null ? List.of() : Arrays.asList(expected.split(";"));
        List<String> got = gazetteer.countriesIn(text).stream().map(PlaceMention::place).distinct().toList();
        assertEquals(want, got, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a text that is only an address or a venue line                   | expected
            5th Floor, Example Plaza, Jinnah Avenue, Islamabad                  |
            P.O. Box 1234, GPO Kabul                                            |
            Deputy Director, Example Studies Programme, Harvard Centre, Washington |
            Senior Fellow, Fudan University, China                              |
            Blue Zone, Sector F-6, Islamabad.                                   |
            They met at the Serena Club, Islamabad.                             |
            Talks were held in Astana, Kazakhstan.                              | Kazakhstan
            However, Pakistan faces a choice.                                   | Pakistan
            """)
    void addressesAndVenuesAreNotMentions(String text, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(";"));
        assertEquals(want, gazetteer.countriesIn(text).stream().map(PlaceMention::place).distinct().toList(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Militants crossed from Balochistan into Central Asia.   | Balochistan;Central Asia
            The Kashmir dispute and FATA reforms.                  | Kashmir;FATA
            Khyber Pakhtunkhwa and Xinjiang border the Wakhan.     | Khyber Pakhtunkhwa;Xinjiang;Wakhan
            The Middle East and the Gulf, then South Asia.         | Middle East;Gulf;South Asia
            """)
    void regionsAreASeparateFacet(String text, String expected) {
        assertEquals(List.of(expected.split(";")),
                gazetteer.regionsIn(text).stream().map(PlaceMention::place).distinct().toList());
        assertTrue(gazetteer.countriesIn(text).isEmpty(), () -> "no country in: " + text);
    }

    @Test
    void offsetsPointAtTheWordsAsWritten() {
        String text = "Talks between Pak-Afghan officials and the U.S. envoy.";
        for (PlaceMention m : gazetteer.countriesIn(text)) {
            assertEquals(m.surface(), text.substring(m.start(), m.end()));
        }
        assertEquals(List.of("Pak", "Afghan", "U.S."),
                gazetteer.countriesIn(text).stream().map(PlaceMention::surface).toList());
    }

    @ParameterizedTest
    @CsvSource({
            "U.S., United States, US, USA",
            "Pakistani, Pakistan, PK, PAK",
            "Soviet Union, Russia, RU, RUS",
            "the Kremlin, Russia, RU, RUS",
            "Burma, Myanmar, MM, MMR",
            "Holy See, Holy See, VA, VAT",
            "Kosovo, Kosovo, XK, XKX",
            "taiwan, Taiwan, TW, TWN",
            "PSE, Palestine, PS, PSE"
    })
    void lookupFindsACountryByAnyName(String name, String shortName, String alpha2, String alpha3) {
        Country c = gazetteer.lookup(name).orElseThrow();
        assertEquals(shortName, c.name());
        assertEquals(alpha2, c.alpha2());
        assertEquals(alpha3, c.alpha3());
    }

    @Test
    void holdsEveryUnMemberAndObserverAndTaiwanKosovoPalestine() {
        long members = gazetteer.countries().stream().filter(c -> c.status() == Country.Status.MEMBER).count();
        assertEquals(193, members);
        assertTrue(gazetteer.lookup("Holy See").isPresent());
        assertTrue(gazetteer.lookup("State of Palestine").isPresent());
        assertTrue(gazetteer.lookup("Taiwan").isPresent());
        assertTrue(gazetteer.lookup("Kosovo").isPresent());
        assertEquals(gazetteer.countries().size(),
                gazetteer.countries().stream().map(Country::alpha3).distinct().count(), "alpha-3 codes are unique");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Security Council met at noon.                  | UN Security Council
            The Border Security Council met at noon.           | Border Security Council
            He spoke to the Deputy Director Asia Program.      | Asia Program
            An editorial in The Washington Post disagreed.     | The Washington Post
            """)
    void aLongerNameWinsOverAKnownGenericOneButAnArticleDoesNot(String text, String expected) {
        assertEquals(List.of(expected), gazetteer.organisationsIn(text).stream().map(OrganisationMention::name).toList());
    }

    @Test
    void organisationsInsideTheTextAreFoundWithTheirHomeCountry() {
        List<OrganisationMention> orgs = gazetteer.organisationsIn(
                "The PML-N and the TTP were discussed at the Example Policy Institute.");
        assertEquals(List.of("Pakistan Muslim League", "Tehreek-i-Taliban Pakistan", "Example Policy Institute"),
                orgs.stream().map(OrganisationMention::name).toList());
        assertEquals("Pakistan", orgs.getFirst().homeCountry());
    }
}
