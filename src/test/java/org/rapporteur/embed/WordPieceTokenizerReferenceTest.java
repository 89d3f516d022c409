package org.rapporteur.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapporteur.testing.SharedData;

/**
 * Our WordPiece tokenizer gives the ids Hugging Face's own (Rust, through DJL) gives for the same tokenizer.json, on
 * paragraphs of the sample reports and the dev corpus read at test time, and on awkward characters written here.
 */
class WordPieceTokenizerReferenceTest {
    private static final int UNLIMITED = 1 << 20;

    private static WordPieceTokenizer ours;
    private static HuggingFaceTokenizer reference;
    private static HuggingFaceTokenizer referenceAt128;

    @BeforeAll
    static void load() throws IOException {
        String json = Embedders.MINI_LM.tokenizerResource();
        try (InputStream in = WordPieceTokenizerReferenceTest.class.getResourceAsStream(json)) {
            ours = WordPieceTokenizer.read(in, json);
        }
        try (InputStream in = WordPieceTokenizerReferenceTest.class.getResourceAsStream(json)) {
            reference = HuggingFaceTokenizer.newInstance(in,
                    Map.of("addSpecialTokens", "true", "truncation", "false", "padding", "false"));
        }
        try (InputStream in = WordPieceTokenizerReferenceTest.class.getResourceAsStream(json)) {
            referenceAt128 = HuggingFaceTokenizer.newInstance(in,
                    Map.of("addSpecialTokens", "true", "truncation", "true", "maxLength", "128", "padding", "false"));
        }
    }

    @AfterAll
    static void close() {
        reference.close();
        referenceAt128.close();
    }

    @Test
    void givesHuggingFacesIdsForParagraphsOfTheSamplesAndTheDevCorpus() throws IOException {
        List<String> paragraphs = paragraphs();
        assertTrue(paragraphs.size() >= 300, "few paragraphs read: " + paragraphs.size());
        for (String p : paragraphs) {
            assertArrayEquals(reference.encode(p).getIds(), ours.encode(p, UNLIMITED).ids(), p);
        }
    }

    @Test
    void keepsTheSameLeadingWindowAsHuggingFaceWhenTruncating() throws IOException {
        int truncated = 0;
        for (String p : paragraphs()) {
            Encoding theirs = referenceAt128.encode(p);
            TokenizedText mine = ours.encode(p, 128);
            assertArrayEquals(theirs.getIds(), mine.ids(), p);
            if (mine.truncated()) {
                truncated++;
                assertEquals(128, mine.length());
            }
        }
        assertTrue(truncated > 0, "no paragraph was longer than 128 word pieces");
    }

    @Test
    void givesHuggingFacesIdsForAwkwardCharacters() {
        List<String> texts = List.of(
                "Café naïve façade — “quoted” ‘single’ … résumé ÅNGSTRÖM",
                "Non\u00a0breaking\u2009thin\u3000ideographic\u2028line separators",
                "Zero\u200bwidth, soft\u00adhyphen, bell\u0007 and tab\tnew\nline\rreturn",
                "東京 and 北京 met in 서울; ＦＵＬＬＷＩＤＴＨ ａｂｃ",
                "ΣΟΦΙΑ ΟΔΥΣΣΕΑΣ İstanbul ß straße Ǆ",
                "emoji 🙂 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢, private \ue000 use, replacement \ufffd char",
                "$100bn + 5% <= 7 | x^2 ~ y `code` @user #tag",
                "A word longer than one hundred characters: " + "antidisestablishmentarianism".repeat(4),
                "Special tokens written out: [CLS] inside [SEP] text [MASK] and [UNK]",
                "",
                "   ",
                "unaffable xyzzyqwq Lakshmanan Zelenskyy Guterres COVID-19 SARS-CoV-2");
        for (String t : texts) {
            assertArrayEquals(reference.encode(t).getIds(), ours.encode(t, UNLIMITED).ids(), t);
        }
    }

    /** Every 3rd paragraph of 20 to 2,000 characters of the five samples and the dev corpus's texts. */
    private static List<String> paragraphs() throws IOException {
        Path shared = SharedData.root();
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(shared.resolve("corpus"), shared.resolve("devcorpus").resolve("texts"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(f -> !f.getFileName().toString().equals("README.md")).sorted().forEach(files::add);
            }
        }
        List<String> out = new ArrayList<>();
        int n = 0;
        for (Path f : files) {
            for (String p : Files.readString(f, StandardCharsets.UTF_8).split("\\n\\s*\\n|\\r?\\n")) {
                String t = p.strip();
                if (t.length() >= 20 && t.length() <= 2000 && n++ % 3 == 0) {
                    out.add(t);
                }
            }
        }
        return out;
    }
}
