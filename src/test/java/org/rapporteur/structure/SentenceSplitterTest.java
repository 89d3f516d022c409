package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentence splitting survives the abbreviations, initials, decimals and quotes of the genre. Sentences joined by "||". */
class SentenceSplitterTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            The U.S. and the U.K. agreed on a plan. It was signed in Geneva.        # The U.S. and the U.K. agreed on a plan.||It was signed in Geneva.
            Lt. Gen. Tariq Khan spoke first. Maj. Gen. Ali Raza followed.            # Lt. Gen. Tariq Khan spoke first.||Maj. Gen. Ali Raza followed.
            Brig. Aslam and Dr. Noor met Mr. Hale and Ms. Roe at noon. They talked.  # Brig. Aslam and Dr. Noor met Mr. Hale and Ms. Roe at noon.||They talked.
            Amb. Rashid and H.E. Mr. Tan signed accord No. 7 today. Talks resumed.   # Amb. Rashid and H.E. Mr. Tan signed accord No. 7 today.||Talks resumed.
            Items, e.g. trade, i.e. the core, etc. were raised. Security came next.  # Items, e.g. trade, i.e. the core, etc. were raised.||Security came next.
            Prof. Lee and Sen. Ford saw St. Mary vs. Oak Hall. Col. Webb stayed.      # Prof. Lee and Sen. Ford saw St. Mary vs. Oak Hall.||Col. Webb stayed.
            A. B. Khan wrote the note. It was brief.                                 # A. B. Khan wrote the note.||It was brief.
            Growth reached 3.5 per cent in 2023. Inflation fell to 4.2 per cent.     # Growth reached 3.5 per cent in 2023.||Inflation fell to 4.2 per cent.
            He said: “We will act.” The crowd cheered.                               # He said: “We will act.”||The crowd cheered.
            The envoy (who arrived late.) was tired. Critics agreed.                 # The envoy (who arrived late.) was tired.||Critics agreed.
            Is this the end? No, it is a beginning!                                  # Is this the end?||No, it is a beginning!
            The talks were held in Washington D.C. on Monday. They ended late.       # The talks were held in Washington D.C. on Monday.||They ended late.
            Relations with the U.S. The next step is unclear.                        # Relations with the U.S.||The next step is unclear.
            Aid came from the U.S. State Department last year.                       # Aid came from the U.S. State Department last year.
            The meeting ended... Everyone left.                                      # The meeting ended...||Everyone left.
            He quoted Gen. Musa (retd.) and Air Marshal Khan. The panel agreed.      # He quoted Gen. Musa (retd.) and Air Marshal Khan.||The panel agreed.
            The report 'Trade First.' appeared in 2019. Critics disagreed.           # The report 'Trade First.' appeared in 2019.||Critics disagreed.
            """)
    void splitsSentences(String text, String expected) {
        List<String> got = SentenceSplitter.split(text, 0, text.length()).stream()
                .map(s -> text.substring(s[0], s[1])).toList();
        assertEquals(Arrays.asList(expected.split("\\|\\|")), got);
    }
}
