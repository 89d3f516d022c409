package org.rapporteur.export;

import static org.rapporteur.export.WebAnnotationVocabulary.rap;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Ids;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.ThemeMatch;

/**
 * A W3C Web Annotation Data Model {@code AnnotationCollection} in JSON-LD. Each coding is an {@code Annotation}
 * (motivation {@code tagging}) whose target carries a {@code TextQuoteSelector} (exact, prefix, suffix) and a
 * {@code TextPositionSelector} on the report's normalised text; tags are bodies with purpose {@code tagging}, the
 * speaker, the speaker's country and the countries mentioned {@code identifying} bodies, themes {@code classifying}
 * bodies. Notes are {@code commenting} annotations, links {@code linking} annotations whose body is the other claim.
 * Selected claims without a coding get an {@code identifying} annotation, so a search export is never empty. The
 * codebook and the reports ride along as {@code rap:codebook} and {@code rap:reports}, so that
 * {@link WebAnnotationImporter} can restore everything into another workspace over the same corpus.
 */
public final class WebAnnotationExporter implements Exporter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Characters of prefix and suffix around a quote, as the annotation store keeps them. */
    static final int CONTEXT = 32;

    @Override
    public void write(ExportBundle b, ExportOptions options, OutputStream out) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        mapper.writeValue(out, document(b));
    }

    static ObjectNode document(ExportBundle b) {
        Map<String, ClaimRecord> claims = new HashMap<>();
        b.contextClaims().forEach(c -> claims.put(c.claim().id(), c));
        b.claims().forEach(c -> claims.put(c.claim().id(), c));
        Map<Long, TagEntry> tags = new HashMap<>();
        b.tags().forEach(t -> tags.put(t.id(), t));

        ObjectNode root = JSON.objectNode();
        ArrayNode context = root.putArray("@context");
        context.add(WebAnnotationVocabulary.ANNO_CONTEXT);
        context.addObject().put(WebAnnotationVocabulary.PREFIX, WebAnnotationVocabulary.NAMESPACE);
        ExportInfo info = b.info();
        root.put("id", WebAnnotationVocabulary.EXPORT + Ids.sha256((info.selection() + "|" + info.generated())
                .getBytes(StandardCharsets.UTF_8)).substring(0, 16));
        root.put("type", "AnnotationCollection");
        root.put("label", info.title());
        root.put(rap("selection"), info.selection());
        ObjectNode generator = root.putObject("generator");
        generator.put("type", "Software");
        generator.put("name", info.generator());
        root.put("generated", info.generated());

        ArrayNode codebook = root.putArray(rap("codebook"));
        for (TagEntry t : b.tags()) {
            codebook.add(tag(t));
        }
        ArrayNode reports = root.putArray(rap("reports"));
        for (ReportEntry r : b.reports()) {
            reports.add(report(r));
        }

        ArrayNode items = JSON.arrayNode();
        Set<String> coded = new HashSet<>();
        for (CodingEntry k : b.codings()) {
            items.add(coding(k, tags.get(k.tagId()), claims));
            if (k.target() == TargetType.CLAIM && k.anchor().claimId() != null) {
                coded.add(k.anchor().claimId());
            }
        }
        for (NoteEntry n : b.notes()) {
            items.add(note(n));
        }
        for (LinkEntry l : b.links()) {
            items.add(link(l));
        }
        Map<String, String> texts = new HashMap<>();
        b.reports().forEach(r -> {
            if (r.text() != null) {
                texts.putIfAbsent(r.id(), r.text());
            }
        });
        for (ClaimRecord c : b.claims()) {
            if (!coded.contains(c.claim().id())) {
                items.add(identifying(c, texts.get(c.claim().reportId())));
            }
        }
        root.put("total", items.size());
        ObjectNode page = root.putObject("first");
        page.put("id", root.get("id").asText() + "/page1");
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        page.set("items", items);
        return root;
    }

    private static ObjectNode tag(TagEntry t) {
        ObjectNode n = JSON.objectNode();
        n.put("id", WebAnnotationVocabulary.TAG + t.id());
        n.put("type", rap("Tag"));
        n.put(rap("name"), t.name());
        n.put(rap("path"), t.path());
        if (t.parentId() != null) {
            n.put(rap("parent"), WebAnnotationVocabulary.TAG + t.parentId());
        }
        putIfSet(n, rap("colour"), t.colour());
        putIfSet(n, rap("description"), t.description());
        provenance(n, t.creator(), t.createdAt(), t.modifiedAt());
        return n;
    }

    private static ObjectNode report(ReportEntry r) {
        ReportSummary s = r.summary();
        ObjectNode n = JSON.objectNode();
        n.put("id", WebAnnotationVocabulary.REPORT + s.id());
        n.put("type", rap("Report"));
        putIfSet(n, rap("title"), s.title());
        putIfSet(n, rap("source"), s.source());
        putIfSet(n, rap("organisation"), s.organisation());
        putIfSet(n, rap("date"), s.date());
        if (s.kind() != null) {
            n.put(rap("kind"), s.kind().label());
        }
        if (!s.authors().isEmpty()) {
            ArrayNode a = n.putArray(rap("authors"));
            s.authors().forEach(a::add);
        }
        if (r.text() != null) {
            n.put(rap("textLength"), r.text().length());
        }
        return n;
    }

    private static ObjectNode coding(CodingEntry k, TagEntry tag, Map<String, ClaimRecord> claims) {
        ObjectNode a = annotation(WebAnnotationVocabulary.CODING + k.id(), "tagging", k.creator(), k.createdAt(),
                k.modifiedAt());
        ArrayNode body = a.putArray("body");
        ObjectNode t = body.addObject();
        t.put("type", "TextualBody");
        t.put("purpose", "tagging");
        t.put("value", tag == null ? k.tagPath() : tag.path());
        t.put(rap("tag"), WebAnnotationVocabulary.TAG + k.tagId());
        if (k.suggested()) {
            // Accepted from Rapporteur's suggestions (ADR 0034): an extension property, which other readers skip.
            a.put(rap("suggested"), true);
            if (k.suggestionConfidence() != null) {
                a.put(rap("suggestionConfidence"), k.suggestionConfidence());
            }
        }
        ClaimRecord c = k.anchor().claimId() == null ? null : claims.get(k.anchor().claimId());
        if (c != null) {
            describe(body, c.claim());
        }
        a.set("target", anchor(k.anchor(), k.target()));
        return a;
    }

    /** An uncoded claim; its quote comes from the report text, since a claim's own text may be re-spaced. */
    private static ObjectNode identifying(ClaimRecord c, String reportText) {
        Claim claim = c.claim();
        ObjectNode a = JSON.objectNode();
        a.put("id", WebAnnotationVocabulary.CLAIM + claim.id() + "#identity");
        a.put("type", "Annotation");
        a.put("motivation", "identifying");
        ArrayNode body = a.putArray("body");
        describe(body, claim);
        AnchorEntry anchor;
        if (reportText != null && claim.end() <= reportText.length()) {
            int from = claim.start();
            int to = claim.end();
            anchor = new AnchorEntry(claim.reportId(), claim.id(), reportText.substring(from, to),
                    reportText.substring(Math.max(0, from - CONTEXT), from),
                    reportText.substring(to, Math.min(reportText.length(), to + CONTEXT)), from, to, false);
        } else {
            anchor = new AnchorEntry(claim.reportId(), claim.id(), claim.text(), null, null, claim.start(),
                    claim.end(), false);
        }
        a.set("target", anchor(anchor, TargetType.CLAIM));
        return a;
    }

    /** Speaker and countries as {@code identifying} bodies, themes as {@code classifying} ones. */
    private static void describe(ArrayNode body, Claim c) {
        var who = c.attribution();
        if (who.speakerName() != null || who.attributedTo() != null) {
            ObjectNode s = body.addObject();
            s.put("type", "TextualBody");
            s.put("purpose", "identifying");
            s.put("value", who.speakerName() != null ? who.speakerName() : who.attributedTo());
            s.put(rap("identifies"), who.speakerName() != null ? "speaker" : "attributedTo");
            if (who.speaker() != null) {
                putIfSet(s, rap("role"), who.speaker().roleLine());
            }
        }
        String speakerCountry = who.speaker() != null && who.speaker().country() != null ? who.speaker().country()
                : c.enrichment().speakerCountry();
        if (speakerCountry != null) {
            body.add(identifyingBody(speakerCountry, "speakerCountry"));
        }
        for (String country : c.enrichment().countries()) {
            body.add(identifyingBody(country, "countryMentioned"));
        }
        for (ThemeMatch t : c.enrichment().themes()) {
            ObjectNode th = body.addObject();
            th.put("type", "TextualBody");
            th.put("purpose", "classifying");
            th.put("value", t.theme());
            th.put(rap("identifies"), "theme");
        }
    }

    private static ObjectNode identifyingBody(String value, String what) {
        ObjectNode n = JSON.objectNode();
        n.put("type", "TextualBody");
        n.put("purpose", "identifying");
        n.put("value", value);
        n.put(rap("identifies"), what);
        return n;
    }

    private static ObjectNode note(NoteEntry n) {
        ObjectNode a = annotation(WebAnnotationVocabulary.NOTE + n.id(), "commenting", n.creator(), n.createdAt(),
                n.modifiedAt());
        ObjectNode body = a.putObject("body");
        body.put("type", "TextualBody");
        body.put("purpose", "commenting");
        body.put("value", n.text());
        body.put("format", "text/plain");
        switch (n.target()) {
            case CLAIM, SELECTION -> a.set("target", anchor(n.anchor(), n.target()));
            case REPORT -> a.put("target", WebAnnotationVocabulary.REPORT + n.reportId());
            case TAG -> a.put("target", WebAnnotationVocabulary.TAG + n.tagId());
            case PERSON -> {
                ObjectNode p = a.putObject("target");
                p.put("id", WebAnnotationVocabulary.person(n.person()));
                p.put("type", "Person");
                p.put("name", n.person());
            }
        }
        return a;
    }

    private static ObjectNode link(LinkEntry l) {
        ObjectNode a = annotation(WebAnnotationVocabulary.LINK + l.id(), "linking", l.creator(), l.createdAt(),
                l.modifiedAt());
        a.put(rap("linkType"), l.type());
        ArrayNode body = a.putArray("body");
        ObjectNode other = anchor(l.target(), TargetType.CLAIM);
        other.put("purpose", "linking");
        body.add(other);
        if (l.note() != null) {
            ObjectNode note = body.addObject();
            note.put("type", "TextualBody");
            note.put("purpose", "commenting");
            note.put("value", l.note());
        }
        a.set("target", anchor(l.source(), TargetType.CLAIM));
        return a;
    }

    private static ObjectNode annotation(String id, String motivation, String creator, String created,
                                         String modified) {
        ObjectNode a = JSON.objectNode();
        a.put("id", id);
        a.put("type", "Annotation");
        a.put("motivation", motivation);
        provenance(a, creator, created, modified);
        return a;
    }

    private static void provenance(ObjectNode n, String creator, String created, String modified) {
        if (creator != null) {
            ObjectNode c = n.putObject("creator");
            c.put("type", "Person");
            c.put("nickname", creator);
        }
        putIfSet(n, "created", created);
        putIfSet(n, "modified", modified);
    }

    static ObjectNode anchor(AnchorEntry a, TargetType kind) {
        ObjectNode t = JSON.objectNode();
        t.put("type", "SpecificResource");
        t.put("source", WebAnnotationVocabulary.REPORT + a.reportId());
        t.put(rap("targetKind"), kind.name().toLowerCase(Locale.ROOT));
        if (a.claimId() != null) {
            t.put(rap("claim"), WebAnnotationVocabulary.CLAIM + a.claimId());
        }
        if (a.orphan()) {
            t.put(rap("orphan"), true);
        }
        ArrayNode selectors = t.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", a.exact());
        quote.put("prefix", a.prefix());
        quote.put("suffix", a.suffix());
        ObjectNode position = selectors.addObject();
        position.put("type", "TextPositionSelector");
        position.put("start", a.start());
        position.put("end", a.end());
        return t;
    }

    private static void putIfSet(ObjectNode n, String field, String value) {
        if (value != null && !value.isBlank()) {
            n.put(field, value);
        }
    }
}
