package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Report;

/**
 * Input without line structure must not make the structurer's regular expressions backtrack catastrophically. Time on
 * a shared machine says little, so the guard against super-linear work compares the structuring thread's processor
 * time on the same text at two sizes (four times the text may cost four times the work, not sixteen); the wall-clock
 * bound only catches a hang. The text is invented and generated here.
 */
class PathologicalInputTest {
    private static final Duration HANG = Duration.ofSeconds(180);
    /** Linear work gives a ratio near 4 for four times the text, quadratic near 16. */
    private static final double MAX_RATIO_FOR_FOUR_TIMES_THE_TEXT = 8.0;

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

    /** About {@code size} characters of prose with no newline at all: sentences, abbreviations, colons and quotes. */
    static String proseWithoutNewlines(int size) {
        String[] sentences = {
            "The committee said the new tariff schedule would reduce rice prices by about four per cent next year. ",
            "According to the ministry, St. Louis-based traders and U.S. importers had asked for a longer phase-in. ",
            "\"We cannot wait for another season,\" said one delegate: the harvest, she argued, is already late. ",
            "Speakers: A. Rahman, B. Okafor, C. Lindqvist; Chair: D. Moreau (Institute for Trade, Geneva). ",
            "Q: Will the fund cover insurance? A: In part, yes, and the rest will come from the regional bank. ",
        };
        StringBuilder sb = new StringBuilder(size + 200);
        for (int i = 0; sb.length() < size; i++) {
            sb.append(sentences[i % sentences.length]);
        }
        return sb.toString();
    }

    @Test
    void aFortyThousandCharacterSingleLineTranscriptIsStructuredInBoundedTime() {
        String text = singleLineTranscript();
        Report r = assertTimeoutPreemptively(HANG, () -> Invented.structure(text));
        assertFalse(r.claims().isEmpty(), "a transcript of 40,000 characters has claims");
    }

    @Test
    void proseWithoutNewlinesCostsWorkInProportionToItsLength() {
        String small = proseWithoutNewlines(250_000);
        String large = proseWithoutNewlines(1_000_000);
        assertTimeoutPreemptively(HANG, () -> {
            Invented.structure(proseWithoutNewlines(50_000)); // warms the JIT so the small run is not all compiling
            // The least of a few runs: another test JVM on the same cores can slow any one run (cache, memory
            // bandwidth, safepoints); super-linear work is slow in every run.
            long smallNanos = Math.min(Math.min(cpuNanos(small), cpuNanos(small)), cpuNanos(small));
            long largeNanos = Math.min(cpuNanos(large), cpuNanos(large));
            double ratio = (double) largeNanos / Math.max(1, smallNanos);
            assertTrue(ratio < MAX_RATIO_FOR_FOUR_TIMES_THE_TEXT, String.format(Locale.ROOT,
                    "4x the text took %.1fx the processor time (%d ms vs %d ms): super-linear",
                    ratio, largeNanos / 1_000_000, smallNanos / 1_000_000));
        });
    }

    /** Processor time of this thread while structuring {@code text}; asserts the text produced claims. */
    private static long cpuNanos(String text) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = threads.getCurrentThreadCpuTime();
        Report r = Invented.structure(text);
        long spent = threads.getCurrentThreadCpuTime() - t0;
        assertFalse(r.claims().isEmpty(), "prose without newlines has claims");
        return spent;
    }
}
