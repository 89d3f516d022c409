package org.rapporteur.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.model.QuerySyntaxException;
import org.rapporteur.model.SearchRequest;

/** Each limit of the query language refuses at the fault, with a message that says what to change, and no sooner. */
class QueryLimitsTest {
    private static ClaimIndex index;

    @BeforeAll
    static void open() {
        index = QueryFixture.index();
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static QuerySyntaxException refused(String query) {
        return assertThrows(QuerySyntaxException.class, () -> index.corpus().search(SearchRequest.of(query, 10)), query);
    }

    private static long hits(String query) {
        return index.corpus().search(SearchRequest.of(query, 10)).total();
    }

    @Test
    void parenthesesNestUpToTheLimitAndTheFirstDeeperOneIsTheFault() {
        assertEquals(1, hits("(".repeat(QueryLimits.MAX_DEPTH) + "militants" + ")".repeat(QueryLimits.MAX_DEPTH)));
        String deep = "(".repeat(5_000) + "security" + ")".repeat(5_000);
        QuerySyntaxException e = refused(deep);
        assertEquals(QueryLimits.MAX_DEPTH, e.position(), "the 101st parenthesis");
        assertTrue(e.getMessage().contains("nests parentheses 5,000 deep; the limit is 100"), e.getMessage());
        // parentheses inside phrases, regular expressions and ranges are not nesting
        assertEquals(0, hits("\"" + "(".repeat(500) + "\""));
    }

    @Test
    void termsUpToTheLimitSearchAndTheNextOneIsTheFault() {
        String words = IntStream.range(0, QueryLimits.MAX_TERMS).mapToObj(i -> "w" + i)
                .collect(Collectors.joining(" OR "));
        assertEquals(0, hits(words));
        String many = IntStream.range(0, 12_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR "));
        QuerySyntaxException e = refused(many);
        assertEquals(many.indexOf("w1000 "), e.position());
        assertTrue(e.getMessage().contains("query has 12,000 terms; the limit is 1,000"), e.getMessage());
    }

    @Test
    void oneCompoundWordSplittingIntoTooManyWordsIsRefusedAtThatWord() {
        String compound = IntStream.range(0, 2_000).mapToObj(i -> "x" + i).collect(Collectors.joining("-"));
        QuerySyntaxException e = refused("border " + compound);
        assertEquals(7, e.position());
        assertTrue(e.getMessage().contains("more than 1,000 words"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            security^1e30       | 8  | boost '^1e30' is not a plain number
            security^5000       | 8  | boost 5000 is above the limit of 1,000
            security^1.5.2      | 8  | boost '^1.5.2' is not a plain number
            border~-1           | 6  | the fuzzy mark '~-1' must be ~, ~1 or ~2
            border~1.5          | 6  | the fuzzy mark '~1.5' must be ~, ~1 or ~2
            '"trade india"~-3'  | 13 | the distance '~-3' after a phrase
            *ecurity            | 0  | a term cannot start with * or ?
            trade /[a-z/        | 11 | the regular expression is not valid: expected ']'
            /a{99999999}/       | 2  | repeats spell out more than 10,000 characters
            /(a{1000}){1000}/   | 10 | repeats spell out more than 10,000 characters
            '/(a|b)*a(a|b){30}/' | 0 | this pattern is too complex to search
            trade speker:Rauf   | 6  | unknown field 'speker'
            """)
    void refusedAtTheFault(String query, int position, String message) {
        QuerySyntaxException e = refused(query);
        assertEquals(position, e.position(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void boostsInsideTheRangeStillOrderTheHits() {
        assertEquals(2, hits("border^1000 OR trade^0.5"));
        assertEquals(2, hits("border^0 OR trade"));
    }

    @Test
    void regularExpressionsNestAndRepeatWithinLimits() {
        String nested = "(".repeat(QueryLimits.MAX_REGEX_DEPTH) + "secur" + ")".repeat(QueryLimits.MAX_REGEX_DEPTH);
        assertTrue(hits("/" + nested + ".*/") > 0);
        QuerySyntaxException deep = refused("/" + "(".repeat(5_000) + "a" + ")".repeat(5_000) + "/");
        assertTrue(deep.getMessage().contains("a regular expression can be at most 255 characters"),
                deep.getMessage());
        QuerySyntaxException groups = refused("/" + "(".repeat(30) + "a" + ")".repeat(30) + "/");
        assertEquals(1 + QueryLimits.MAX_REGEX_DEPTH, groups.position());
        assertTrue(groups.getMessage().contains("nests its groups too deep; the limit is 20 levels"),
                groups.getMessage());
    }

    @Test
    void aFuzzyWordLongerThanAnyWordIsRefused() {
        QuerySyntaxException e = refused("trade " + "a".repeat(300) + "~1");
        assertEquals(6, e.position());
        assertTrue(e.getMessage().contains("a fuzzy word can be at most 255 characters"), e.getMessage());
    }

    @Test
    void aLongQueryIsEchoedOnlyAroundTheFault() {
        String deep = "(".repeat(5_000) + "security" + ")".repeat(5_000);
        QuerySyntaxException e = refused(deep);
        QuerySyntaxException.Excerpt around = e.excerpt();
        assertTrue(around.text().length() < 100, around.text());
        assertEquals('(', around.text().charAt(around.caret()));
        assertEquals(2, e.pointer().lines().count(), "excerpt and caret line");
    }
}
