package org.rapporteur.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.rapporteur.model.Highlight;

/**
 * Highlights for the common queries made of words alone (terms, fuzzy terms' synonym groups, AND/OR/NOT of them), by
 * analysing each hit's text once and marking the tokens that are query words. The UnifiedHighlighter finds the same
 * marks through the query's weight, which it builds again for every hit: for a query of 300 words that is 300 term
 * lookups per hit, 60,000 for a page (ADR 0018). Here the cost is the length of the page's text, whatever the number
 * of words.
 *
 * <p>Only for query shapes where "the word occurs in the hit" is exactly "the highlighter would mark it": a word
 * directly under the query, under required clauses of a query the hit matches, or under optional clauses of plain
 * disjunctions. A word under a nested AND that is itself optional (it may not match although the word occurs), under a
 * nested NOT, phrases and patterns: {@link #wordsOf} answers null and the UnifiedHighlighter marks them.
 */
final class WordHighlights {
    /** The highlighter's own limit: text past it is not marked. */
    static final int MAX_LENGTH = 100_000;

    private WordHighlights() {
    }

    /** The claim-text terms to mark, or null when the query's shape needs the UnifiedHighlighter. */
    static Set<String> wordsOf(Query q) {
        Set<String> words = new HashSet<>();
        return collect(q, true, words) ? words : null;
    }

    /**
     * @param matched whether every hit is known to match {@code q} (the query itself, a required clause of such a
     *                query): then all its required and optional clauses that match a hit are marked
     */
    private static boolean collect(Query q, boolean matched, Set<String> into) {
        if (q instanceof BoostQuery b) {
            return collect(b.getQuery(), matched, into);
        }
        if (q instanceof TermQuery t) {
            if (t.getTerm().field().equals(IndexField.TEXT.name)) {
                into.add(t.getTerm().text());
            }
            return true;
        }
        if (q instanceof SynonymQuery s) {
            if (s.getField().equals(IndexField.TEXT.name)) {
                for (Term t : s.getTerms()) {
                    into.add(t.text());
                }
            }
            return true;
        }
        if (q instanceof BooleanQuery bq) {
            boolean plainDisjunction = bq.getMinimumNumberShouldMatch() <= 1
                    && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD);
            if (!matched && !plainDisjunction) {
                return false; // may not match a hit in which its words occur
            }
            for (BooleanClause c : bq.clauses()) {
                boolean ok = switch (c.occur()) {
                    case MUST_NOT -> true; // never marked
                    case MUST, FILTER -> collect(c.query(), matched, into);
                    case SHOULD -> collect(c.query(), false, into);
                };
                if (!ok) {
                    return false;
                }
            }
            return true;
        }
        return !searchesClaimText(q); // a year range, a speaker pattern: nothing to mark in the text
    }

    private static boolean searchesClaimText(Query q) {
        boolean[] text = {false};
        q.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                if (field.equals(IndexField.TEXT.name) || field.equals(IndexField.WORDS.name)) {
                    text[0] = true;
                }
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return text[0];
    }

    /** The ranges of {@code text} whose tokens (as the claim-text field analyses them) are in {@code words}. */
    static List<Highlight> mark(Analyzer analyzer, String text, Set<String> words) {
        List<Highlight> out = new ArrayList<>();
        if (words.isEmpty()) {
            return out;
        }
        List<int[]> spans = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(IndexField.TEXT.name, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (offset.endOffset() <= MAX_LENGTH && words.contains(term.toString())) {
                    spans.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a String does no I/O
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        // as HighlightRanges joins the highlighter's matches: overlapping or touching ranges become one
        for (int[] s : spans) {
            if (!out.isEmpty() && s[0] <= out.getLast().end()) {
                Highlight last = out.removeLast();
                out.add(new Highlight(last.start(), Math.max(last.end(), s[1])));
            } else {
                out.add(new Highlight(s[0], s[1]));
            }
        }
        return out;
    }
}
