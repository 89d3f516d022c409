package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One small invented document per layout, and one with nothing to go by; every decision gives its reasons. */
class LayoutClassifierTest {
    static Stream<Arguments> documents() {
        return Stream.of(
                arguments(Layout.TRANSCRIPT, """
                        Grain podcast, episode 12

                        Marta Voss: Grain reserves are low this year.
                        Teodor Brandt: They were lower in the drought.
                        Lise Aaberg: Neither of you counts the private silos.
                        Marta Voss: Private silos are not reserves.
                        Teodor Brandt: They are when prices spike.
                        Lise Aaberg: Which is exactly when they are sold.
                        """),
                arguments(Layout.HEARING, """
                        Public Inquiry into the Harbour Fire

                        MR OSWIN TALLIS (sworn)

                        Questions From Counsel to the Inquiry

                        Ms Pemberton: Please give the inquiry your full name.
                        The Witness: Oswin Tallis. I was the harbour master in 2029.
                        Ms Pemberton: When did the alarm sound?
                        The Witness: Shortly after midnight, as far as I recall.
                        Ms Pemberton: Who raised it?
                        The Witness: A night watchman raised it.
                        """),
                arguments(Layout.INTERVIEW, """
                        Interview: Saskia Frey on the night trains

                        Interviewer: Why bring back the night trains?
                        Frey: Because the short flights are going.
                        Interviewer: Who will pay for the sleeping cars?
                        Frey: The three railways together, for ten years.
                        Interviewer: And after ten years?
                        Frey: By then the trains pay for themselves.
                        """),
                arguments(Layout.SPEAKER_CARD_EVENT, """
                        Lakeside Water Forum

                        Workshop Report

                        Introduction

                        The Lakeside Water Forum met water managers on 9 May 2031 to discuss irrigation.

                        Yusuf Demirel

                        Director, Basin Authority

                        - Canal losses exceed a third of the water released.
                        - Lining the canals pays back in six years.

                        Carmen Ibarra

                        Professor of Hydrology, Sierra University

                        - Groundwater tables fall a metre a year.
                        - Metering wells is the first step.
                        """),
                arguments(Layout.EVENT_SUMMARY, """
                        Seminar on river ports

                        Dr. Kwame Asante said that port fees must rise next year.
                        Ms. Tove Lindahl said that the channel silts up every winter.
                        Mr. Bruno Castellan argued that the barges need deeper berths.
                        Dr. Kwame Asante added that ships will divert to rival ports.
                        The seminar ended with a visit to the locks.
                        """),
                arguments(Layout.AUTHORED_ARTICLE, """
                        Why the Night Trains Are Back

                        By Dagny Solberg

                        Night trains are returning across the continent. Short flights are being taxed out of the market.
                        The sleeping cars are old, and new ones take years to build. Ticket prices will decide the rest.
                        """),
                arguments(Layout.STATEMENT, """
                        Remarks by Minister Tomas Reinholt at the Port Authority

                        Thank you all for coming. I am proud of what this port has built.
                        We will deepen the channel next year. Our budget allows it, and I have signed the order.
                        """),
                arguments(Layout.MEETING_RECORD, """
                        Committee on Fisheries, third meeting

                        The representative of Chile said that quotas must follow the science.
                        The representative of Norway said that enforcement matters more than quotas.
                        The representative of Senegal said that small boats need a share of the catch.
                        The representative of Japan said that the data are incomplete.
                        """),
                arguments(Layout.MULTI_ITEM, """
                        Harbour News

                        Dredging Contract Awarded

                        Dredging Contract Awarded

                        The port authority awarded the dredging contract for the outer channel on Monday.

                        Night Pilotage Resumes

                        Night Pilotage Resumes

                        Pilots will again guide ships after dark from the first of June.
                        """),
                arguments(Layout.UNKNOWN, """
                        Channel depths

                        The outer channel is twelve metres deep at low water. The inner channel is nine metres deep.
                        Both channels are surveyed twice a year. The last survey found silt near the breakwater.
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void classifiesTheLayoutAndSaysWhy(Layout expected, String text) {
        LayoutDecision d = Detected.layout(text);
        assertEquals(expected, d.layout(), d.reasons().toString());
        assertFalse(d.reasons().isEmpty());
    }

    @Test
    @Disabled("known gap: UNKNOWN (\"no turns, cards, author or reported speech to go by\"); item titles repeated in"
            + " sentence case are not headings for LineShapes.isHeading, so no item title is counted (Title Case works)")
    void aPageOfItemsWithSentenceCaseTitlesIsMultiItem() {
        classifiesTheLayoutAndSaysWhy(Layout.MULTI_ITEM, """
                Harbour news

                Dredging contract awarded

                Dredging contract awarded

                The port authority awarded the dredging contract for the outer channel on Monday.

                Night pilotage resumes

                Night pilotage resumes

                Pilots will again guide ships after dark from the first of June.
                """);
    }
}
