package org.rapporteur.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SearchResult;

/**
 * Fuzzy and pattern terms compare the words as written, and the highlighter marks exactly the words they matched.
 * Fixture sentences: "Economic security and human security …", "The securities regulator warned that insecurity …",
 * "Sáo Paulo hosted the Security Council's …", "A secure supply of water …".
 */
class WordsAsWrittenTest {
    private static ClaimIndex index;

    @BeforeAll
    static void open() {
        index = QueryFixture.index();
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static Set<String> ids(String query) {
        return index.corpus().search(SearchRequest.of(query, 50)).hits().stream().map(h -> h.record().claim().id())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every marked word of every hit, lower case, sorted. */
    private static Set<String> marked(String query) {
        SearchResult r = index.corpus().search(SearchRequest.of(query, 50));
        Set<String> out = new TreeSet<>();
        for (ClaimHit h : r.hits()) {
            String text = h.record().claim().text();
            h.highlights().forEach(x -> out.add(text.substring(x.start(), x.end()).toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    @Test
    void aTypoFindsWhatTheWordFinds() {
        Set<String> security = ids("security");
        assertEquals(4, security.size(), "security, securities, Security and secure share the stem");
        assertEquals(security, ids("securty~1"));
        assertTrue(ids("security~").containsAll(security));
        assertTrue(ids("secruity~2").containsAll(security), "a transposition is one edit");
        assertEquals(Set.of(), ids("securty"), "without the mark a typo is a typo");
    }

    @Test
    void aFuzzyTermMarksTheWordsItStandsFor() {
        assertEquals(Set.of("secure", "securities", "security"), marked("securty~1"));
        assertEquals(Set.of("militants"), marked("militans~1"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            securi*      | securities, security
            secur?ty     | security
            '/secur(e|ity)/' | secure, security
            /SECUR.*/    | secure, securities, security
            sao*         | sáo
            """)
    void patternsMatchAndMarkWordsAsWritten(String query, String words) {
        // "sao*" meets the folded "sáo", which is marked as the claim writes it
        Set<String> expected = new TreeSet<>(List.of(words.split(",\\s*")));
        assertEquals(expected, marked(query), query);
    }

    @Test
    void phrasesAndPlainWordsStillUseStems() {
        assertEquals(1, ids("\"human securities\"").size());
        assertEquals(ids("militant"), ids("militants"));
    }

    @Test
    void fuzzyNamesAreMatchedToo() {
        assertEquals(ids("speaker:Rauf"), ids("speaker:Ruaf~1"));
    }
}
