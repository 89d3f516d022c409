package org.rapporteur.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rapporteur.testing.SharedData;

/**
 * The glossary's hand-written scan for capitalised words finds exactly the words (and offsets) the regular expression
 * it replaced found, and the quick test in front of {@link AcronymExtractor#isAcronym} never turns away an acronym.
 */
class AcronymWordScanTest {
    /** The expressions the scan and the quick test stand in front of, kept here as oracles. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}-])[\\p{Lu}][\\p{L}\\p{N}&-]*[\\p{L}\\p{N}]");

    private static List<String> byRegex(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> byScan(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = AcronymGlossary.capitalisedWordEnd(text, i);
            if (end < 0) {
                i++;
            } else {
                out.add(i + ":" + text.substring(i, end));
                i = end;
            }
        }
        return out;
    }

    @Test
    void scansTrickyText() {
        for (String s : List.of("", "A", "AB", "AB-", "A&-", "the UN and U.S. NATO-led", "x-NATO", "2UN", "ÉU",
                "AT&T's", "Pak-US", "R&D&", "SDGs.", "a\u0301BC", "𝐀𝐁 𝐀B", "AⅫ", "A½", "-AB", "(NACTA)")) {
            assertEquals(byRegex(s), byScan(s), s);
        }
    }

    @Test
    void scansRandomText() {
        String alphabet = "ABcé\u0301É&-'. 1½Ⅻ(\n";
        int[] supplementary = {0x1D400, 0x1D41A, 0x10400};
        Random random = new Random(17);
        for (int round = 0; round < 20_000; round++) {
            String s = RandomText.next(random, alphabet, supplementary, 20);
            assertEquals(byRegex(s), byScan(s), s);
        }
    }

    @Test
    void scansRealSpeeches() throws IOException {
        List<Path> files = SharedData.speeches();
        for (int i = 7; i < files.size(); i += files.size() / 40) {
            String text = Files.readString(files.get(i), StandardCharsets.UTF_8);
            assertEquals(byRegex(text), byScan(text), files.get(i).toString());
        }
    }

    @Test
    void theQuickTestKeepsEveryAcronymTheExpressionAccepts() {
        Pattern acronym = AcronymExtractor.ACRONYM;
        String alphabet = "ABCDxyz1&-sÉé";
        Random random = new Random(19);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = 2 + random.nextInt(9);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertEquals(acronym.matcher(s).matches(), AcronymExtractor.isAcronym(s), s);
        }
        assertTrue(AcronymExtractor.isAcronym("NACTA"));
        assertTrue(AcronymExtractor.isAcronym("SDGs"));
        assertFalse(AcronymExtractor.isAcronym("President"));
    }
}
