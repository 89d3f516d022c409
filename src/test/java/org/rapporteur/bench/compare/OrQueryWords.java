package org.rapporteur.bench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Picks the words of the "300-term OR" query from a corpus vocabulary, deterministically: plain lower-case words of
 * four letters or more that at least {@code minDocs} documents contain (so each term matches something, and typos and
 * numbers are left out), taken at even steps through the alphabetical list (so the query mixes rare and common words
 * the way a pasted word list would, instead of the most frequent ones only). The same vocabulary gives the same query.
 */
public final class OrQueryWords {
    private static final Pattern WORD = Pattern.compile("[a-z]{4,}");

    private OrQueryWords() {
    }

    /**
     * {@code count} distinct words from {@code docFreqs} (word → number of documents holding it), in alphabetical
     * order; fewer when the vocabulary holds fewer eligible words.
     */
    public static List<String> pick(Map<String, Integer> docFreqs, int count, int minDocs) {
        TreeMap<String, Integer> eligible = new TreeMap<>();
        docFreqs.forEach((w, df) -> {
            if (df >= minDocs && WORD.matcher(w).matches()) {
                eligible.put(w, df);
            }
        });
        List<String> words = new ArrayList<>(eligible.keySet());
        if (words.size() <= count) {
            return words;
        }
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // i * n / count is strictly increasing for n > count: distinct picks spread over the whole list
            out.add(words.get((int) ((long) i * words.size() / count)));
        }
        return out;
    }

    /**
     * Prints {@code query=} with {@code COUNT} words (default 300) of documents' {@code text} field in the plain
     * Lucene index at {@code INDEX} (see {@link PlainLuceneIngest}), each in at least {@code MIN_DOCS} (default 20)
     * paragraphs. Usage: {@code OrQueryWords INDEX [COUNT] [MIN_DOCS]}.
     */
    public static void main(String[] args) throws java.io.IOException {
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int minDocs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Map<String, Integer> docFreqs = new java.util.HashMap<>();
        try (var reader = org.apache.lucene.index.DirectoryReader.open(
                org.apache.lucene.store.FSDirectory.open(java.nio.file.Path.of(args[0])))) {
            var terms = org.apache.lucene.index.MultiTerms.getTerms(reader, "text");
            var it = terms.iterator();
            for (var t = it.next(); t != null; t = it.next()) {
                docFreqs.put(t.utf8ToString(), it.docFreq());
            }
        }
        List<String> words = pick(docFreqs, count, minDocs);
        System.out.println("words=" + words.size());
        System.out.println("query=" + query(words));
    }

    /** The words joined with {@code OR}, as the analyst would type them. */
    public static String query(List<String> words) {
        return String.join(" OR ", words);
    }
}
