package org.rapporteur.bench.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * Checks that the totals Rapporteur reports are exact: the same claims query, built with Lucene's classic query
 * parser instead of Rapporteur's translator, is counted by a plain {@code IndexSearcher.count} on the workspace's
 * index directory (read-only). Claim text is parsed with the English analyzer (stemming, as the index has it), patterns
 * on the words as written, fields with the standard analyzer, terms AND-ed. Fuzzy terms have no plain equivalent
 * (Rapporteur matches the typed word against the words as written, then searches their stems: ADR 0011) and are not
 * checked; nor is anything when the index does not have the fields this assumes (the schema moved on): the line says so.
 */
public final class ExactTotals {
    private static final Pattern FUZZY = Pattern.compile("\\w~");
    private static final List<String> FIELDS = List.of("type", "text", "words");

    private ExactTotals() {
    }

    /** Adds {@code <label>.plainCount=}, {@code <label>.exact=yes|no} or {@code <label>.check=...} lines. */
    public static void check(Path indexDir, Map<String, String> queries, Map<String, Long> totals, List<String> out)
            throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
            for (String f : FIELDS) {
                if (infos.fieldInfo(f) == null) {
                    queries.keySet().forEach(l -> out.add(l + ".check=not checked: the index has no field '" + f
                            + "' (schema changed; update ExactTotals)"));
                    return;
                }
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            Analyzer analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(CharArraySet.EMPTY_SET),
                    Map.of("text", new EnglishAnalyzer()));
            for (Map.Entry<String, String> e : queries.entrySet()) {
                String label = e.getKey();
                String q = e.getValue();
                if (FUZZY.matcher(q).find()) {
                    out.add(label + ".check=not checked: fuzzy terms have no plain equivalent");
                    continue;
                }
                try {
                    Query plain = plainQuery(q, analyzer, infos);
                    if (plain == null) {
                        out.add(label + ".check=not checked: a field of the query is not in the index");
                        continue;
                    }
                    long count = searcher.count(plain);
                    out.add(label + ".plainCount=" + count);
                    out.add(label + ".exact=" + (totals.containsKey(label) && totals.get(label) == count ? "yes" : "no"));
                } catch (org.apache.lucene.queryparser.classic.ParseException ex) {
                    out.add(label + ".check=not checked: the classic parser refuses it (" + ex.getMessage()
                            .lines().findFirst().orElse("") + ")");
                }
            }
        }
    }

    /** type:claim AND the parsed query; null when it names a field the index lacks. */
    static Query plainQuery(String q, Analyzer analyzer, FieldInfos infos)
            throws org.apache.lucene.queryparser.classic.ParseException {
        Query claims = new TermQuery(new Term("type", "claim"));
        if (q.isBlank()) {
            return claims;
        }
        // patterns run on the words as written (ADR 0011); everything else on the stemmed claim text
        boolean pattern = q.contains("*") || q.contains("?");
        QueryParser parser = new QueryParser(pattern ? "words" : "text", analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        Query parsed = parser.parse(q);
        boolean[] known = {true};
        parsed.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                if (infos.fieldInfo(field) == null) {
                    known[0] = false;
                }
                return true;
            }
        });
        if (!known[0]) {
            return null;
        }
        return new BooleanQuery.Builder().add(claims, BooleanClause.Occur.FILTER)
                .add(parsed, BooleanClause.Occur.MUST).build();
    }
}
