package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.model.DeclaredMetadata;
import org.rapporteur.model.Ids;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.ReportMetadata;
import org.rapporteur.model.SidecarEntry;
import org.rapporteur.model.SourceDocument;

/**
 * Report metadata on invented texts: declared values first, then publishers and dates the text states, never an
 * organisation the body only mentions.
 */
class DeclaredAndStatedMetadataTest {
    private static final String BODY = """
            Rising seas

            The World Health Organization and the Global Harbour Bank have both warned about coastal flooding.
            Ports need new walls, and the money for them is short.

            Planners said the next decade would decide how many towns keep their harbours.
            """;

    private static ReportMetadata meta(String text, DeclaredMetadata declared) {
        String id = Ids.sha256(text.getBytes(StandardCharsets.UTF_8));
        SourceDocument doc = new SourceDocument(id, "invented.md", "/invented.md", "md", text, List.of(), List.of(),
                declared);
        return new ReportStructurer().structure(doc, null).metadata();
    }

    @Test
    void declaredValuesComeFirst() {
        DeclaredMetadata d = new DeclaredMetadata("Walls Against the Water", List.of("Mara Quill"),
                "Harbour Policy Forum", "2021-06-03", null, "article");
        ReportMetadata m = meta(BODY, d);
        assertEquals("Walls Against the Water", m.title());
        assertEquals("Harbour Policy Forum", m.organisation());
        assertEquals("2021-06-03", m.date());
        assertEquals(List.of("Mara Quill"), m.authors());
    }

    private static ReportMetadata pdfMeta(String text, DeclaredMetadata declared) {
        String id = Ids.sha256(text.getBytes(StandardCharsets.UTF_8));
        SourceDocument doc = new SourceDocument(id, "invented.pdf", "/invented.pdf", "pdf", text, List.of(), List.of(),
                declared);
        return new ReportStructurer().structure(doc, null).metadata();
    }

    private static final String TITLE_PAGE = """
            Walls Against the Water

            Harbour Policy Forum

            March 2019

            The World Health Organization and the Global Harbour Bank have both warned about coastal flooding.
            Ports need new walls, and the money for them is short.
            """;

    @Test
    void aPdfsPropertiesGiveWayToItsTitlePage() {
        ReportMetadata m = pdfMeta(TITLE_PAGE, new DeclaredMetadata("Quarterly Newsletter Template", List.of(), null,
                "2011-01-20", null, null));
        assertEquals("Walls Against the Water", m.title(), "a leftover template title is not the title");
        assertEquals("2019-03", m.date(), "the title page's date, not the file's");
    }

    @Test
    void aPdfsPropertiesCountWhenTheTextCarriesThem() {
        ReportMetadata m = pdfMeta(TITLE_PAGE.replace("March 2019\n\n", ""),
                new DeclaredMetadata("Walls against the water", List.of("Mara Quill"), null, "2019-04-02", null, null));
        assertEquals("Walls against the water", m.title());
        assertEquals("2019-04-02", m.date(), "no date in the text: the file's own date");
        assertEquals(List.of("Mara Quill"), m.authors());
    }

    @Test
    void aSidecarStillOverridesDeclaredValues() {
        String text = BODY;
        String id = Ids.sha256(text.getBytes(StandardCharsets.UTF_8));
        SourceDocument doc = new SourceDocument(id, "invented.md", "/invented.md", "md", text, List.of(), List.of(),
                new DeclaredMetadata("Declared Title", List.of(), "Declared Org", "2020-01-01", null, null));
        SidecarEntry sidecar = new SidecarEntry("Sidecar Title", "Sidecar Org", "2019-05-05", null, null, null, null, null);
        ReportMetadata m = new ReportStructurer().structure(doc, sidecar).metadata();
        assertEquals("Sidecar Title", m.title());
        assertEquals("Sidecar Org", m.organisation());
        assertEquals("2019-05-05", m.date());
    }

    @Test
    void aDeclaredHansardIsItsParliament() {
        ReportMetadata m = meta(BODY, new DeclaredMetadata(null, List.of(), "Vanuatu Hansard", null, null, null));
        assertEquals("Parliament of Vanuatu", m.organisation());
    }

    @Test
    void aDeclaredNameTakesTheInitialsTheTextWrites() {
        DeclaredMetadata d = new DeclaredMetadata(null, List.of("Stephen Morrow"), null, null,
                "In this note Harbour Forum’s J. Stephen Morrow looks at sea walls.", null);
        assertEquals(List.of("J. Stephen Morrow"), meta(BODY, d).authors());
    }

    static Stream<Arguments> organisations() {
        return Stream.of(
                Arguments.of("only mentioned in the body: none", BODY, null),
                Arguments.of("a copyright line", BODY + "\n© 2020 by the Tidewater Policy Institute. All rights reserved.\n",
                        "Tidewater Policy Institute"),
                Arguments.of("a lettered list item is not a copyright line", BODY
                        + "\n(c) The Harbour Department shall publish the levy each year.\n", null),
                Arguments.of("copyright in prose is not a copyright line", BODY
                        + "\nCopyright Act rules apply to the harbour maps as well.\n", null),
                Arguments.of("a copyright line with a year", BODY + "\nCopyright 2019 Saltmarsh Press\n", "Saltmarsh Press"),
                Arguments.of("a study published by a journal is only mentioned", BODY
                        + "\nA study published by the Harbour Science Journal found the walls too low.\n", null),
                Arguments.of("a published-by line", BODY + "\nPublished by the Estuary Research Council, Leith.\n",
                        "Estuary Research Council"),
                Arguments.of("a produced-by line", BODY
                        + "\nHarbour Notes is produced by the Coastal Futures Centre (CFC), an independent research body.\n",
                        "Coastal Futures Centre"),
                Arguments.of("a closing author bio, when nothing better", BODY
                        + "\nMara Quill is a senior fellow at the Lagoon Studies Institute in Lisbon.\n",
                        "Lagoon Studies Institute"),
                Arguments.of("a bio in the middle of the body is not a closing bio", """
                        Rising seas

                        The harbour towns have argued about walls for a decade, and nothing has been built yet.

                        Ports need new walls, and the money for them is short. Planners agree on little else.

                        Mara Quill is a senior fellow at the Lagoon Studies Institute, and she has studied the walls.

                        The World Health Organization and the Global Harbour Bank have both warned about coastal flooding.
                        Ports need new walls, and the money for them is short. Planners agree on little else.

                        Planners said the next decade would decide how many towns keep their harbours.

                        Engineers said the walls would take ten years to build, if the money came at all.
                        """, null),
                Arguments.of("a hearing body in the header", """
                        Coastal Flooding Inquiry

                        Transcript of the hearing

                        Counsel: Good morning. Could you give your full name?

                        Witness: Ana Ruiz.
                        """, "Coastal Flooding Inquiry"),
                Arguments.of("an inquiry the opening prose discusses is not the record's body", """
                        Lessons for harbour towns

                        The Harbour Collapse Inquiry found that the walls had not been inspected for a decade, and
                        towns along the coast are now checking their own walls before the winter storms arrive.

                        Planners said the next decade would decide how many towns keep their harbours.
                        """, null),
                Arguments.of("a counsel label is not a hearing body", """
                        Transcript of the hearing

                        Lead Inquiry: Good morning. Could you give your full name?

                        Witness: Ana Ruiz. I worked at the Global Harbour Bank for ten years.
                        """, null),
                Arguments.of("a Hansard header names its parliament", """
                        Tonga Hansard

                        HON. S. TUPOU.- Mr. Speaker, the harbour bill matters to the World Bank and to us.
                        """, "Parliament of Tonga"),
                Arguments.of("a panellist's affiliation is not the publisher", """
                        The future of ports

                        Ana Ruiz, Harbour Finance Institute

                        Tom Bell, Global Shipping Council

                        AR: Ports are short of money. The Harbour Finance Institute has said so for years.

                        TB: I agree with that, and the council does too.
                        """, null),
                Arguments.of("the speaker's own institution, named in the title", """
                        HPA Harbour Levy Update

                        Thank you all for coming. Last year at HPA we reviewed every harbour levy in the state.
                        The levies were written before container ships. We will publish new rules in the spring.
                        """, "HPA"),
                Arguments.of("an acronym in the title the speaker does not call their own", """
                        HPA Harbour Levy Update

                        Thank you all for coming. The HPA reviewed every harbour levy in the state last year.
                        The levies were written before container ships. New rules will come in the spring.
                        """, null),
                Arguments.of("an institution hosting its own event", """
                        Round table on port finance

                        The Delta Policy Centre (DPC) held a round table on port finance with harbour masters.
                        DPC invited six speakers. The round table was closed to the press.
                        """, "Delta Policy Centre"));
    }

    @ParameterizedTest(name = "organisation: {0}")
    @MethodSource("organisations")
    void organisation(String name, String text, String expected) {
        assertEquals(expected, Invented.structure(text).metadata().organisation());
    }

    static Stream<Arguments> dates() {
        return Stream.of(
                Arguments.of("a weekday-led date in a transcript", """
                        Harbour Committee

                        Monday, 16 October 2023

                        Chair: Good morning. We begin with the harbour walls.

                        Witness: Thank you. The walls are late, and the money is short.

                        Chair: When will they be finished?

                        Witness: Not before the spring, I am afraid.
                        """, "2023-10-16"),
                Arguments.of("a weekday date with an ordinal", """
                        Harbour Committee

                        Sitting of Tuesday 12th September, 2023, at the town hall.

                        Chair: Good morning. We begin with the harbour walls.

                        Witness: Thank you. The walls are late, and the money is short.

                        Chair: When will they be finished?

                        Witness: Not before the spring, I am afraid.
                        """, "2023-09-12"),
                Arguments.of("a weekday date the speakers talk about is not the hearing's", """
                        Harbour Committee

                        Chair: Good morning. Before Friday, 29 May 2020, the harbour board had published nothing at all
                        about the walls, and the towns along the coast had to rely on rumours from the engineers.

                        Witness: Thank you. The walls are late, and the money is short.

                        Chair: When will they be finished?

                        Witness: Not before the spring, I am afraid.
                        """, null),
                Arguments.of("a dateline paragraph", """
                        Oral question on harbour loans (Question No. 4/2021)

                        HON. A. VAKA asked the Government about the 2020-2024 harbour loans.

                        Page 12

                        8th Feb., 2021

                        HON. B. TUI.- Mr. Speaker, the loans are on track and the walls will be built.
                        """, "2021-02-08"),
                Arguments.of("a year span is not a date", """
                        Harbour Plan 2020-2024

                        The plan sets out the works for the harbour walls, and the money for them.

                        Planners said the next decade would decide how many towns keep their harbours.
                        """, null));
    }

    @ParameterizedTest(name = "date: {0}")
    @MethodSource("dates")
    void date(String name, String text, String expected) {
        assertEquals(expected, Invented.structure(text).metadata().date());
    }

    @Test
    void aClosingBioNamesTheAuthorWhenNobodyElseIsCredited() {
        ReportMetadata m = Invented.structure(BODY + "\nLena Haas is the founder of Harbour Letters, a newsletter on ports.\n")
                .metadata();
        assertEquals(List.of("Lena Haas"), m.authors());
    }

    @Test
    void noBioNoAuthors() {
        assertEquals(List.of(), Invented.structure(BODY).metadata().authors());
        assertNull(Invented.structure(BODY).metadata().organisation());
    }

    static Stream<Arguments> titles() {
        return Stream.of(
                Arguments.of("a heading after a note line", """
                        Preliminary notes:

                        The future of harbours

                        JB: I want to start with you. What is this?

                        BL: It is a new thing. We will see.
                        """, "The future of harbours"),
                Arguments.of("a heading line with a date in it", """
                        Harbour notes 12 May

                        The walls are late and the money is short. Everybody says so.
                        """, "Harbour notes 12 May"),
                Arguments.of("prose only: no title", """
                        The walls are late and the money is short. Everybody says so.

                        Planners agree on little else.
                        """, null));
    }

    @ParameterizedTest(name = "title: {0}")
    @MethodSource("titles")
    void title(String name, String text, String expected) {
        assertEquals(expected, Invented.structure(text).metadata().title());
    }

    @Test
    void theFirstHeadingIsTheTitleNotTheFileName() {
        assertEquals("Rising seas", Invented.structure(BODY).metadata().title());
        assertEquals(ReportKind.class, Invented.structure(BODY).metadata().kind().getClass());
    }
}
