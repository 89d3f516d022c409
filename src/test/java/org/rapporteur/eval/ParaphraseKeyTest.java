package org.rapporteur.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapporteur.index.EnglishTextAnalyzer;
import org.rapporteur.model.Token;
import org.rapporteur.testing.SharedData;

/**
 * The paraphrase key is what it claims to be: 80 claims spread over the samples, the dev corpus and UN speeches of
 * many decades, every locator still pointing at its quote, and no query sharing a content-word stem with its quote as
 * the index analyses both (stop words removed, Porter stems), so a lexical search cannot find a claim by its words.
 */
class ParaphraseKeyTest {
    private static ParaphraseKey key;
    private static Path shared;

    @BeforeAll
    static void load() {
        shared = SharedData.root();
        key = ParaphraseKey.load();
    }

    @Test
    void holdsEightyClaimsFromAllThreeCorporaAndUnSpeechesOfManyDecadesAndCountries() {
        assertEquals(80, key.entries().size());
        Map<String, Long> perCorpus = key.entries().stream()
                .collect(Collectors.groupingBy(ParaphraseKey.Entry::corpus, TreeMap::new, Collectors.counting()));
        assertEquals(Set.of("corpus", "devcorpus", "ungdc"), perCorpus.keySet(), "corpora: " + perCorpus);
        perCorpus.forEach((corpus, n) -> assertTrue(n >= 15, corpus + " has only " + n + " claims: " + perCorpus));
        List<String> speeches = key.entries().stream().filter(e -> e.corpus().equals("ungdc"))
                .map(ParaphraseKey.Entry::file).toList();
        assertEquals(speeches.size(), new HashSet<>(speeches).size(), "one claim per UN speech");
        Set<String> decades = speeches.stream().map(f -> f.replaceAll(".*_(\\d{3})\\d\\.txt$", "$1")).collect(Collectors.toSet());
        Set<String> countries = speeches.stream().map(f -> f.replaceAll(".*/([A-Z]{3})_.*", "$1")).collect(Collectors.toSet());
        assertTrue(decades.size() >= 6, "UN speeches of only these decades: " + decades);
        assertTrue(countries.size() >= speeches.size() * 3 / 4, "UN speeches of only these countries: " + countries);
    }

    @Test
    void everyLocatorResolvesToAQuoteOfEightToTwentyFiveWordsInsideOneSentence() {
        Set<String> quotes = new HashSet<>();
        for (ParaphraseKey.Entry e : key.entries()) {
            String quote = ParaphraseKey.normalised(e.quote(shared));
            int words = quote.split(" ").length;
            assertTrue(words >= 8 && words <= 25, e.file() + ": " + words + " words");
            assertTrue(!quote.matches(".*[.?!] +[A-Z].*"), e.file() + ": the quote spans two sentences");
            assertTrue(quotes.add(quote), e.file() + ": the same claim twice");
        }
    }

    @Test
    void noQuerySharesAContentWordStemWithItsQuote() {
        EnglishTextAnalyzer analyzer = new EnglishTextAnalyzer();
        List<String> overlaps = new ArrayList<>();
        Set<String> queries = new HashSet<>();
        for (ParaphraseKey.Entry e : key.entries()) {
            Set<String> quoteStems = stems(analyzer, e.quote(shared));
            Set<String> queryStems = stems(analyzer, e.query());
            assertTrue(queryStems.size() >= 2, "a query of fewer than two content words: " + e.query());
            assertTrue(queries.add(e.query()), "the same query twice: " + e.query());
            queryStems.retainAll(quoteStems);
            if (!queryStems.isEmpty()) {
                overlaps.add(e.file() + " \"" + e.query() + "\" shares " + queryStems);
            }
        }
        assertEquals(List.of(), overlaps);
    }

    private static Set<String> stems(EnglishTextAnalyzer analyzer, String text) {
        return analyzer.analyze(text).stream().map(Token::term).collect(Collectors.toCollection(HashSet::new));
    }
}
