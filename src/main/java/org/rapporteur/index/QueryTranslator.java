package org.rapporteur.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.rapporteur.model.QuerySyntaxException;

/**
 * The user's query language: Lucene's classic syntax (AND/OR/NOT, "phrases", "proximity"~3, wild*, fuzzy~) over claim
 * text, with the fields {@code speaker: country: theme: tag: report: section: org: publisher: region: kind:
 * attributedTo: speakerCountry: year:} ({@code year:2022}, {@code year:[2020 TO 2024]}). Terms are AND-ed by default: analysts
 * narrow down. Errors become {@link QuerySyntaxException}s that say where the query broke.
 *
 * <p>No query string may crash it: {@link QueryLimits} checks nesting, term count, boosts and patterns before the
 * parser runs, and every term the parser builds is built inside {@link FieldMappingParser#term}, which turns what
 * Lucene throws (a regular expression it cannot compile, too many clauses) into an error at that term. Fuzzy, wildcard,
 * prefix and regular-expression terms on claim text run on the words as written ({@link IndexField#WORDS}; ADR 0011);
 * fuzzy ones read those words from the searcher, so a translated query belongs to the searcher it was made with.
 */
final class QueryTranslator {
    /** Query-language field names and the index fields they search. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("text", IndexField.TEXT.name),
            Map.entry("speaker", IndexField.SPEAKER.name),
            Map.entry("country", IndexField.COUNTRY.name),
            Map.entry("speakercountry", IndexField.SPEAKER_COUNTRY.name),
            Map.entry("theme", IndexField.THEME.name),
            Map.entry("tag", IndexField.TAG.name),
            Map.entry("codedby", IndexField.CODED_BY.name),
            Map.entry("report", IndexField.REPORT.name),
            Map.entry("section", IndexField.SECTION.name),
            Map.entry("org", IndexField.ORG.name),
            Map.entry("organisation", IndexField.ORG.name),
            Map.entry("publisher", IndexField.PUBLISHER.name),
            Map.entry("region", IndexField.REGION.name),
            Map.entry("kind", IndexField.KIND.name),
            Map.entry("attributedto", IndexField.ATTRIBUTED_TO.name),
            Map.entry("year", IndexField.YEAR.name),
            Map.entry("id", IndexField.ID.name));

    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
    private static final Pattern REGEX_OFFSET = Pattern.compile(" at position (\\d+)");

    private final Analyzer analyzer;

    QueryTranslator(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** A blank query matches every claim. */
    Query translate(String query, IndexSearcher searcher) {
        return translate(query, searcher, org.rapporteur.model.SpeakerGroups.NONE);
    }

    /** As above; a {@code speaker:} name of a person known under several names finds all of them (ADR 0021). */
    Query translate(String query, IndexSearcher searcher, org.rapporteur.model.SpeakerGroups groups) {
        if (query == null || query.isBlank()) {
            return MatchAllDocsQuery.INSTANCE;
        }
        List<QueryScanner.Token> tokens = QueryLimits.check(query);
        FieldMappingParser parser = new FieldMappingParser(query, tokens, analyzer, searcher, groups);
        try {
            return parser.parse(query);
        } catch (ParseException wrapped) {
            // QueryParserBase.parse wraps the real ParseException or TokenMgrError; the original knows the position.
            Throwable e = wrapped.getCause() == null ? wrapped : wrapped.getCause();
            if (e instanceof IndexSearcher.TooManyClauses) {
                throw parser.tooManyWords();
            }
            if (e instanceof ParseException pe) {
                throw new QuerySyntaxException(query, known(position(query, pe), parser), describe(pe), wrapped);
            }
            throw new QuerySyntaxException(query, known(position(query, e), parser), lexicalProblem(query), wrapped);
        } catch (StackOverflowError e) {
            // QueryLimits keeps nesting far below this; should a form of nesting it does not know get through, the
            // analyst still gets an answer, not a trace
            throw new QuerySyntaxException(query, Math.max(0, parser.termStart()),
                    "query nests too deep to be read; use fewer parentheses", null);
        }
    }

    /** An unknown position becomes the term being read when the parser failed, else the start: never "nowhere". */
    private static int known(int position, FieldMappingParser parser) {
        return position >= 0 ? position : Math.max(0, parser.termStart());
    }

    private static String describe(ParseException e) {
        if (e.currentToken != null && e.currentToken.next != null) {
            String found = e.currentToken.next.image;
            if (found == null || found.isEmpty()) {
                return "the query ends too early (a term is missing after an operator or field)";
            }
            return "unexpected '" + found + "'";
        }
        String m = e.getMessage();
        return m == null ? "cannot parse" : m.replaceFirst("(?s)^Cannot parse '.*': ", "");
    }

    private static String lexicalProblem(String query) {
        if (query.chars().filter(ch -> ch == '"').count() % 2 == 1) {
            return "a quotation mark is not closed";
        }
        return "unexpected character or end of query";
    }

    private static int position(String query, Throwable e) {
        if (e instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null) {
            int col = pe.currentToken.next.beginColumn;
            if (pe.currentToken.next.image == null || pe.currentToken.next.image.isEmpty()) {
                return query.length();
            }
            return Math.max(0, Math.min(query.length(), col - 1));
        }
        if (query.chars().filter(ch -> ch == '"').count() % 2 == 1) {
            return query.lastIndexOf('"');
        }
        Matcher m = COLUMN.matcher(String.valueOf(e.getMessage()));
        if (m.find()) {
            try {
                return Math.max(0, Math.min(query.length(), Integer.parseInt(m.group(1)) - 1));
            } catch (NumberFormatException tooLong) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Maps the query-language field names onto index fields, rejects unknown fields with their position, and builds
     * every term through {@link #term}, which knows the term's position from the scanner's tokens (the parser calls
     * back once per term, in order) and counts the clauses the query grows to.
     */
    private static final class FieldMappingParser extends QueryParser {
        private final String query;
        private final List<QueryScanner.Token> terms;
        private final IndexSearcher searcher;
        private int nextTerm;
        private QueryScanner.Token current;
        /** Callbacks re-enter each other (a phrase with a slop calls the plain phrase one): count the outer one. */
        private int nesting;
        private long clauses;
        private final Map<String, Query> fuzzyTerms = new java.util.HashMap<>();

        private final org.rapporteur.model.SpeakerGroups groups;

        FieldMappingParser(String query, List<QueryScanner.Token> tokens, Analyzer analyzer, IndexSearcher searcher,
                           org.rapporteur.model.SpeakerGroups groups) {
            super(IndexField.TEXT.name, analyzer);
            this.groups = groups;
            this.query = query;
            this.terms = tokens.stream().filter(QueryScanner.Token::isTerm).toList();
            this.searcher = searcher;
            setDefaultOperator(Operator.AND);
            setSplitOnWhitespace(true);
            setAllowLeadingWildcard(false);
        }

        /** Start of the term being built (or last built), -1 before the first. */
        int termStart() {
            return current == null ? -1 : current.start();
        }

        @FunctionalInterface
        private interface TermBuilder {
            Query build() throws ParseException, IOException;
        }

        private Query term(TermBuilder builder) throws ParseException {
            boolean outer = nesting++ == 0;
            if (outer) {
                current = nextTerm < terms.size() ? terms.get(nextTerm) : current;
                nextTerm++;
            }
            try {
                Query q = builder.build();
                if (outer && q != null) {
                    spend(q);
                }
                return q;
            } catch (IndexSearcher.TooManyClauses e) {
                throw tooManyWords();
            } catch (TooComplexToDeterminizeException e) {
                throw new QuerySyntaxException(query, termStart(), "this pattern is too complex to search (it "
                        + "would take too much work to compile); simplify it, e.g. fewer .* or alternatives", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ParseException e) {
                throw new QuerySyntaxException(query, Math.max(0, termStart()), plain(e.getMessage()), e);
            } catch (IllegalArgumentException e) {
                throw new QuerySyntaxException(query, faultIn(e.getMessage()), plain(e.getMessage()), e);
            } finally {
                nesting--;
            }
        }

        /** Counts leaf clauses the way Lucene's clause limit does, so the limit is met here, at a term. */
        private void spend(Query q) {
            long[] n = {0};
            q.visit(new QueryVisitor() {
                @Override
                public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                    return this;
                }

                @Override
                public void visitLeaf(Query query) {
                    n[0]++;
                }

                /** A phrase searches each of its words; a synonym group (a fuzzy term) is one word. */
                @Override
                public void consumeTerms(Query query, Term... terms) {
                    n[0] += query instanceof SynonymQuery ? 1 : terms.length;
                }

                @Override
                public void consumeTermsMatching(Query query, String field,
                                                 java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
                    n[0]++;
                }
            });
            clauses += n[0];
            if (clauses > QueryLimits.MAX_TERMS) {
                throw tooManyWords();
            }
        }

        QuerySyntaxException tooManyWords() {
            return new QuerySyntaxException(query, Math.max(0, termStart()), "query searches more than "
                    + QueryLimits.number(QueryLimits.MAX_TERMS) + " words once its compound words are split (the "
                    + "limit is passed here); use fewer terms");
        }

        /** A regular expression's error names an offset in its body: the position in the query is one past the slash. */
        private int faultIn(String lucene) {
            int at = Math.max(0, termStart());
            Matcher m = REGEX_OFFSET.matcher(String.valueOf(lucene));
            if (current != null && current.kind() == QueryScanner.Kind.REGEX && m.find()) {
                try {
                    return Math.min(current.end() - 1, current.start() + 1 + Integer.parseInt(m.group(1)));
                } catch (NumberFormatException e) {
                    return at;
                }
            }
            return at;
        }

        private String plain(String lucene) {
            if (lucene == null) {
                return "this term cannot be searched";
            }
            if (lucene.contains("not allowed as first character")) {
                return "a term cannot start with * or ?; put at least one letter before them";
            }
            Matcher at = REGEX_OFFSET.matcher(lucene);
            if (current != null && current.kind() == QueryScanner.Kind.REGEX && at.find()) {
                return "the regular expression is not valid: " + at.replaceFirst("");
            }
            return current != null && current.kind() == QueryScanner.Kind.REGEX
                    ? "the regular expression is not valid: " + lucene : lucene;
        }

        private String map(String field) {
            if (field.equals(IndexField.TEXT.name)) {
                return field;
            }
            String mapped = FIELDS.get(field.toLowerCase(Locale.ROOT));
            if (mapped == null) {
                int at = query.indexOf(field + ":");
                throw new QuerySyntaxException(query, at >= 0 ? at : Math.max(0, termStart()), "unknown field '"
                        + field + "' (known: speaker, country, speakerCountry, theme, tag, report, section, org, "
                        + "region, kind, attributedTo, year)");
            }
            return mapped;
        }

        /** Patterns and fuzzy words on claim text compare words as written, not stems (ADR 0011). */
        private String asWritten(String field) {
            String f = map(field);
            return f.equals(IndexField.TEXT.name) ? IndexField.WORDS.name : f;
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            return term(() -> {
                String f = map(field);
                if (f.equals(IndexField.YEAR.name)) {
                    return IntPoint.newExactQuery(f, year(queryText));
                }
                if (f.equals(IndexField.SPEAKER.name) && quoted) {
                    List<String> names = groups.namesOf(queryText);
                    if (!names.isEmpty()) {
                        return anyName(f, names);
                    }
                }
                return super.getFieldQuery(f, queryText, quoted);
            });
        }

        /** Any of a person's names, each as a phrase. */
        private Query anyName(String field, List<String> names) throws ParseException {
            org.apache.lucene.search.BooleanQuery.Builder any = new org.apache.lucene.search.BooleanQuery.Builder();
            for (String n : names) {
                Query q = super.getFieldQuery(field, n, true);
                if (q != null) {
                    any.add(q, org.apache.lucene.search.BooleanClause.Occur.SHOULD);
                }
            }
            return any.build();
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            return term(() -> super.getFieldQuery(map(field), queryText, slop));
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                      boolean endInclusive) throws ParseException {
            return term(() -> {
                String f = map(field);
                if (f.equals(IndexField.YEAR.name)) {
                    int lo = part1 == null || part1.equals("*") ? Integer.MIN_VALUE : year(part1);
                    int hi = part2 == null || part2.equals("*") ? Integer.MAX_VALUE : year(part2);
                    if (!startInclusive && lo != Integer.MIN_VALUE) {
                        lo++;
                    }
                    if (!endInclusive && hi != Integer.MAX_VALUE) {
                        hi--;
                    }
                    return IntPoint.newRangeQuery(f, lo, hi);
                }
                return super.getRangeQuery(f, part1, part2, startInclusive, endInclusive);
            });
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            return term(() -> super.getWildcardQuery(field.equals("*") ? field : asWritten(field), termStr));
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return term(() -> super.getPrefixQuery(asWritten(field), termStr));
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            return term(() -> {
                String f = map(field);
                if (f.equals(IndexField.YEAR.name)) {
                    return IntPoint.newExactQuery(f, year(termStr)); // a year has no typos: year:2022~ is year:2022
                }
                // the same typed word twice is one expansion: each compiles an automaton and reads the term list
                String key = f + '\u0000' + minSimilarity + '\u0000' + termStr;
                Query known = fuzzyTerms.get(key);
                if (known == null) {
                    known = f.equals(IndexField.TEXT.name)
                            ? FuzzyWords.near(searcher, getAnalyzer(), termStr, minSimilarity)
                            : FuzzyWords.near(searcher, getAnalyzer(), f, f, termStr, minSimilarity);
                    fuzzyTerms.put(key, known);
                }
                return known;
            });
        }

        /** Regular expressions match words as written, ignoring case: the words are indexed in lower case. */
        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            return term(() -> new RegexpQuery(new Term(asWritten(field), termStr), RegExp.ALL,
                    RegExp.ASCII_CASE_INSENSITIVE, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT));
        }

        private int year(String text) {
            try {
                return Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                int at = query.indexOf(text);
                throw new QuerySyntaxException(query, at >= 0 ? at : Math.max(0, termStart()), "'" + text
                        + "' is not a year", null);
            }
        }
    }
}
