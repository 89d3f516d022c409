package org.rapporteur.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.AttributionEvidence;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Enrichment;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.Person;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.ReportMetadata;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.ThemeMatch;

import static org.rapporteur.index.IndexField.*;

/** Turns claims and reports into Lucene documents and stored documents back into model records. */
final class ClaimDocuments {
    /** Claim text: stored, and offsets in postings so the UnifiedHighlighter needs no re-analysis. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    /** The claim's words as written: for matching only, so neither stored nor positioned (see IndexField.WORDS). */
    private static final FieldType WORDS_FOR_MATCHING = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
        WORDS_FOR_MATCHING.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        WORDS_FOR_MATCHING.freeze();
    }

    private ClaimDocuments() {
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (FacetDimension d : FacetDimension.values()) {
            config.setMultiValued(d.key(), d.multiValued());
        }
        config.setHierarchical(FacetDimension.THEME.key(), true);
        return config;
    }

    static Document claimDocument(ClaimRecord r, FacetsConfig config) throws IOException {
        Claim c = r.claim();
        Document d = new Document();
        d.add(new StringField(TYPE.name, CLAIM, Field.Store.YES));
        d.add(new StringField(ID.name, c.id(), Field.Store.YES));
        d.add(new StringField(REPORT_ID.name, c.reportId(), Field.Store.YES));
        d.add(new StoredField(SOURCE.name, nz(r.source())));
        d.add(new Field(TEXT.name, c.text(), TEXT_WITH_OFFSETS));
        d.add(new Field(WORDS.name, c.text(), WORDS_FOR_MATCHING));
        d.add(new TextField(REPORT.name, nz(r.reportTitle()) + " " + nz(r.source()), Field.Store.NO));
        storeIfPresent(d, REPORT_TITLE, r.reportTitle());
        storeIfPresent(d, ORGANISATION, r.organisation());
        if (r.organisation() != null && !r.organisation().isBlank()) {
            d.add(new TextField(PUBLISHER.name, r.organisation(), Field.Store.NO));
        }
        storeIfPresent(d, DATE, r.date());
        if (r.kind() != null) {
            d.add(new TextField(KIND.name, r.kind().label(), Field.Store.NO));
            d.add(new StoredField(KIND.name + "_name", r.kind().name()));
        }
        Integer year = ReportMetadata.yearOf(r.date());
        if (year != null) {
            d.add(new IntPoint(YEAR.name, year));
        }
        d.add(new StoredField(START.name, c.start()));
        d.add(new StoredField(END.name, c.end()));
        if (c.page() != null) {
            d.add(new StoredField(PAGE.name, c.page()));
        }
        for (String s : c.sectionPath()) {
            d.add(new StoredField(SECTION.name, s));
        }
        if (!c.sectionPath().isEmpty()) {
            d.add(new TextField(SECTION.name, String.join(" \n ", c.sectionPath()), Field.Store.NO));
        }
        d.add(new StoredField(CLAIM_KIND.name, c.kind().name()));

        Attribution a = c.attribution();
        Person p = a.speaker();
        if (p != null) {
            d.add(new TextField(SPEAKER.name, p.name(), Field.Store.YES));
            for (String h : p.honorifics()) {
                d.add(new StoredField(SPEAKER_HONORIFICS.name, h));
            }
            storeIfPresent(d, SPEAKER_ROLE, p.role());
            storeIfPresent(d, SPEAKER_AFFILIATION, p.affiliation());
            storeIfPresent(d, SPEAKER_PERSON_COUNTRY, p.country());
        }
        if (a.attributedTo() != null) {
            d.add(new TextField(ATTRIBUTED_TO.name, a.attributedTo(), Field.Store.YES));
        }
        d.add(new StoredField(METHOD.name, a.method().name()));
        d.add(new StoredField(CONFIDENCE.name, a.confidence()));
        d.add(new DoublePoint(DOUBT.name, a.doubt()));
        d.add(new DoubleDocValuesField(DOUBT.name, a.doubt()));
        storeIfPresent(d, REASON, a.reason());
        if (a.runnerUp() != null) {
            Attribution.RunnerUp r2 = a.runnerUp();
            d.add(new StoredField(RUNNER_UP.name, String.join(String.valueOf(SEPARATOR), nz(r2.name()),
                    r2.speaker() != null ? "p" : "b", Double.toString(r2.confidence()), nz(r2.reason()))));
        }
        for (AttributionEvidence ev : a.evidence()) {
            d.add(new StoredField(EVIDENCE.name, String.join(String.valueOf(SEPARATOR), nz(ev.candidate()), nz(ev.kind()),
                    Double.toString(ev.weight()), nz(ev.reason()), ev.chosen() ? "1" : "0")));
        }

        Enrichment e = c.enrichment();
        for (String country : e.countries()) {
            d.add(new TextField(COUNTRY.name, country, Field.Store.YES));
        }
        if (e.speakerCountry() != null) {
            d.add(new TextField(SPEAKER_COUNTRY.name, e.speakerCountry(), Field.Store.YES));
        }
        for (String region : e.regions()) {
            d.add(new TextField(REGION.name, region, Field.Store.YES));
        }
        for (ThemeMatch t : e.themes()) {
            d.add(new TextField(THEME.name, t.theme(), Field.Store.NO));
            StringBuilder sb = new StringBuilder(t.theme());
            for (String w : t.evidence()) {
                sb.append(SEPARATOR).append(w);
            }
            d.add(new StoredField(THEME_EVIDENCE.name, sb.toString()));
        }
        for (String org : e.organisations()) {
            d.add(new TextField(ORG.name, org, Field.Store.YES));
        }
        for (String tag : r.tags()) {
            d.add(new TextField(TAG.name, tag, Field.Store.YES));
        }
        for (String coder : r.codedBy()) {
            d.add(new TextField(CODED_BY.name, coder, Field.Store.YES));
        }

        d.add(new SortedDocValuesField(SORT_DATE.name, new BytesRef(nz(r.date()))));
        d.add(new SortedDocValuesField(SORT_REPORT.name, new BytesRef(nz(r.reportTitle()).toLowerCase(Locale.ROOT))));
        String speakerKey = p != null ? p.name() : a.attributedTo() != null ? "~" + a.attributedTo() : "~~";
        d.add(new SortedDocValuesField(SORT_SPEAKER.name, new BytesRef(speakerKey.toLowerCase(Locale.ROOT))));
        d.add(new NumericDocValuesField(SORT_POSITION.name, c.start()));

        addFacet(d, FacetDimension.SPEAKER, p != null ? p.name() : null);
        addFacet(d, FacetDimension.SPEAKER_COUNTRY, e.speakerCountry());
        for (String country : distinct(e.countries())) {
            addFacet(d, FacetDimension.COUNTRY, country);
        }
        for (String region : distinct(e.regions())) {
            addFacet(d, FacetDimension.REGION, region);
        }
        for (String theme : distinct(e.themeNames())) {
            String[] path = Arrays.stream(theme.split("/")).filter(s -> !s.isBlank()).toArray(String[]::new);
            if (path.length > 0) {
                d.add(new SortedSetDocValuesFacetField(FacetDimension.THEME.key(), path));
            }
        }
        for (String org : distinct(e.organisations())) {
            addFacet(d, FacetDimension.ORGANISATION, org);
        }
        addFacet(d, FacetDimension.PUBLISHER, r.organisation());
        addFacet(d, FacetDimension.REPORT, r.reportTitle());
        addFacet(d, FacetDimension.KIND, r.kind() == null ? null : r.kind().label());
        addFacet(d, FacetDimension.YEAR, year == null ? null : year.toString());
        for (String tag : distinct(r.tags())) {
            addFacet(d, FacetDimension.TAG, tag);
        }
        for (String coder : distinct(r.codedBy())) {
            addFacet(d, FacetDimension.CODED_BY, coder);
        }
        return config.build(d);
    }

    static Document reportDocument(ReportSummary s, String text) {
        Document d = new Document();
        d.add(new StringField(TYPE.name, REPORT_TYPE, Field.Store.YES));
        d.add(new StringField(ID.name, s.id(), Field.Store.YES));
        d.add(new StringField(REPORT_ID.name, s.id(), Field.Store.YES));
        d.add(new StoredField(SOURCE.name, nz(s.source())));
        d.add(new StringField(PATH.name, nz(s.path()), Field.Store.YES));
        for (String other : s.otherPaths()) {
            d.add(new StringField(OTHER_PATHS.name, other, Field.Store.YES));
        }
        d.add(new TextField(REPORT.name, nz(s.title()) + " " + nz(s.source()), Field.Store.NO));
        storeIfPresent(d, REPORT_TITLE, s.title());
        storeIfPresent(d, ORGANISATION, s.organisation());
        storeIfPresent(d, DATE, s.date());
        if (s.kind() != null) {
            d.add(new StoredField(KIND.name + "_name", s.kind().name()));
        }
        for (String a : s.authors()) {
            d.add(new StoredField(AUTHORS.name, a));
        }
        d.add(new StoredField(CLAIM_COUNT.name, s.claims()));
        for (String p : s.problems()) {
            d.add(new StoredField(PROBLEMS.name, p));
        }
        if (text != null) {
            d.add(new StoredField(REPORT_TEXT.name, text));
        }
        d.add(new SortedDocValuesField(SORT_REPORT.name, new BytesRef(nz(s.title()).toLowerCase(Locale.ROOT))));
        return d;
    }

    static ClaimRecord toClaimRecord(Document d) {
        String id = d.get(ID.name);
        String reportId = d.get(REPORT_ID.name);
        int start = d.getField(START.name).numericValue().intValue();
        int end = d.getField(END.name).numericValue().intValue();
        Integer page = d.getField(PAGE.name) == null ? null : d.getField(PAGE.name).numericValue().intValue();
        List<String> section = List.of(d.getValues(SECTION.name));
        Claim.Kind kind = Claim.Kind.valueOf(d.get(CLAIM_KIND.name));

        Person speaker = null;
        if (d.get(SPEAKER.name) != null) {
            speaker = new Person(d.get(SPEAKER.name), List.of(d.getValues(SPEAKER_HONORIFICS.name)),
                    d.get(SPEAKER_ROLE.name), d.get(SPEAKER_AFFILIATION.name), d.get(SPEAKER_PERSON_COUNTRY.name));
        }
        Attribution attribution = new Attribution(speaker, d.get(ATTRIBUTED_TO.name),
                AttributionMethod.valueOf(d.get(METHOD.name)),
                d.getField(CONFIDENCE.name).numericValue().doubleValue(), d.get(REASON.name), runnerUpOf(d),
                evidenceOf(d));

        List<ThemeMatch> themes = new ArrayList<>();
        for (String encoded : d.getValues(THEME_EVIDENCE.name)) {
            String[] parts = encoded.split(String.valueOf(SEPARATOR), -1);
            themes.add(new ThemeMatch(parts[0], List.of(parts).subList(1, parts.length)));
        }
        Enrichment enrichment = new Enrichment(List.of(d.getValues(COUNTRY.name)), d.get(SPEAKER_COUNTRY.name),
                List.of(d.getValues(REGION.name)), themes, List.of(d.getValues(ORG.name)));
        Claim claim = new Claim(id, reportId, start, end, d.get(TEXT.name), page, section, kind, attribution,
                enrichment);
        return new ClaimRecord(claim, d.get(SOURCE.name), d.get(REPORT_TITLE.name), d.get(ORGANISATION.name),
                d.get(DATE.name), kindOf(d), List.of(d.getValues(TAG.name)),
                List.of(d.getValues(CODED_BY.name)));
    }

    static ReportSummary toReportSummary(Document d) {
        return new ReportSummary(d.get(ID.name), d.get(SOURCE.name), d.get(PATH.name), d.get(REPORT_TITLE.name),
                d.get(ORGANISATION.name), d.get(DATE.name), kindOf(d), List.of(d.getValues(AUTHORS.name)),
                d.getField(CLAIM_COUNT.name).numericValue().intValue(), List.of(d.getValues(PROBLEMS.name)),
                List.of(d.getValues(OTHER_PATHS.name)));
    }

    private static Attribution.RunnerUp runnerUpOf(Document d) {
        String encoded = d.get(RUNNER_UP.name);
        if (encoded == null) {
            return null;
        }
        String[] p = encoded.split(String.valueOf(SEPARATOR), -1);
        double score = Double.parseDouble(p[2]);
        String reason = p[3].isEmpty() ? null : p[3];
        return p[1].equals("p") ? new Attribution.RunnerUp(Person.named(p[0]), null, score, reason)
                : new Attribution.RunnerUp(null, p[0], score, reason);
    }

    private static List<AttributionEvidence> evidenceOf(Document d) {
        List<AttributionEvidence> out = new ArrayList<>();
        for (String encoded : d.getValues(EVIDENCE.name)) {
            String[] p = encoded.split(String.valueOf(SEPARATOR), -1);
            out.add(new AttributionEvidence(p[0], p[1], Double.parseDouble(p[2]), p[3], p[4].equals("1")));
        }
        return out;
    }

    private static ReportKind kindOf(Document d) {
        String k = d.get(KIND.name + "_name");
        return k == null ? null : ReportKind.valueOf(k);
    }

    private static void addFacet(Document d, FacetDimension dim, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new SortedSetDocValuesFacetField(dim.key(), value.strip()));
        }
    }

    private static Set<String> distinct(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }

    private static void storeIfPresent(Document d, IndexField f, String value) {
        if (value != null) {
            d.add(new StoredField(f.name, value));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
