package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.model.PageSpan;

class PageTextAssemblerTest {
    /** Pages are separated by {@code ||}, lines by {@code \n}. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            the agree-\\nment holds. => the agreement holds.
            talks on the Pak-\\nAfghan border => talks on the Pak-Afghan border
            a well-\\nknown case, as the well-known saying goes => a well-known case, as the well-known saying goes
            a soft\u00AD\\nhyphen => a softhyphen
            the talks ended with||an agreement on water. => the talks ended with an agreement on water.
            It ended.||Next part begins. => It ended.\\n\\nNext part begins.
            the question of secu-||rity came up. => the question of security came up.
            Points raised:\\n• one point\\n• another point => Points raised:\\n• one point\\n• another point
            Steps:\\n1. first step\\n2) second step\\n(a) sub-step => Steps:\\n1. first step\\n2) second step\\n(a) sub-step
            Background\\nThe talks began in May. => Background\\nThe talks began in May.
            Dr Lena Hart\\nSenior Fellow, Delta Institute => Dr Lena Hart\\nSenior Fellow, Delta Institute
            first paragraph.\\n\\n\\nsecond paragraph. => first paragraph.\\n\\nsecond paragraph.
            ||  ||only page three has text => only page three has text
            """)
    void joinsLinesAndPages(String pages, String expected) {
        assertEquals(expected.replace("\\n", "\n"), assemble(pages).text());
    }

    @Test
    void wrappedLinesJoinAndShortLastLinesEndParagraphs() {
        String page = String.join("\n",
                "Ministers from the riverine states met to review progress on the treaty",
                "and noted that rainfall had been below average for the third year.",
                "Funding was agreed.",
                "A second paragraph starts here and runs for the usual width of the page",
                "before ending.");
        assertEquals("Ministers from the riverine states met to review progress on the treaty and noted that rainfall"
                + " had been below average for the third year. Funding was agreed.\n\nA second paragraph starts here"
                + " and runs for the usual width of the page before ending.", assemble(page).text());
    }

    @Test
    void aFullLastLineRunsOntoTheNextPageUnlessAHeadingFollows() {
        String full = "Ministers from the riverine states met to review progress on the treaty\n"
                + "and noted that rainfall had been below average for the third year while\n"
                + "the delegates from the upstream districts repeated their request that the";
        assertEquals(full.replace("\n", " ") + " Northern Province asked for more data.",
                assemble(full + "||Northern Province asked for more data.").text());
        assertEquals(full.replace("\n", " ") + "\n\nRecommendations\n\nMeet again soon.",
                assemble(full + "||Recommendations\n\nMeet again soon.").text());
    }

    @Test
    void spansCoverEachPageAndGapsBelongToNoPage() {
        ExtractedText t = assemble("page one ends.||page two ends.|| ||page four.");
        assertEquals(List.of(new PageSpan(1, 0, 14), new PageSpan(2, 16, 30), new PageSpan(4, 32, 42)), t.pages());
        assertEquals("page one ends.\n\npage two ends.\n\npage four.", t.text());
    }

    @Test
    void dehyphenationAcrossPagesShortensTheFirstSpan() {
        ExtractedText t = assemble("a matter of secu-||rity.");
        assertEquals("a matter of security.", t.text());
        assertEquals(List.of(new PageSpan(1, 0, 16), new PageSpan(2, 16, 21)), t.pages());
    }

    @Test
    void runningHeadersFootersAndPageNumbersGo() {
        List<String> pages = new ArrayList<>();
        for (int p = 1; p <= 4; p++) {
            pages.add("Annual Review 2023\nChapter " + p + " body text that is unique " + "x".repeat(p) + "."
                    + (p == 1 ? "" : "\n" + (p + 10)));
        }
        ExtractedText t = PageTextAssembler.assemble(pages);
        assertEquals("Annual Review 2023\nChapter 1 body text that is unique x.\n\nChapter 2 body text that is unique xx.\n\n"
                + "Chapter 3 body text that is unique xxx.\n\nChapter 4 body text that is unique xxxx.", t.text());
    }

    @Test
    void aSinglePageKeepsItsFirstAndLastLines() {
        String t = assemble("Annual Review 2023\nBody.\n3").text();
        assertTrue(t.startsWith("Annual Review 2023") && t.endsWith("\n3"), t);
    }

    private static ExtractedText assemble(String pages) {
        return PageTextAssembler.assemble(Arrays.stream(pages.split("\\|\\|", -1)).map(p -> p.replace("\\n", "\n")).toList());
    }
}
