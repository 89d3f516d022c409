package org.rapporteur.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.SpeakerOccurrence;

/**
 * Every (report, speaker, speaker's country) of the index with its claim count, for the person registry: one linear
 * pass over the report-id postings and the facet doc values, then the stored role and honorifics of one claim per
 * entry. On the UN corpus (about a million claims, 11,000 speakers by report) that is a few thousand stored documents
 * instead of every claim's text, which is what reading the claims for it cost (minutes). Stateless.
 */
final class SpeakerProfiles {
    private static final Set<String> STORED = Set.of(IndexField.SPEAKER_ROLE.name, IndexField.SPEAKER_HONORIFICS.name,
            IndexField.SPEAKER_PERSON_COUNTRY.name);

    private SpeakerProfiles() {
    }

    static List<SpeakerOccurrence> read(IndexReader reader, FacetsConfig config) throws IOException {
        List<SpeakerOccurrence> out = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            readLeaf(leaf.reader(), config, out);
        }
        return out;
    }

    private record Entry(String reportId, long speakerOrd, long countryOrd, long yearOrd, int firstDoc,
                         long[] claims) {
    }

    private static void readLeaf(LeafReader r, FacetsConfig config, List<SpeakerOccurrence> out) throws IOException {
        String[] reportOfDoc = reportIds(r);
        String field = config.getDimConfig(FacetDimension.SPEAKER.key()).indexFieldName;
        SortedSetDocValues dv = DocValues.getSortedSet(r, field);
        long[] speakers = ordRange(dv, FacetDimension.SPEAKER.key());
        long[] countries = ordRange(dv, FacetDimension.SPEAKER_COUNTRY.key());
        long[] years = ordRange(dv, FacetDimension.YEAR.key());
        if (speakers[0] >= speakers[1]) {
            return;
        }
        Bits live = r.getLiveDocs();
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
            if (live != null && !live.get(doc) || reportOfDoc[doc] == null) {
                continue;
            }
            long speaker = -1;
            long country = -1;
            long year = -1;
            for (int i = 0; i < dv.docValueCount(); i++) {
                long ord = dv.nextOrd();
                if (ord >= speakers[0] && ord < speakers[1]) {
                    speaker = ord;
                } else if (ord >= countries[0] && ord < countries[1]) {
                    country = ord;
                } else if (ord >= years[0] && ord < years[1]) {
                    year = ord;
                }
            }
            if (speaker < 0) {
                continue;
            }
            int d = doc;
            long s = speaker;
            long c = country;
            long y = year;
            String key = reportOfDoc[doc] + '\u0000' + speaker + '\u0000' + country;
            entries.computeIfAbsent(key, k -> new Entry(reportOfDoc[d], s, c, y, d, new long[1])).claims()[0]++;
        }
        StoredFields stored = r.storedFields();
        Map<Long, String> labels = new HashMap<>();
        for (Entry e : entries.values()) {
            DocumentStoredFieldVisitor v = new DocumentStoredFieldVisitor(STORED);
            stored.document(e.firstDoc(), v);
            String country = e.countryOrd() >= 0 ? label(dv, e.countryOrd(), labels)
                    : v.getDocument().get(IndexField.SPEAKER_PERSON_COUNTRY.name);
            out.add(new SpeakerOccurrence(e.reportId(), label(dv, e.speakerOrd(), labels),
                    List.of(v.getDocument().getValues(IndexField.SPEAKER_HONORIFICS.name)),
                    v.getDocument().get(IndexField.SPEAKER_ROLE.name), country, yearOf(dv, e.yearOrd(), labels),
                    e.claims()[0]));
        }
    }

    /** The report id of every claim of the leaf, from the postings of the report-id field (no stored field read). */
    private static String[] reportIds(LeafReader r) throws IOException {
        String[] of = new String[r.maxDoc()];
        Terms terms = r.terms(IndexField.REPORT_ID.name);
        if (terms == null) {
            return of;
        }
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            String id = t.utf8ToString();
            pe = te.postings(pe, PostingsEnum.NONE);
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                of[d] = id;
            }
        }
        return of;
    }

    /** The ordinals of one dimension's labels: its terms are contiguous, "dim", a unit separator, then the value. */
    private static long[] ordRange(SortedSetDocValues dv, String dim) throws IOException {
        if (dv.getValueCount() == 0) {
            return new long[] {0, 0};
        }
        TermsEnum te = dv.termsEnum();
        long from = ord(te, dim + FacetsConfig.DELIM_CHAR, dv.getValueCount());
        long to = ord(te, dim + (char) (FacetsConfig.DELIM_CHAR + 1), dv.getValueCount());
        return new long[] {from, to};
    }

    private static long ord(TermsEnum te, String prefix, long end) throws IOException {
        return te.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END ? end : te.ord();
    }

    private static Integer yearOf(SortedSetDocValues dv, long ord, Map<Long, String> labels) throws IOException {
        if (ord < 0) {
            return null;
        }
        try {
            return Integer.valueOf(label(dv, ord, labels));
        } catch (NumberFormatException notAYear) {
            return null;
        }
    }

    private static String label(SortedSetDocValues dv, long ord, Map<Long, String> cache) throws IOException {
        String cached = cache.get(ord);
        if (cached != null) {
            return cached;
        }
        String term = dv.lookupOrd(ord).utf8ToString();
        String value = FacetsConfig.stringToPath(term)[1];
        cache.put(ord, value);
        return value;
    }
}
