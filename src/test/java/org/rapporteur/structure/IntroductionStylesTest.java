package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Report;

/**
 * Every way the genre introduces a speaker, on invented reports: the claim containing a fragment must be credited to
 * the expected person (or body) by the expected method.
 */
class IntroductionStylesTest {
    private static final String FRONT = """
            Centre for Border Studies

            Seminar Report

            Introduction

            The Centre for Border Studies (CBS) convened experts to discuss cross-border trade on 3 March 2021.

            """;

    static Stream<Arguments> styles() {
        return Stream.of(
                arguments("name line then role line", FRONT + """
                        Nadia Rahman

                        Director, Trade Policy Forum

                        - Tariffs on textiles have fallen by a third since the agreement.
                        - Customs delays still cost exporters a week.
                        """, "Customs delays still cost", "Nadia Rahman", AttributionMethod.SPEAKER_BLOCK),
                arguments("name glued to a bold role", FRONT + """
                        Omar Siddiqui**Chairman, Energy Forum**

                        - Gas prices will double without new pipelines.
                        """, "Gas prices will double", "Omar Siddiqui", AttributionMethod.SPEAKER_BLOCK),
                arguments("Moderator: Name", FRONT + """
                        Moderator: Dr. Hina Baig

                        Columnist

                        - The debate has shifted from aid to trade.
                        """, "shifted from aid to trade", "Hina Baig", AttributionMethod.SPEAKER_BLOCK),
                arguments("Chair label then name", FRONT + """
                        Chair
                        Amb (R) Farid Uddin

                        The chair opened by recalling the 1999 accord. Borders should be seen as bridges.
                        """, "Borders should be seen as bridges", "Farid Uddin", AttributionMethod.SPEAKER_BLOCK),
                arguments("Welcome Remarks by", FRONT + """
                        Welcome Remarks by Vice Chancellor Prof. Dr. Amna Tariq

                        The Vice Chancellor welcomed the guests. Higher education needs far more funding.
                        """, "Higher education needs", "Amna Tariq", AttributionMethod.SPEAKER_BLOCK),
                arguments("Keynote Address by", FRONT + """
                        Keynote Address by Chief Guest Senator Bilal Ahmed, Chairman Senate Committee on Defence

                        Regional trade can reduce tensions. It needs political will

                        on both sides of the border.
                        """, "It needs political will", "Bilal Ahmed", AttributionMethod.SPEAKER_BLOCK),
                arguments("speaker card: name, role, institution", FRONT + """
                        Dr. Sameer Aziz
                        Senior Research Fellow
                        Institute of Regional Studies

                        The corridor needs private capital. Investors want clarity on tariffs.
                        """, "Investors want clarity", "Sameer Aziz", AttributionMethod.SPEAKER_BLOCK),
                arguments("speaker card with rank and post-nominals", FRONT + """
                        Lt. Gen. (R) Tariq Mahmood HI (M)
                        Former Commander Southern Command

                        - Fencing alone cannot secure a mountainous border.
                        """, "Fencing alone cannot", "Tariq Mahmood", AttributionMethod.SPEAKER_BLOCK),
                arguments("byline at the top", """
                        Why the Corridor Matters

                        By Leila Hassan

                        The corridor will reshape trade across the region. It will also shift political power.
                        """, "shift political power", "Leila Hassan", AttributionMethod.BYLINE),
                arguments("author bio at the end", """
                        Water scarcity is now a security issue for the whole basin. Dams alone will not fix it.

                        Storage capacity has not grown in thirty years.

                        About the Author

                        Kamal Haider is a senior analyst at the Water Policy Centre.
                        """, "Storage capacity has not grown", "Kamal Haider", AttributionMethod.BYLINE),
                arguments("transcript turns", """
                        Podcast transcript

                        DR. AMINA YUSUF: Water scarcity is the defining issue. Dams alone will not fix it.

                        Rafiq Noor: Groundwater is the silent crisis. Nobody measures it.

                        DR. AMINA YUSUF: Metering would change that.
                        """, "Metering would change that", "Amina Yusuf", AttributionMethod.TRANSCRIPT_TURN),
                arguments("quote then dash, name, role", FRONT + """
                        “Trade is the best security guarantee we have.”

                        – Farah Naz, Minister of Commerce
                        """, "best security guarantee", "Farah Naz", AttributionMethod.QUOTED_STATEMENT),
                arguments("X said that, in the organisation's narrative", FRONT + """
                        Background

                        Dr. Imran Qadir, a former ambassador, said that the border must reopen soon. Trade volumes are the lowest in a decade.
                        """, "the border must reopen", "Imran Qadir", AttributionMethod.REPORTED_SPEECH),
                arguments("He noted, resolved to the last named person", FRONT + """
                        Background

                        Dr. Imran Qadir, a former ambassador, said that the border must reopen soon. He noted that trade fell by half.
                        """, "trade fell by half", "Imran Qadir", AttributionMethod.REPORTED_SPEECH),
                arguments("According to X", FRONT + """
                        Background

                        According to Ms. Sana Javed, the official data is incomplete.
                        """, "official data is incomplete", "Sana Javed", AttributionMethod.REPORTED_SPEECH),
                arguments("institutional section", FRONT + """
                        Recommendations

                        1. Reopen the border crossings for perishable goods.
                        """, "Reopen the border crossings", "Centre for Border Studies", AttributionMethod.INSTITUTIONAL),
                arguments("introduction belongs to the organisation", FRONT,
                        "convened experts", "Centre for Border Studies", AttributionMethod.INSTITUTIONAL),
                arguments("programme perspective tied in a session takeaway", FRONT + """
                        Programme

                        Session II 'Energy Futures' Moderator: Ms. Zara Ali
                        1100-1110 hrs\tIndia's Perspective Dr. Ravi Menon, Senior Fellow, Policy Lab
                        1110-1120 hrs\tIran's Perspective Mr. Reza Karimi, Director, Gulf Desk
                        1120-1200 hrs\tOpen discussion

                        SESSION II

                        Key Takeaways

                        - The Indian perspective stressed grid integration across the region.
                        - Some participants argued that pipelines are a security risk.
                        - Storage is the bottleneck for renewables.
                        """, "grid integration", "Ravi Menon", AttributionMethod.PROGRAMME_SLOT),
                arguments("some participants stay with the session", FRONT + """
                        SESSION II

                        Key Takeaways

                        - Some participants argued that pipelines are a security risk.
                        """, "pipelines are a security risk", "Session II", AttributionMethod.SESSION),
                arguments("untied takeaway belongs to the session", FRONT + """
                        Session III: Water

                        Key Takeaways

                        - Storage is the bottleneck for renewables.
                        """, "Storage is the bottleneck", "Session III: Water", AttributionMethod.SESSION),
                arguments("a speaker block continues across blank lines", FRONT + """
                        Nadia Rahman

                        Director, Trade Policy Forum

                        - Tariffs on textiles have fallen by a third.

                        - Customs delays still cost exporters a week.

                        - Digital single windows would halve that.
                        """, "Digital single windows", "Nadia Rahman", AttributionMethod.SPEAKER_BLOCK),
                arguments("all-capital name card with bullets in the same paragraph", FRONT + """
                        DR. AMINA YUSUF
                        Professor of Hydrology
                        - Glacier melt will peak within two decades.
                        - Storage must triple.
                        """, "Glacier melt will peak", "Amina Yusuf", AttributionMethod.SPEAKER_BLOCK),
                arguments("X said that A. B. — B continues X's remarks", FRONT + """
                        Proceedings

                        Ambassador Omar Hayat said that the treaty is outdated. Water flows have changed since 1960.

                        The session closed at noon.
                        """, "Water flows have changed", "Omar Hayat", AttributionMethod.REPORTED_SPEECH),
                arguments("the next paragraph is the organisation's again", FRONT + """
                        Proceedings

                        Ambassador Omar Hayat said that the treaty is outdated. Water flows have changed since 1960.

                        The session closed at noon.
                        """, "The session closed", "Centre for Border Studies", AttributionMethod.INSTITUTIONAL),
                arguments("quotation then said X", FRONT + """
                        Proceedings

                        “We cannot wait for the next flood,” said Dr. Rubina Shah.
                        """, "next flood", "Rubina Shah", AttributionMethod.QUOTED_STATEMENT),
                arguments("Speaking on the occasion, X stressed", FRONT + """
                        Proceedings

                        Speaking on the occasion, Senator Kamal Raza stressed that ports need rail links.
                        """, "ports need rail links", "Kamal Raza", AttributionMethod.REPORTED_SPEECH),
                arguments("In her remarks, X highlighted", FRONT + """
                        Proceedings

                        In her remarks, Ms. Hina Qazi highlighted that women traders face extra checks.
                        """, "women traders face", "Hina Qazi", AttributionMethod.REPORTED_SPEECH),
                arguments("a speakers list credits no single speaker", FRONT + """
                        Speakers: Dr. Asad Mir, Ms. Lina Rao and Mr. Carlos Diaz

                        Proceedings

                        The panel compared three border regimes.
                        """, "compared three border", "Centre for Border Studies", AttributionMethod.INSTITUTIONAL),
                arguments("an op-ed's reported speech does not spill into the author's next sentence", """
                        A Treaty Past Its Time

                        By Leila Hassan

                        Officials in both capitals agree the treaty has aged. Ambassador Omar Hayat said that the treaty is outdated. That is only half the story.
                        """, "only half the story", "Leila Hassan", AttributionMethod.BYLINE),
                arguments("name and role on one line", FRONT + """
                        Dr. Sameer Aziz, Senior Research Fellow, Institute of Regional Studies

                        - The corridor needs private capital.
                        """, "needs private capital", "Sameer Aziz", AttributionMethod.SPEAKER_BLOCK),
                arguments("name with the affiliation in brackets", FRONT + """
                        Rina Das (Director, Trade Desk)

                        Border crossings close too early. Traders lose a day each way.
                        """, "Traders lose a day", "Rina Das", AttributionMethod.SPEAKER_BLOCK),
                arguments("X (role) said that", FRONT + """
                        Proceedings

                        Mr. Tomas Berg (Trade Desk) said that transit fees are too high.
                        """, "transit fees are too high", "Tomas Berg", AttributionMethod.REPORTED_SPEECH),
                arguments("a sentence about the event is not the chair's", FRONT + """
                        Chair: Prof. Nadia Sohail

                        The session discussed rail freight. Freight rates have doubled since 2020.
                        """, "The session discussed", "Centre for Border Studies", AttributionMethod.INSTITUTIONAL),
                arguments("but the chair's own point is", FRONT + """
                        Chair: Prof. Nadia Sohail

                        The session discussed rail freight. Freight rates have doubled since 2020.
                        """, "Freight rates have doubled", "Nadia Sohail", AttributionMethod.SPEAKER_BLOCK),
                arguments("numbered speaker label", FRONT + """
                        Speaker 2: Dr. Omar Lodhi, Director, Trade Desk

                        - Rail freight is underused.
                        """, "Rail freight is underused", "Omar Lodhi", AttributionMethod.SPEAKER_BLOCK),
                arguments("name colon role is a heading, not a turn", FRONT + """
                        Dr. Omar Lodhi: Director, Trade Desk

                        Rail freight is underused. Wagons stand idle.
                        """, "Wagons stand idle", "Omar Lodhi", AttributionMethod.SPEAKER_BLOCK),
                arguments("MR. SURNAME transcript turns", """
                        Transcript

                        MR. SMITH: Thank you for coming. Let me start with tariffs.

                        MS. OKAFOR: Tariffs are the smaller problem. Standards are the bigger one.

                        MR. SMITH: Why standards?
                        """, "Standards are the bigger", "Okafor", AttributionMethod.TRANSCRIPT_TURN),
                arguments("a heading ends the speaker block", FRONT + """
                        Nadia Rahman

                        Director, Trade Policy Forum

                        - Tariffs on textiles have fallen by a third.

                        Key Findings

                        - Trade facilitation is underfunded.
                        """, "underfunded", "Centre for Border Studies", AttributionMethod.INSTITUTIONAL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("styles")
    void creditsTheClaimToTheIntroducedSpeaker(String style, String text, String fragment, String expected,
                                               AttributionMethod method) {
        Report r = Invented.structure(text);
        Claim c = Invented.claim(r, fragment);
        assertEquals(expected, Invented.who(c), style + ": " + c.attribution().reason());
        assertEquals(method, c.attribution().method(), style + ": " + c.attribution().reason());
    }
}
