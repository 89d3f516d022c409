package org.rapporteur.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a selection's ends snap to: the whole word around a point inside one (hyphens and apostrophes inside a word
 * belong to it), the point itself between words or next to punctuation and quote marks. {@code |} marks the point.
 */
class WordBoundsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # text with the point;              start snaps to;  end snaps to
            the fin|ancial sector;              the |financial;  the financial| sector
            the |financial sector;              the |financial;  the |financial sector
            the financial| sector;              the financial|;  the financial| sector
            non-st|ate actors;                  |non-state;      non-state| actors
            Pakistan's ar|my;                   Pakistan's |army; Pakistan's army|
            Paki|stan's army;                   |Pakistan's;     Pakistan's| army
            obligatory to '|Chatham House';     obligatory to '|Chatham; obligatory to '|Chatham House'
            obligatory to 'Chat|ham House';     obligatory to '|Chatham; obligatory to 'Chatham| House'
            a 2019| drought;                    a 2019|;         a 2019| drought
            end.| Next;                         end.|;           end.| Next
            """)
    void snapsToWholeWordsOnly(String marked, String start, String end) {
        int at = marked.indexOf('|');
        String text = marked.replace("|", "");
        assertEquals(start.strip(), mark(text, WordBounds.startOfWord(text, at)).substring(0, start.strip().length()));
        assertEquals(end.strip(), mark(text, WordBounds.endOfWord(text, at)).substring(0, end.strip().length()));
    }

    private static String mark(String text, int at) {
        return text.substring(0, at) + "|" + text.substring(at);
    }
}
