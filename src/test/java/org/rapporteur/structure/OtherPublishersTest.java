package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Report;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.ReportMetadata;

/**
 * Invented reports laid out the way other publishers do it (a think tank's news item with reported speech, an event
 * transcript, a numbered policy brief with an author label, a conference report with panels): the rules are general,
 * not tuned to the five samples.
 */
class OtherPublishersTest {
    static Report load(String name) throws IOException {
        try (InputStream in = OtherPublishersTest.class.getResourceAsStream("invented/" + name + ".txt")) {
            return Invented.structure(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            seminar-news-item | held a seminar titled          | Centre for Strategic Resilience | INSTITUTIONAL
            seminar-news-item | an existential threat          | Kamil Rauf                      | REPORTED_SPEECH
            seminar-news-item | less than one percent          | Kamil Rauf                      | REPORTED_SPEECH
            seminar-news-item | adaptation finance             | Nadir Qamar                     | REPORTED_SPEECH
            seminar-news-item | loss and damage fund           | Nadir Qamar                     | REPORTED_SPEECH
            seminar-news-item | grants rather than loans       | Nadir Qamar                     | REPORTED_SPEECH
            seminar-news-item | youth engagement               | Ayesha Tirmizi                  | REPORTED_SPEECH
            seminar-news-item | attended by diplomats          | Centre for Strategic Resilience | INSTITUTIONAL
            event-transcript  | energy transitions             | Mary Lopez                      | TRANSCRIPT_TURN
            event-transcript  | Solar is now the cheapest      | James Park                      | TRANSCRIPT_TURN
            event-transcript  | What about storage             | Mary Lopez                      | TRANSCRIPT_TURN
            event-transcript  | Coal plants will run           | James Park                      | TRANSCRIPT_TURN
            policy-brief      | governance crisis              | Sara Lindqvist                  | BYLINE
            policy-brief      | Groundwater extraction         | Sara Lindqvist                  | BYLINE
            policy-brief      | basin authority                | Sara Lindqvist                  | BYLINE
            conference-report | financially viable             | Farid Alvi                      | SPEAKER_BLOCK
            conference-report | private sector must lead       | Farid Alvi                      | SPEAKER_BLOCK
            conference-report | rail freight is underused      | Omar Lodhi                      | REPORTED_SPEECH
            conference-report | border crossings close         | Rina Das                        | REPORTED_SPEECH
            conference-report | tariffs are the bigger         | Panel 1: Rail and Road          | SESSION
            conference-report | vote of thanks                 | Institute of Peace and Connectivity | INSTITUTIONAL
            """)
    void creditsClaims(String report, String fragment, String expected, AttributionMethod method) throws IOException {
        Claim c = Invented.claim(load(report), fragment);
        assertEquals(expected, Invented.who(c), c.attribution().reason());
        assertEquals(method, c.attribution().method(), c.attribution().reason());
    }

    @Test
    void readsEachLayoutsMetadata() throws IOException {
        assertEquals(new ReportMetadata("CSR Holds Seminar on Climate Diplomacy", "Centre for Strategic Resilience",
                "2023-04-12", ReportKind.SEMINAR_REPORT, List.of()), load("seminar-news-item").metadata());
        assertEquals(ReportKind.TRANSCRIPT, load("event-transcript").metadata().kind());
        assertEquals(new ReportMetadata("Rethinking Water Governance in the Indus Basin", "Water Futures Institute",
                "2022-03", ReportKind.POLICY_REPORT, List.of("Sara Lindqvist")), load("policy-brief").metadata());
        assertEquals(new ReportMetadata("Regional Connectivity Conference 2021", "Institute of Peace and Connectivity",
                "2021", ReportKind.SEMINAR_REPORT, List.of()), load("conference-report").metadata());
    }

    @Test
    void aSemicolonSpeakersListIntroducesEachPanellist() throws IOException {
        List<String> names = load("conference-report").speakerBlocks().stream().map(b -> b.person().name()).toList();
        assertEquals(true, names.containsAll(List.of("Omar Lodhi", "Rina Das", "Tomas Berg", "Nadia Sohail")),
                names.toString());
    }
}
