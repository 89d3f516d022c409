package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormaliserTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            a\\r\\nb\\rc => a\\nb\\nc
            trailing   \\nspaces\\t => trailing\\nspaces
            one\\n\\n\\n\\n\\ntwo => one\\n\\ntwo
            one\\n   \\n\\t\\ntwo => one\\n\\ntwo
            \\n\\n  lead kept indent\\n\\n => '  lead kept indent'
            \\n\\n  - indented bullet => '  - indented bullet'
            non\\u00A0breaking\\u202Fspaces => non breaking spaces
            ﬁnal ﬂow eﬀort => final flow effort
            soft\\u00ADhyphen zero\\u200Bwidth => softhyphen zerowidth
            “curly” ‘quotes’ – dashes — kept => “curly” ‘quotes’ – dashes — kept
            page\\fbreak => page\\n\\nbreak
            """)
    void normalises(String in, String expected) {
        assertEquals(unescape(expected), TextNormaliser.normalise(unescape(in)));
    }

    private static String unescape(String s) {
        String u = s.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t").replace("\\f", "\f");
        u = u.replace("\\u00A0", "\u00A0").replace("\\u202F", "\u202F").replace("\\u00AD", "\u00AD")
                .replace("\\u200B", "\u200B");
        return u.startsWith("'") && u.endsWith("'") ? u.substring(1, u.length() - 1) : u;
    }
}
