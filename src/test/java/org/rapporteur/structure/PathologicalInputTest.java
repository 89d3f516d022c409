package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Report;

/**
 * Input without line structure must not make the structurer's regular expressions backtrack catastrophically. The
 * bound is generous (20 s on a shared 2-core machine): this is a guard against super-linear time, not a benchmark.
 * The text is invented and generated here.
 */
class PathologicalInputTest {
    private static final Duration BOUND = Duration.ofSeconds(20);

    /** One line of about 40,000 characters: inline {@code NAME:} turns with no newline between them. */
    static String singleLineTranscript() {
        String[] names = {"HALVORSEN", "MBEKI-ROSS", "OYELARAN", "DE VRIES"};
        StringBuilder sb = new StringBuilder("TRANSCRIPT OF THE PRESS CALL ON GRAIN CORRIDORS ");
        for (int i = 0; sb.length() < 40_000; i++) {
            sb.append(names[i % names.length]).append(": ")
                    .append("We think the corridor agreement number ").append(i)
                    .append(" will hold because shipping insurers, port authorities and the coastal states")
                    .append(" have all said, in writing, that they will keep the lanes open through the winter. ")
                    .append("Dr. Smith, Mr. Jones and Ms. Lee (of the Harbour Board) agreed; the cost is 12.5 per cent. ");
        }
        return sb.toString();
    }

    /** About 5 MB of prose with no newline at all: sentences, abbreviations, colons and quotes, but no lines. */
    static String fiveMegabytesWithoutNewlines() {
        String[] sentences = {
            "The committee said the new tariff schedule would reduce rice prices by about four per cent next year. ",
            "According to the ministry, St. Louis-based traders and U.S. importers had asked for a longer phase-in. ",
            "\"We cannot wait for another season,\" said one delegate: the harvest, she argued, is already late. ",
            "Speakers: A. Rahman, B. Okafor, C. Lindqvist; Chair: D. Moreau (Institute for Trade, Geneva). ",
            "Q: Will the fund cover insurance? A: In part, yes, and the rest will come from the regional bank. ",
        };
        StringBuilder sb = new StringBuilder(5_100_000);
        for (int i = 0; sb.length() < 5_000_000; i++) {
            sb.append(sentences[i % sentences.length]);
        }
        return sb.toString();
    }

    @Test
    void aFortyThousandCharacterSingleLineTranscriptIsStructuredInBoundedTime() {
        String text = singleLineTranscript();
        Report r = assertTimeoutPreemptively(BOUND, () -> Invented.structure(text));
        assertFalse(r.claims().isEmpty(), "a transcript of 40,000 characters has claims");
    }

    @Test
    void fiveMegabytesWithoutNewlinesAreStructuredInBoundedTime() {
        String text = fiveMegabytesWithoutNewlines();
        Report r = assertTimeoutPreemptively(BOUND, () -> Invented.structure(text));
        assertFalse(r.claims().isEmpty(), "5 MB of sentences have claims");
    }
}
