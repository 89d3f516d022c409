package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownCleanerTest {
    /** {@code \n} in the table stands for a line break. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            Dr Amina Rahim**Director of Research CRS** => Dr Amina Rahim\\nDirector of Research CRS
            Governor Lee Han**Chair, Board**\\n- first point => Governor Lee Han\\nChair, Board\\n- first point
            **Anchor Institute\\nfor Policy** => Anchor Institute\\nfor Policy
            **Rapporteurs\\n&\\nJane Roe** => Rapporteurs\\n&\\nJane Roe
            a **bold** word => a bold word
            (**note**) stays => (note) stays
            **Deputy Head**Opening remarks follow => Deputy Head\\nOpening remarks follow
            **Panel:** three speakers => Panel: three speakers
            ***strong and emphasised*** => strong and emphasised
            an *emphasised* word and __underlined__ text => an emphasised word and underlined text
            keep snake_case_names and 2*3*4 => keep snake_case_names and 2*3*4
            an _emphasis_ here => an emphasis here
            \\*not emphasis\\* => *not emphasis*
            # Main heading => Main heading
            ### Sub heading ### => Sub heading
            #hashtag stays => #hashtag stays
            * item one\\n+ item two => - item one\\n- item two
            see [the report](https://example.org/r.pdf) now => see the report now
            ![chart of trade](img/c.png) => chart of trade
            line one<br>line two<br/>line three => line one\\nline two\\nline three
            <p>Para one</p><p>Para two</p> => \\nPara one\\n\\nPara two\\n
            Cell A</td><td>Cell B => Cell A Cell B
            Remarks <ul style="list-style-type: none"> Dr X, Fellow => Remarks Dr X, Fellow
            <table><tr>\\n<td>One</td> <td>Two</td>\\n</tr></table> => \\n\\nOne Two\\n\\n
            <strong>Chair</strong>, Ms Y => Chair, Ms Y
            Tom &amp; Jerry&nbsp;Ltd &#39;quoted&#39; &lt;tag&gt; => Tom & Jerry\u00A0Ltd 'quoted' <tag>
            R&D and AT&T stay => R&D and AT&T stay
            | Time | Event |\\n|---|---|\\n| 0930 | Opening | => Time\tEvent\\n\\n0930\tOpening
            ~~~\\ncode block\\n~~~ => \\ncode block\\n
            use `inline` code => use inline code
            > quoted line => quoted line
            > 50% of respondents agreed => > 50% of respondents agreed
            >60 participants => >60 participants
            text\\n\\n---\\n\\nmore => text\\n\\n\\n\\nmore
            x < y and y > z => x < y and y > z
            """)
    void removesMarkupAndKeepsText(String in, String expected) {
        assertEquals(unescape(expected), MarkdownCleaner.clean(unescape(in)));
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\u00A0", "\u00A0");
    }
}
