package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Report;
import org.rapporteur.model.Section;
import org.rapporteur.model.Span;

/** Which lines are headings, how sections nest, and which stretches are boilerplate (never claims). */
class HeadingsAndBoilerplateTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', textBlock = """
            Key Takeaways                                                # true
            CONCEPT NOTE                                                 # true
            Session III: Water and Energy                                # true
            3. Regional Connectivity                                     # true
            Roundtable Discussion - Day 2                                # true
            What are the main drivers of instability?                    # true
            The Way Forward                                              # true
            Trade fell sharply. Exports recovered later                  # false
            The border was closed for three weeks in the spring.         # false
            the use of proxies continued                                 # false
            - Tariffs fell                                               # false
            0930-1000 hrs Registration                                   # false
            This sentence has many lowercase words and no title shape    # false
            """)
    void recognisesHeadings(String line, boolean heading) {
        assertEquals(heading, LineShapes.isHeading(line.strip()), line);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', textBlock = """
            Key Findings                  # true
            IPX Findings                  # true
            Policy Recommendations        # true
            CONCEPT NOTE                  # true
            Summary                       # true
            Session I                     # false
            Energy Security               # false
            """)
    void recognisesInstitutionalSections(String title, boolean institutional) {
        assertEquals(institutional, LineShapes.institutional(title.strip()), title);
    }

    private static final String PAGE = """
            Institute of Maritime Affairs

            Annual Dialogue Report

            12th Floor, Harbour Tower, Sea View Road
            Tel: 021-5550100
            Email: info@example.org

            Disclaimer

            The views expressed are the speakers' own and do not represent the Institute.

            CONTENTS

            Introduction
            Session I
            Picture Gallery

            Introduction

            The dialogue brought together port authorities and shipping lines. Congestion was the main theme.

            Programme

            0900-0930 hrs\tRegistration
            0930-1000 hrs\tOpening Remarks by Dr. Rubina Shah, Director, Port Studies
            1000-1100 hrs\tPanel on Port Congestion Moderator: Mr. Adeel Khan

            SESSION I

            Port Congestion

            Key Takeaways

            - Dwell times at the main port have doubled since 2019.
            - Rail links to the hinterland remain the weakest point.

            [download file="http://example.org/report.pdf"]

            Send this to a friend

            Picture Gallery

            Delegates at the opening

            Related Publications

            Ports and Power: A Primer

            Leave a Reply

            Your email address will not be published.
            """;

    @Test
    void keepsBoilerplateOutOfClaims() {
        Report r = Invented.structure(PAGE);
        List<String> labels = r.boilerplate().stream().map(Span::label).toList();
        for (String expected : List.of("contact block", "disclaimer", "contents list", "programme", "download link",
                "share links", "picture gallery", "related publications")) {
            assertTrue(labels.contains(expected), "missing " + expected + " in " + labels);
        }
        // the publisher's own prose in its apparatus (a disclaimer, teasers of related publications) is what the
        // organisation says: claims under that heading, credited to no person; the rest of the apparatus has none
        List<String> apparatus = List.of("Disclaimer", "Related publications");
        for (Claim c : r.claims()) {
            boolean publisher = c.sectionPath().size() == 1 && apparatus.contains(c.sectionPath().getFirst());
            if (publisher) {
                assertEquals(null, c.attribution().speaker(), c.text());
                continue;
            }
            for (Span s : r.boilerplate()) {
                assertFalse(c.start() < s.end() && s.start() < c.end(),
                        "claim inside " + s.label() + ": " + c.text());
            }
        }
        assertTrue(r.claims().stream().anyMatch(c -> c.sectionPath().equals(List.of("Disclaimer"))
                && c.text().startsWith("The views expressed are the speakers' own")), "the disclaimer is a claim");
        assertEquals(List.of("The dialogue brought together port authorities and shipping lines.",
                        "Congestion was the main theme.", "Dwell times at the main port have doubled since 2019.",
                        "Rail links to the hinterland remain the weakest point."),
                r.claims().stream().filter(c -> !(c.sectionPath().size() == 1
                        && apparatus.contains(c.sectionPath().getFirst()))).map(Claim::text).toList());
    }

    @Test
    void nestsSectionsAndMergesASessionSubtitle() {
        Report r = Invented.structure(PAGE);
        Claim c = Invented.claim(r, "Dwell times");
        assertEquals(List.of("Session I: Port Congestion", "Key Takeaways"), c.sectionPath());
        assertEquals("Session I: Port Congestion", c.attribution().attributedTo());
        Section takeaways = r.sections().stream().filter(s -> s.title().equals("Key Takeaways")).findFirst()
                .orElseThrow();
        assertEquals(2, takeaways.level());
    }

    @Test
    void programmeRowsIntroducePeopleWithoutMakingClaims() {
        Report r = Invented.structure(PAGE);
        List<String> people = r.speakerBlocks().stream().map(b -> b.person().name()).toList();
        assertTrue(people.containsAll(List.of("Rubina Shah", "Adeel Khan")), people.toString());
    }

    @Test
    void claimTextIsTheExactSpanWithoutBulletMarkers() {
        Report r = Invented.structure(PAGE);
        for (Claim c : r.claims()) {
            assertEquals(r.source().text().substring(c.start(), c.end()), c.text());
            assertFalse(c.text().startsWith("-"), c.text());
        }
    }

    @Test
    void aParagraphBrokenByAPageBreakIsOneSentence() {
        Report r = Invented.structure("""
                Introduction

                The committee examined the treaty and its annexes, and the

                three protocols signed later. It reported in May.
                """);
        assertEquals(2, r.claims().size());
        assertTrue(r.claims().getFirst().text().endsWith("signed later."), r.claims().getFirst().text());
    }

    @Test
    void referencesAcknowledgementsPublisherProfileAndRepeatedStandfirstAreNotClaims() {
        Report r = Invented.structure("""
                Ports and Power

                Congestion at the main port now costs exporters two days on every shipment to Europe.

                Introduction

                Dwell times have doubled. Congestion at the main port now costs exporters two days on every shipment to Europe.

                Acknowledgements

                We thank the port authority for its data.

                References

                1. Khan, A. (2019). Port Economics. Karachi: Harbour Press.
                2. Lee, S. (2021). Shipping Lines in Asia. Singapore.

                About the Institute

                The Institute of Maritime Affairs is an independent think tank founded in 1998.
                """);
        List<String> labels = r.boilerplate().stream().map(Span::label).toList();
        assertTrue(labels.containsAll(List.of("repeated text", "acknowledgements", "references",
                "about the publisher")), labels.toString());
        assertEquals(List.of("Dwell times have doubled.",
                "Congestion at the main port now costs exporters two days on every shipment to Europe."),
                r.claims().stream().map(Claim::text).toList());
    }

    @Test
    void claimsCarryThePageTheyStartOn() {
        String text = "Introduction\n\nThe first page ends with a sentence that runs over\n\nthe page break. "
                + "A second sentence sits on page two.";
        int pageTwo = text.indexOf("the page break");
        var doc = new org.rapporteur.model.SourceDocument("abc123", "paged.pdf", "/paged.pdf", "pdf", text,
                List.of(new org.rapporteur.model.PageSpan(1, 0, pageTwo - 2),
                        new org.rapporteur.model.PageSpan(2, pageTwo, text.length())), List.of());
        Report r = new ReportStructurer().structure(doc, null);
        assertEquals(List.of(1, 2), r.claims().stream().map(Claim::page).toList());
        assertEquals(org.rapporteur.model.Ids.claimId("abc123", r.claims().getFirst().start(),
                r.claims().getFirst().end()), r.claims().getFirst().id());
        assertEquals(List.of("Introduction"), r.claims().getFirst().sectionPath());
    }

    @Test
    void structuringIsDeterministic() {
        Report a = Invented.structure(PAGE);
        Report b = Invented.structure(PAGE);
        assertEquals(a.claims(), b.claims());
        assertEquals(a.metadata(), b.metadata());
        assertEquals(a.sections(), b.sections());
    }

    @Test
    void oddTextNeverThrows() {
        for (String odd : List.of("", "\n\n\n", "*****", "- ", "1.", "Moderator:", "By", "\u0000\u0001binary\u00ff",
                "Session I\n\nSession I\n\nSession I", "“", "A. B. C. D.", "x".repeat(100_000),
                "- a\n".repeat(5000))) {
            Report r = Invented.structure(odd);
            for (Claim c : r.claims()) {
                assertEquals(odd.substring(c.start(), c.end()), c.text());
            }
        }
    }
}
