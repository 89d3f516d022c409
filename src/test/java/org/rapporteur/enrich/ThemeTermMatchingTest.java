package org.rapporteur.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.index.ThemeTermAnalyzer;
import org.rapporteur.model.Theme;
import org.rapporteur.model.ThemeMatch;

/**
 * The contract theme terms are written to (issue 19): whole words, any case, plural and possessive forms only; a
 * multi-word term in order; {@code term*} a word prefix; a match inside a longer match of another theme does not
 * count. Through the light analysis the workspace uses ({@link ThemeTermAnalyzer}), on a small taxonomy of its own so
 * that the rules, not the shipped terms, are what is tested.
 */
class ThemeTermMatchingTest {
    private static final ThemeTagger TAGGER = new ThemeTagger(new ThemeTermAnalyzer(), ThemeTaxonomy.of(List.of(
            new Theme("Society/Religion and extremism", List.of("extremism", "Islamist")),
            new Theme("Society/Refugees and migration", List.of("refugee", "returnees")),
            new Theme("Security/Terrorism and militancy", List.of("militant", "terrorism", "suicide squad", "ISIS")),
            new Theme("Security/Counter-terrorism policy", List.of("counter-terrorism", "deal with terrorism")),
            new Theme("Security/Military and defence", List.of("military")),
            new Theme("Governance/Civil-military relations", List.of("civil-military relations")),
            new Theme("Society/Health and pandemics", List.of("pandemic*", "ICU bed", "AIDS")),
            new Theme("Economy/Development and poverty", List.of("aid")),
            new Theme("Security/Intelligence and covert action", List.of("ISI")),
            new Theme("Security/Cyber and information warfare", List.of("cyber attack*")),
            new Theme("Governance/Public administration and ethics", List.of("policy")),
            new Theme("Governance/Rule of law and human rights", List.of("police", "rule of law"))), List.of()));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                                      | themes with their evidence (theme=word;word, …)
            Extreme poverty is rising in the south.                      |
            Extremism is rising in the south.                            | Religion and extremism=Extremism
            Extremists are rising in the south.                          |
            Islamists won the vote; the Islamist's rival lost.           | Religion and extremism=Islamists;Islamist's
            A militant outfit was banned; militants fled.                | Terrorism and militancy=militant;militants
            Militancy has spread to the valleys.                         |
            The MILITARY budget rose.                                    | Military and defence=MILITARY
            Civil-military relations were tense.                         | Civil-military relations=Civil-military relations
            Civil military relations were tense.                         | Civil-military relations=Civil military relations
            Suicide squads struck twice.                                 | Terrorism and militancy=Suicide squads
            A squad of suicidal men.                                     |
            Efforts to deal with terrorism have stalled.                 | Counter-terrorism policy=deal with terrorism
            Counter-terrorism laws were passed.                          | Counter-terrorism policy=Counter-terrorism
            Terrorism kills.                                             | Terrorism and militancy=Terrorism
            The pandemics and the pandemic-era debts.                    | Health and pandemics=pandemics;pandemic
            Hospitals added ICU beds.                                    | Health and pandemics=ICU beds
            Cyber attackers hit the grid after cyber attacks.            | Cyber and information warfare=Cyber attackers;cyber attacks
            The police enforced the policy; policies changed.            | Rule of law and human rights=police,Public administration and ethics=policy;policies
            They upheld the rule of law.                                 | Rule of law and human rights=rule of law
            Refugees and a returnee; the refugee's tent.                 | Refugees and migration=Refugees;returnee;refugee's
            The rule on law was upheld.                                  |
            Clinics for HIV and AIDS closed.                             | Health and pandemics=AIDS
            Foreign aid and other aids dried up.                         | Development and poverty=aid;aids
            ISIS claimed the attack; the ISI denied a role.              | Intelligence and covert action=ISI,Terrorism and militancy=ISIS
            """)
    void matchesWordFormsNotLookAlikes(String text, String expected) {
        Map<String, String> got = TAGGER.tag(text).stream().collect(Collectors.toMap(ThemeMatch::label,
                m -> String.join(";", m.evidence()), (a, b) -> a, java.util.LinkedHashMap::new));
        String shown = got.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted()
                .collect(Collectors.joining(","));
        String want = expected == null ? "" : java.util.Arrays.stream(expected.split(",")).map(String::strip).sorted()
                .collect(Collectors.joining(","));
        assertEquals(want, shown, text);
    }
}
