package org.rapporteur.bench.compare;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * Reference for search: plain Lucene on the plain paragraph index of {@link PlainLuceneIngest} — the classic query
 * parser (StandardAnalyzer, terms AND-ed), the top 20, and a {@code UnifiedHighlighter} passage for each of them.
 * Queries on fields the plain index does not have (speaker's country) are skipped. Same warm-up and runs as
 * {@link WorkbenchSearchLatency}.
 *
 * <p>Usage: {@code PlainSearchLatency PLAIN_INDEX QUERY_FILE WARMUP RUNS}. Prints {@code <label>.p50=}, {@code .p99=},
 * {@code .total=} (Lucene's count, a lower bound past 1,000) or {@code <label>.skipped=}.
 */
public final class PlainSearchLatency {
    private PlainSearchLatency() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> queries = QueryFile.read(Path.of(args[1]));
        int warmup = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        StandardAnalyzer analyzer = new StandardAnalyzer();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(args[0])))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
            Map<String, Query> parsed = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, String> e : queries.entrySet()) {
                String q = e.getValue();
                if (q.matches("(?s).*\\b\\w+:.*") && !q.contains("\"")) {
                    System.out.println(e.getKey() + ".skipped=the plain index has no such field");
                    continue;
                }
                QueryParser parser = new QueryParser("text", analyzer);
                parser.setDefaultOperator(QueryParser.Operator.AND);
                parsed.put(e.getKey(), q.isBlank() ? new MatchAllDocsQuery() : parser.parse(q));
            }
            for (int i = 0; i < warmup; i++) {
                for (Query q : parsed.values()) {
                    once(searcher, highlighter, q);
                }
            }
            for (Map.Entry<String, Query> e : parsed.entrySet()) {
                double[] ms = new double[runs];
                long total = 0;
                for (int i = 0; i < runs; i++) {
                    long t0 = System.nanoTime();
                    total = once(searcher, highlighter, e.getValue());
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                }
                System.out.printf(Locale.ROOT, "%s.p50=%.2f%n%s.p99=%.2f%n", e.getKey(), Percentiles.of(ms, 50),
                        e.getKey(), Percentiles.of(ms, 99));
                System.out.println(e.getKey() + ".total=" + total);
            }
        }
    }

    private static long once(IndexSearcher searcher, UnifiedHighlighter highlighter, Query q) throws Exception {
        TopDocs top = searcher.search(q, 20);
        highlighter.highlight("text", q, top);
        return top.totalHits.value();
    }
}
