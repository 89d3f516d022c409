package org.rapporteur.index;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.rapporteur.model.QuerySyntaxException;

/**
 * The user's query language: Lucene's classic syntax (AND/OR/NOT, "phrases", "proximity"~3, wild*, fuzzy~) over claim
 * text, with the fields {@code speaker: country: theme: tag: report: section: org: region: kind: attributedTo:
 * speakerCountry: year:} ({@code year:2022}, {@code year:[2020 TO 2024]}). Terms are AND-ed by default: analysts
 * narrow down. Errors become {@link QuerySyntaxException}s that say where the query broke.
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
            Map.entry("report", IndexField.REPORT.name),
            Map.entry("section", IndexField.SECTION.name),
            Map.entry("org", IndexField.ORG.name),
            Map.entry("organisation", IndexField.ORG.name),
            Map.entry("region", IndexField.REGION.name),
            Map.entry("kind", IndexField.KIND.name),
            Map.entry("attributedto", IndexField.ATTRIBUTED_TO.name),
            Map.entry("year", IndexField.YEAR.name),
            Map.entry("id", IndexField.ID.name));

    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

    private final Analyzer analyzer;

    QueryTranslator(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** A blank query matches every claim. */
    Query translate(String query) {
        if (query == null || query.isBlank()) {
            return MatchAllDocsQuery.INSTANCE;
        }
        FieldMappingParser parser = new FieldMappingParser(query, analyzer);
        try {
            return parser.parse(query);
        } catch (ParseException wrapped) {
            // QueryParserBase.parse wraps the real ParseException or TokenMgrError; the original knows the position.
            Throwable e = wrapped.getCause() == null ? wrapped : wrapped.getCause();
            if (e.getCause() instanceof QuerySyntaxException qse) {
                throw qse;
            }
            if (e instanceof ParseException pe) {
                throw new QuerySyntaxException(query, position(query, pe), describe(pe), wrapped);
            }
            throw new QuerySyntaxException(query, position(query, e), lexicalProblem(query), wrapped);
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException(query, -1, e.getMessage(), e);
        }
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
        return m == null ? "cannot parse" : m.replaceFirst("^Cannot parse '.*?': ", "");
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
            return Math.max(0, Math.min(query.length(), Integer.parseInt(m.group(1)) - 1));
        }
        return -1;
    }

    /** Maps the query-language field names onto index fields and rejects unknown fields with their position. */
    private static final class FieldMappingParser extends QueryParser {
        private final String query;

        FieldMappingParser(String query, Analyzer analyzer) {
            super(IndexField.TEXT.name, analyzer);
            this.query = query;
            setDefaultOperator(Operator.AND);
            setSplitOnWhitespace(true);
            setAllowLeadingWildcard(false);
        }

        private String map(String field) throws ParseException {
            if (field.equals(IndexField.TEXT.name)) {
                return field;
            }
            String mapped = FIELDS.get(field.toLowerCase(Locale.ROOT));
            if (mapped == null) {
                int at = query.indexOf(field + ":");
                ParseException pe = new ParseException("unknown field");
                pe.initCause(new QuerySyntaxException(query, at, "unknown field '" + field + "' (known: "
                        + "speaker, country, speakerCountry, theme, tag, report, section, org, region, kind, "
                        + "attributedTo, year)", null));
                throw pe;
            }
            return mapped;
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            String f = map(field);
            if (f.equals(IndexField.YEAR.name)) {
                return IntPoint.newExactQuery(f, year(queryText));
            }
            return super.getFieldQuery(f, queryText, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            return super.getFieldQuery(map(field), queryText, slop);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                      boolean endInclusive) throws ParseException {
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
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            return super.getWildcardQuery(map(field), termStr);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return super.getPrefixQuery(map(field), termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            return super.getFuzzyQuery(map(field), termStr, minSimilarity);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            return super.getRegexpQuery(map(field), termStr);
        }

        private int year(String text) throws ParseException {
            try {
                return Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                int at = query.indexOf(text);
                ParseException pe = new ParseException("bad year");
                pe.initCause(new QuerySyntaxException(query, at, "'" + text + "' is not a year", null));
                throw pe;
            }
        }
    }
}
