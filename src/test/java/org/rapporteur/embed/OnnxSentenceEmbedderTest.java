package org.rapporteur.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.model.RapporteurException;

/** The shipped model's vectors: unit length, near for a paraphrase, the leading window of a long text, stable. */
class OnnxSentenceEmbedderTest {
    /** Triples written before any of them was embedded: a sentence, its paraphrase in other words, an unrelated one. */
    private static final List<List<String>> PARAPHRASES = List.of(
            List.of("Militants find safe havens across the border in Afghanistan.",
                    "Armed groups shelter in the neighbouring country beyond the frontier.",
                    "The central bank raised interest rates to curb inflation."),
            List.of("The vaccine rollout was delayed by shortages of syringes.",
                    "Immunisation campaigns slowed because injection equipment ran out.",
                    "Fishermen protested against the new maritime boundary."),
            List.of("Food prices doubled after the drought destroyed the harvest.",
                    "A lack of rain ruined crops and the cost of groceries rose sharply.",
                    "Parliament ratified the trade agreement with the Pacific states."),
            List.of("The regulator will license virtual currency businesses.",
                    "Firms dealing in digital money will need a permit from the supervisor.",
                    "Ebola cases rose in the eastern provinces."));

    private static SentenceEmbedder embedder;

    @BeforeAll
    static void open() {
        embedder = Embedders.open(Embedders.defaultModel(), 2);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void vectorsHaveTheModelsSizeAndUnitLength() {
        List<Embedding> vs = embedder.embedPassages(List.of("The Security Council met on Tuesday.", "Peace."));
        for (Embedding e : vs) {
            assertEquals(embedder.model().dimensions(), e.vector().length);
            assertEquals(1.0, norm(e.vector()), 1e-4);
            assertFalse(e.truncated());
        }
        assertEquals(1.0, norm(embedder.embedQuery("security council").vector()), 1e-4);
    }

    static List<EmbeddingModel> models() {
        return Embedders.models();
    }

    @ParameterizedTest
    @MethodSource("models")
    void aParaphraseIsNearerThanAnUnrelatedSentence(EmbeddingModel model) {
        try (SentenceEmbedder e = Embedders.open(model, 2)) {
            for (List<String> t : PARAPHRASES) {
                List<Embedding> v = e.embedPassages(t);
                float[] query = e.embedQuery(t.getFirst()).vector();
                assertTrue(dot(v.get(0).vector(), v.get(1).vector()) > dot(v.get(0).vector(), v.get(2).vector()),
                        model.id() + ": " + t);
                assertTrue(dot(query, v.get(1).vector()) > dot(query, v.get(2).vector()), model.id() + ": " + t);
            }
        }
    }

    @Test
    void aTextLongerThanTheWindowIsEmbeddedByItsLeadingWindowAndSaysSo() {
        String longText = String.join(" ", java.util.Collections.nCopies(250,
                "the delegation urged every member state to honour its pledges"));
        assertEquals(2500, longText.split(" ").length);
        String lead = longText.substring(0, 600);
        List<Embedding> v = embedder.embedPassages(List.of(longText, lead));
        assertTrue(v.get(0).truncated());
        assertFalse(v.get(1).truncated());
        assertEquals(1.0, norm(v.get(0).vector()), 1e-4);
    }

    @Test
    void anEmptyTextStillGetsAUnitVector() {
        Embedding empty = embedder.embedPassages(List.of("")).getFirst();
        assertEquals(embedder.model().dimensions(), empty.vector().length);
        assertEquals(1.0, norm(empty.vector()), 1e-4);
        assertFalse(empty.truncated());
        assertEquals(1.0, norm(embedder.embedQuery("").vector()), 1e-4);
    }

    @Test
    void theSameTextGetsTheSameVectorWhereverItIs() {
        String text = "Small island states face rising seas.";
        List<Embedding> v = embedder.embedPassages(List.of(text, "Something else entirely, and longer too.", text));
        assertArrayEquals(v.get(0).vector(), v.get(2).vector());
        assertArrayEquals(v.get(0).vector(), embedder.embedPassages(List.of(text)).getFirst().vector());
    }

    @Test
    void aListGivesTheVectorsOfItsTextsOneByOne() {
        List<String> texts = List.of("Short.", "A much longer sentence about the reform of the Security Council.",
                "", "Debt relief for the poorest countries was discussed at length by the committee.");
        List<Embedding> together = embedder.embedPassages(texts);
        assertEquals(texts.size(), together.size());
        for (int i = 0; i < texts.size(); i++) {
            float[] alone = embedder.embedPassages(List.of(texts.get(i))).getFirst().vector();
            assertArrayEquals(alone, together.get(i).vector(), 1e-5f, texts.get(i));
        }
    }

    @Test
    void aModelNotInTheBuildGetsOneSentence() {
        EmbeddingModel missing = new EmbeddingModel("nowhere", "/no/such.onnx", "/no/such.json", 8, 16, "", "");
        try (SentenceEmbedder e = Embedders.open(missing)) {
            RapporteurException ex = assertThrows(RapporteurException.class, () -> e.embedQuery("x"));
            assertEquals("The embedding model nowhere is not part of this build (/no/such.onnx is missing).",
                    ex.getMessage());
        }
    }

    private static double norm(float[] v) {
        return Math.sqrt(dot(v, v));
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }
}
