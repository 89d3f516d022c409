package org.rapporteur.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.testing.SharedData;

/** The meaning evaluation's corpus: a fixed set of distractor speeches beside the key's, linked, never copied. */
class MeaningEvalCorpusTest {
    @TempDir
    Path tmp;

    @Test
    void distractorsAreAboutTwoHundredFiftySpeechesOfTwentyFiveSessionsWithoutTheKeys() {
        Path shared = SharedData.root();
        Set<String> keySpeeches = MeaningEvalCorpus.keySpeeches(ParaphraseKey.load());
        List<String> distractors = MeaningEvalCorpus.distractors(shared, keySpeeches);
        assertEquals(20, keySpeeches.size());
        assertTrue(distractors.size() >= 240 && distractors.size() <= 250, distractors.size() + " distractors");
        assertEquals(distractors.size(), new HashSet<>(distractors).size());
        assertTrue(distractors.stream().noneMatch(keySpeeches::contains));
        assertEquals(25, distractors.stream().map(d -> d.substring(0, 4)).distinct().count());
        assertEquals(distractors, MeaningEvalCorpus.distractors(shared, keySpeeches), "the same set every time");
    }

    @Test
    void laysOutTheSpeechesAsLinksBesideTheSpeakersFile() throws Exception {
        Path shared = SharedData.root();
        List<Path> roots = MeaningEvalCorpus.roots(shared, tmp, Set.of("1948/IND_03_1948.txt"));
        assertEquals(3, roots.size());
        Path speech = tmp.resolve("ungdc/speeches/1948/IND_03_1948.txt");
        assertTrue(Files.isSymbolicLink(speech));
        assertTrue(Files.isSymbolicLink(tmp.resolve("ungdc/speakers.csv")));
        assertEquals(Files.readString(shared.resolve("ungdc/speeches/1948/IND_03_1948.txt")), Files.readString(speech));
        MeaningEvalCorpus.roots(shared, tmp, Set.of("1948/IND_03_1948.txt")); // a second run keeps the links
    }
}
