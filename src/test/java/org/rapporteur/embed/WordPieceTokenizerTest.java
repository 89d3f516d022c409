package org.rapporteur.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.RapporteurException;

/** The WordPiece rules on cases worked out by hand against bert-base-uncased's vocabulary (MiniLM's). */
class WordPieceTokenizerTest {
    private static final int UNLIMITED = 1 << 20;
    private static WordPieceTokenizer tokenizer;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = WordPieceTokenizerTest.class.getResourceAsStream(Embedders.MINI_LM.tokenizerResource())) {
            tokenizer = WordPieceTokenizer.read(in, "MiniLM");
        }
    }

    @Test
    void wrapsTheWordsAndPunctuationInClsAndSep() {
        // bert-base-uncased: [CLS] 101, hello 7592, "," 1010, world 2088, "!" 999, [SEP] 102
        assertArrayEquals(new long[] {101, 7592, 1010, 2088, 999, 102}, tokenizer.encode("Hello, World!", 512).ids());
        assertEquals(30522, tokenizer.vocabularySize());
    }

    @Test
    void lowerCasesAndStripsAccentsForAnUncasedModel() {
        assertEquals(tokenizer.pieces("cafe resume naive"), tokenizer.pieces("Café RÉSUMÉ naïve"));
    }

    @Test
    void splitsInsideAWordWithTheContinuationMark() {
        List<String> pieces = tokenizer.pieces("Zelenskyy");
        assertTrue(pieces.size() > 1, pieces.toString());
        assertFalse(pieces.getFirst().startsWith("##"));
        pieces.subList(1, pieces.size()).forEach(p -> assertTrue(p.startsWith("##"), pieces.toString()));
        assertEquals("zelenskyy", String.join("", pieces).replace("##", ""));
    }

    @Test
    void splitsPunctuationIncludingAsciiSymbols() {
        assertEquals(List.of("covid", "-", "19"), joinWords(tokenizer.pieces("COVID-19")));
        assertEquals(List.of("$", "5", "+", "5"), tokenizer.pieces("$5+5"));
    }

    @Test
    void dropsControlCharactersAndTreatsEverySpaceAsASpace() {
        assertEquals(tokenizer.pieces("ab"), tokenizer.pieces("a\u0007b\u200b"));
        assertEquals(tokenizer.pieces("new york city"), tokenizer.pieces("new\u00a0york\u2009city"));
        assertEquals(tokenizer.pieces("new york"), tokenizer.pieces("  new \t\n york  "));
    }

    @Test
    void givesEachChineseCharacterItsOwnPiece() {
        assertEquals(List.of("東", "京"), tokenizer.pieces("東京"));
    }

    @Test
    void aWordOfMoreThanOneHundredCharactersIsUnknown() {
        String hundredAndOne = "a".repeat(101);
        assertEquals(List.of("[UNK]"), tokenizer.pieces(hundredAndOne));
        assertFalse(tokenizer.pieces("a".repeat(100)).contains("[UNK]"));
    }

    @Test
    void aWordWithAPieceOutsideTheVocabularyIsOneUnknown() {
        // a private-use character is dropped as a control character; an emoji is not in the vocabulary
        assertEquals(List.of("[UNK]"), tokenizer.pieces("ok🙂"));
    }

    @Test
    void keepsTheLeadingWindowOfALongTextAndSaysSo() {
        String words = "peace ".repeat(300);
        TokenizedText cut = tokenizer.encode(words, 16);
        assertEquals(16, cut.length());
        assertTrue(cut.truncated());
        assertEquals(101, cut.ids()[0]);
        assertEquals(102, cut.ids()[15]);
        TokenizedText fits = tokenizer.encode("peace ".repeat(14), 16);
        assertEquals(16, fits.length());
        assertFalse(fits.truncated());
    }

    @Test
    void anEmptyTextIsClsAndSep() {
        assertArrayEquals(new long[] {101, 102}, tokenizer.encode("", 8).ids());
        assertArrayEquals(new long[] {101, 102}, tokenizer.encode(" \n\t", 8).ids());
    }

    @Test
    void aFileThatIsNotAWordPieceTokenizerGetsOneSentence() {
        InputStream bpe = new ByteArrayInputStream("{\"model\":{\"type\":\"BPE\"}}".getBytes(StandardCharsets.UTF_8));
        RapporteurException e = assertThrows(RapporteurException.class, () -> WordPieceTokenizer.read(bpe, "x.json"));
        assertEquals("The tokenizer x.json is not a readable WordPiece tokenizer.json.", e.getMessage());
        InputStream junk = new ByteArrayInputStream("not json".getBytes(StandardCharsets.UTF_8));
        assertThrows(RapporteurException.class, () -> WordPieceTokenizer.read(junk, "y.json"));
    }

    /** The words the pieces spell, pieces inside a word joined. */
    private static List<String> joinWords(List<String> pieces) {
        List<String> words = new java.util.ArrayList<>();
        for (String p : pieces) {
            if (p.startsWith("##")) {
                words.set(words.size() - 1, words.getLast() + p.substring(2));
            } else {
                words.add(p);
            }
        }
        return words;
    }
}
