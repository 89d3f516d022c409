package org.rapporteur.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.QuerySyntaxException;
import org.rapporteur.model.SearchRequest;

/**
 * Thousands of random and hostile query strings against the translator and searcher: each one either searches or is
 * refused with a {@link QuerySyntaxException} whose position lies in the query and whose message names no library
 * class. Anything else — a StackOverflowError, a raw Lucene exception, a hang — fails the test with the query.
 * Runs on a thread with a 512 KB stack, half the default, so the limits hold with room to spare.
 */
class QueryFuzzTest {
    /** Pieces of the query language and its edge cases, glued at random. */
    private static final String[] PIECES = {
            "(", ")", "(", ")", "\"", "[", "]", "{", "}", "/", "\\", "^", "~", "*", "?", ":", "+", "-", "!", " ",
            " ", " ", " AND ", " OR ", " NOT ", "&&", "||", "AND", "speaker:", "year:", "text:", "country:", "tag:",
            "nope:", "*:", "militants", "border", "security", "securty", "trade", "the", "sáo", "TO", " TO ", "1",
            "2", "0.5", "1e30", "99999999999999999999", "-1", ".", "|", "{3}", "{2,}", "{999999}", ".*", "@", "#",
            "<1-99999999999>", "~2", "~1.5", "^2", "^-1", "^1e30", "\t", "\n", "\u3000", "\u0000", "\uD83D\uDE00",
            "\uD83D", "x-y-z", "a.b.c", "'", "&", "%", "$", "=", ">", "<", ",", ";", "[* TO *]", "{a TO b}",
            "year:[2020 TO 2024]", "year:[x TO 2]", "/(a|b)*a(a|b){4}/", "\\/", "\\\"", "\\\\"};

    private static final String SYNTAX = "()[]{}\"/\\^~*?:+-! aeistAND";

    @Test
    void noQueryStringCrashesTheSearch() throws Exception {
        List<String> queries = new ArrayList<>(adversarial());
        Random random = new Random(20_261_203L); // fixed: a failure names its query and is reproducible
        for (int i = 0; i < 3_000; i++) {
            queries.add(random.nextInt(4) == 0 ? randomChars(random) : randomPieces(random));
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int[] refused = {0};
        Thread worker = new Thread(null, () -> {
            try (ClaimIndex index = QueryFixture.index()) {
                for (String q : queries) {
                    try {
                        index.corpus().search(SearchRequest.of(q, 5));
                    } catch (QuerySyntaxException e) {
                        refused[0]++;
                        String shown = abbreviate(q);
                        assertTrue(e.position() >= 0 && e.position() <= q.length(),
                                "position " + e.position() + " outside the query " + shown);
                        assertFalse(e.getMessage().matches("(?s).*\\b(org\\.apache|java\\.lang|Exception)\\b.*"),
                                "library text in: " + e.getMessage());
                        assertTrue(e.excerpt().text().length() <= 84, e.excerpt().text());
                    } catch (Throwable t) {
                        throw new AssertionError("query " + abbreviate(q) + " crashed: " + t, t);
                    }
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "query-fuzz", 512 * 1024);
        worker.start();
        worker.join(120_000);
        assertFalse(worker.isAlive(), "the fuzz run hung");
        if (failure.get() != null) {
            throw new AssertionError(failure.get().getMessage(), failure.get());
        }
        // both outcomes occur, or the generator tests nothing
        assertTrue(refused[0] > 100 && refused[0] < queries.size() - 100, "refused " + refused[0]);
    }

    private static List<String> adversarial() {
        List<String> out = new ArrayList<>();
        for (int n : new int[] {99, 100, 101, 1_000, 5_000, 50_000}) {
            out.add("(".repeat(n) + "border" + ")".repeat(n));
            out.add("(".repeat(n));
            out.add(")".repeat(n));
            out.add("speaker:(".repeat(n) + "x");
            out.add("+".repeat(n) + "border");
            out.add("-(".repeat(n) + "border");
            out.add("\"".repeat(n));
            out.add("/" + "(".repeat(n) + "a" + ")".repeat(n) + "/");
            out.add("/" + "a|".repeat(n) + "a/");
            out.add("/" + "a".repeat(n) + "/");
            out.add("border^" + "9".repeat(n));
            out.add("border~" + "9".repeat(n));
            out.add("\"border trade\"~" + "9".repeat(n));
            out.add("a".repeat(n) + "~");
            out.add("a".repeat(n) + "*");
            out.add("a*".repeat(n));
            out.add("a?".repeat(Math.min(n, 200)));
            out.add(IntStream.range(0, n).mapToObj(i -> "w" + i).collect(Collectors.joining(" ")));
            out.add(IntStream.range(0, n).mapToObj(i -> "bord" + i % 10 + "~").collect(Collectors.joining(" OR ")));
            out.add(IntStream.range(0, n).mapToObj(i -> "x" + i).collect(Collectors.joining("-")));
            out.add("\"" + IntStream.range(0, n).mapToObj(i -> "w" + i).collect(Collectors.joining(" ")) + "\"");
            out.add("[" + "a".repeat(n) + " TO " + "b".repeat(n) + "]");
            out.add("year:[" + "9".repeat(n) + " TO *]");
        }
        out.addAll(List.of("/(a{100}){100}/", "/a{99999999}/", "/(.*a){20}/", "/[a-z/", "/a{2,1}/", "/\\/", "/<1-9999999999999>/",
                "/(a|b)*a(a|b){12}/", "/~(a)/", "/a&b/", "//", "/", "\\", "*", "*:*", "?", "~", "^", "^2", ":", "a:", ":a", "a::b",
                "security^1e30", "security^0", "security^1000", "security^1000.0001", "a^2^3", "a~2~2", "a~1^2~1",
                "\"\"", "\"a\"~", "[", "[a TO", "{a TO b]", "year:abc", "year:[* TO *]", "NOT", "AND OR NOT",
                "!!!!", "&&&&", "||", "-", "+-+-", "\u0000\u0000", "\uD83D", "a\\", "speaker:\\", "tag:/x/"));
        return out;
    }

    private static String randomPieces(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(25);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    private static String randomChars(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(40);
        for (int i = 0; i < n; i++) {
            sb.append(r.nextInt(3) == 0 ? (char) r.nextInt(0x3000) : SYNTAX.charAt(r.nextInt(SYNTAX.length())));
        }
        return sb.toString();
    }

    private static String abbreviate(String q) {
        return q.length() <= 120 ? "'" + q + "'" : "'" + q.substring(0, 120) + "…' (" + q.length() + " chars)";
    }
}
