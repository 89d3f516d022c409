package org.rapporteur.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Enrichment;
import org.rapporteur.model.Ids;
import org.rapporteur.model.Person;
import org.rapporteur.model.ReportKind;

/**
 * Highlighting by analysis ({@link WordHighlights}) must mark exactly what the UnifiedHighlighter marks, for every
 * query shape it accepts; the others must be left to the UnifiedHighlighter.
 */
class WordHighlightsTest {
    private static final List<String> TEXTS = List.of(
            "Militants crossed the border from Afghanistan into Pakistan last winter.",
            "Economic security and human security were the two pillars of the new policy.",
            "The securities regulator warned that insecurity deters investors.",
            "Trade with India could double within five years if the border reopens.",
            "Sáo Paulo hosted the Security Council's regional dialogue in 2023.",
            "A secure supply of water is a question of national survival; securing it is policy.",
            "Non-state actors and state actors alike threatened the border's security.",
            "Climate change, climatic shifts and rising sea levels threaten island states.",
            "The ceasefire held; trade, investment and tourism resumed across the border.",
            "Refugees from Afghanistan sought security in Pakistan and in India.");

    private static final List<String> WORD_QUERIES = List.of("security", "secure", "border", "securty~",
            "security OR border", "security AND border", "security border", "trade OR investment OR tourism OR climate",
            "(security OR border) AND pakistan", "security NOT policy", "security -india", "+security border",
            "speaker:Rauf AND security", "year:2023 OR security", "security^3 OR border^0.5", "states OR state",
            "actors AND (border OR trade)", "nonexistentword OR security", "pakistan~1 OR india");

    private static final List<String> OTHER_QUERIES = List.of("\"border security\"", "\"non-state\"", "secur*",
            "/secur.*/", "(security AND border) OR trade", "(security -policy) OR trade", "\"sea levels\"~2 OR climate");

    @Test
    void marksWhatTheUnifiedHighlighterMarks() throws Exception {
        Analyzer analyzer = Analyzers.perField();
        FacetsConfig config = ClaimDocuments.facetsConfig();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (ClaimRecord r : claims()) {
                    w.addDocument(ClaimDocuments.claimDocument(r, config));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(reader);
                QueryTranslator translator = new QueryTranslator(analyzer);
                HitReader byAnalysis = new HitReader(analyzer, true);
                HitReader byHighlighter = new HitReader(analyzer, false);
                int marked = 0;
                for (String q : WORD_QUERIES) {
                    Query query = translator.translate(q, s);
                    assertNotNull(WordHighlights.wordsOf(query), q + " is a query of words: " + query);
                    ScoreDoc[] hits = s.search(query, 100).scoreDocs;
                    List<ClaimHit> fast = byAnalysis.hits(s, query, hits);
                    List<ClaimHit> reference = byHighlighter.hits(s, query, hits);
                    assertEquals(reference.size(), fast.size());
                    for (int i = 0; i < fast.size(); i++) {
                        assertEquals(reference.get(i).highlights(), fast.get(i).highlights(),
                                q + " in: " + fast.get(i).record().claim().text());
                        marked += fast.get(i).highlights().size();
                    }
                }
                assertTrue(marked > 40, "the queries mark words (" + marked + ")");
                for (String q : OTHER_QUERIES) {
                    assertNull(WordHighlights.wordsOf(translator.translate(q, s)), q);
                }
            }
        }
    }

    @Test
    void marksEachOccurrenceOfTheStems() {
        Analyzer analyzer = Analyzers.perField();
        List<org.rapporteur.model.Highlight> h = WordHighlights.mark(analyzer,
                "Economic security and human security.", java.util.Set.of("secur", "human"));
        assertEquals(List.of(new org.rapporteur.model.Highlight(9, 17), new org.rapporteur.model.Highlight(22, 27),
                new org.rapporteur.model.Highlight(28, 36)), h);
        assertFalse(WordHighlights.mark(analyzer, "nothing here", java.util.Set.of("secur")).iterator().hasNext());
    }

    private static List<ClaimRecord> claims() {
        String report = Ids.sha256("word highlights".getBytes(StandardCharsets.UTF_8));
        List<ClaimRecord> out = new ArrayList<>();
        int at = 0;
        for (String t : TEXTS) {
            Claim c = new Claim(Ids.claimId(report, at, at + t.length()), report, at, at + t.length(), t, 1,
                    List.of("Session"), Claim.Kind.SENTENCE,
                    Attribution.to(new Person("Amina Rauf", List.of(), null, null, null),
                            AttributionMethod.SPEAKER_BLOCK, 0.9, "block"),
                    new Enrichment(List.of("Pakistan"), null, List.of(), List.of(), List.of()));
            out.add(new ClaimRecord(c, "w.txt", "Words", null, "2023-01-01", ReportKind.SEMINAR_REPORT, List.of()));
            at += t.length() + 1;
        }
        return out;
    }
}
