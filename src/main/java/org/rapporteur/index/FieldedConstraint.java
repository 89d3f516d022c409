package org.rapporteur.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * What a translated query demands of a claim beyond its words: the query with every clause on the claim text taken
 * as satisfied. A claim found by meaning has to pass it, so {@code security AND speaker:Babar} finds by meaning only
 * claims of Babar, {@code year:[2020 TO 2024] climate} only claims of those years, and {@code refugees NOT camps}
 * no claim that says "camps". The rules follow boolean logic with text clauses read as "true":
 * <ul>
 *   <li>required clauses: each is reduced the same way, text ones vanish;</li>
 *   <li>prohibited clauses stay as they are, words included (a NOT is a wish to exclude);</li>
 *   <li>optional clauses (an OR) count only where the query has no required clause; a disjunction with a text
 *   clause in it is satisfied ({@code refugees OR speaker:Babar} restricts nothing);</li>
 *   <li>any other query that touches the claim text is satisfied, one that does not is kept.</li>
 * </ul>
 */
final class FieldedConstraint {
    private static final Set<String> TEXT_FIELDS = Set.of(IndexField.TEXT.name, IndexField.WORDS.name);

    private FieldedConstraint() {
    }

    /** The constraint, or {@code null} when the query demands nothing beyond its words. */
    static Query of(Query q) {
        if (q == null || q instanceof MatchAllDocsQuery) {
            return null;
        }
        if (q instanceof BoostQuery b) {
            return of(b.getQuery());
        }
        if (q instanceof ConstantScoreQuery c) {
            return of(c.getQuery());
        }
        if (q instanceof BooleanQuery bq) {
            return ofBoolean(bq);
        }
        // a fuzzy word that met no word of the index: the words found nothing, meaning may
        if (q instanceof MatchNoDocsQuery || touchesText(q)) {
            return null;
        }
        return q;
    }

    private static Query ofBoolean(BooleanQuery bq) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean required = false;
        boolean positive = false;
        boolean any = false;
        boolean optionalSatisfied = false;
        List<Query> optional = new ArrayList<>();
        for (BooleanClause c : bq.clauses()) {
            switch (c.occur()) {
                case MUST, FILTER -> {
                    required = true;
                    Query x = of(c.query());
                    if (x != null) {
                        b.add(x, BooleanClause.Occur.FILTER);
                        positive = true;
                        any = true;
                    }
                }
                case MUST_NOT -> {
                    b.add(c.query(), BooleanClause.Occur.MUST_NOT);
                    any = true;
                }
                case SHOULD -> {
                    Query x = of(c.query());
                    if (x == null) {
                        optionalSatisfied = true;
                    } else {
                        optional.add(x);
                    }
                }
            }
        }
        boolean optionalCounts = !required || bq.getMinimumNumberShouldMatch() > 0;
        if (optionalCounts && !optionalSatisfied && !optional.isEmpty()) {
            BooleanQuery.Builder or = new BooleanQuery.Builder();
            optional.forEach(x -> or.add(x, BooleanClause.Occur.SHOULD));
            or.setMinimumNumberShouldMatch(Math.max(1, bq.getMinimumNumberShouldMatch()));
            b.add(or.build(), BooleanClause.Occur.FILTER);
            positive = true;
            any = true;
        }
        if (!any) {
            return null;
        }
        if (!positive) {
            b.add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.FILTER); // only exclusions: all claims but those
        }
        return b.build();
    }

    private static boolean touchesText(Query q) {
        Set<String> fields = new HashSet<>();
        q.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return false;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return fields.stream().anyMatch(TEXT_FIELDS::contains);
    }
}
