package org.rapporteur.export;

import static org.rapporteur.export.WebAnnotationVocabulary.rap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.ReportSummary;

/**
 * Reads our own W3C Web Annotation JSON-LD (as {@link WebAnnotationExporter} writes it) back into an
 * {@link ExportBundle} of tags, codings, notes and links, validating as it goes: a file that is too large, not JSON,
 * not an {@code AnnotationCollection}, or whose annotations miss a selector, name an unknown tag or carry a bad range
 * is refused with an {@link ImportException} saying where. {@code identifying} annotations and bodies are derived
 * data and are skipped. Stateless and thread-safe.
 */
public final class WebAnnotationImporter {
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Set<String> LINK_TYPES = Set.of("supports", "contradicts", "elaborates", "same-claim",
            "responds-to");

    private final ImportLimits limits;
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public WebAnnotationImporter() {
        this(ImportLimits.DEFAULT);
    }

    public WebAnnotationImporter(ImportLimits limits) {
        this.limits = limits;
    }

    public ExportBundle read(Path file) {
        try {
            if (Files.size(file) > limits.maxFileBytes()) {
                throw new ImportException(file.getFileName() + " is larger than the limit of "
                        + Sizes.human(limits.maxFileBytes()) + "; refused.");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, file.getFileName().toString());
            }
        } catch (NoSuchFileException e) {
            throw new ImportException("No file " + file + ".", e);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a document from a stream (not closed); {@code name} is used in messages. */
    public ExportBundle read(InputStream in, String name) {
        JsonNode root;
        try {
            root = mapper.readTree(new LimitedInputStream(in, limits.maxFileBytes(), name));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ImportException(name + " is not valid JSON" + (at == null ? "" : " (line " + at.getLineNr()
                    + ", column " + at.getColumnNr() + ")") + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + name + ": " + e.getMessage(), e);
        }
        return new Reader(name).document(root);
    }

    /** One read: keeps the tag id mapping and says where a fault is. */
    private static final class Reader {
        private final String name;
        private final Map<String, TagEntry> tagsByIri = new LinkedHashMap<>();
        private final Map<String, TagEntry> tagsByPath = new HashMap<>();
        private long nextId = 1;

        Reader(String name) {
            this.name = name;
        }

        ExportBundle document(JsonNode root) {
            if (root == null || !root.isObject()) {
                throw fault("the document", "is not a JSON object");
            }
            if (!"AnnotationCollection".equals(text(root, "type"))) {
                throw fault("the document", "is not a W3C Web Annotation AnnotationCollection (type is "
                        + describe(root.get("type")) + ")");
            }
            codebook(root.path(rap("codebook")));
            List<ReportEntry> reports = reports(root.path(rap("reports")));
            JsonNode items = root.path("first").path("items");
            if (!items.isArray()) {
                throw fault("the collection", "has no first.items array of annotations");
            }
            List<CodingEntry> codings = new ArrayList<>();
            List<NoteEntry> notes = new ArrayList<>();
            List<LinkEntry> links = new ArrayList<>();
            int i = 0;
            for (JsonNode a : items) {
                String where = "annotation " + (++i) + (a.hasNonNull("id") ? " (" + a.get("id").asText() + ")" : "");
                if (!a.isObject() || !"Annotation".equals(text(a, "type"))) {
                    throw fault(where, "is not an Annotation");
                }
                String motivation = text(a, "motivation");
                switch (motivation == null ? "" : motivation) {
                    case "tagging" -> codings.add(coding(a, where));
                    case "commenting" -> notes.add(note(a, where));
                    case "linking" -> links.add(link(a, where));
                    case "identifying", "classifying", "describing" -> {
                        // derived from the extractor, not the analyst's work: nothing to restore
                    }
                    default -> throw fault(where, "has motivation " + describe(a.get("motivation"))
                            + ", which Rapporteur cannot import");
                }
            }
            String generated = text(root, "generated");
            JsonNode gen = root.path("generator");
            ExportInfo info = new ExportInfo(text(root, "label"), text(root, rap("selection")), generated,
                    gen.isObject() ? text(gen, "name") : null, null);
            return ExportBundle.ofAnnotations(info, reports, List.copyOf(tagsByIri.values()), codings, notes, links);
        }

        private void codebook(JsonNode codebook) {
            if (codebook.isMissingNode()) {
                return;
            }
            if (!codebook.isArray()) {
                throw fault(rap("codebook"), "is not an array");
            }
            Map<String, JsonNode> byIri = new LinkedHashMap<>();
            int i = 0;
            for (JsonNode t : codebook) {
                String where = "tag " + (++i);
                String iri = required(t, "id", where);
                if (byIri.put(iri, t) != null) {
                    throw fault(where, "repeats the id " + iri);
                }
            }
            Map<String, Long> ids = new HashMap<>();
            for (String iri : byIri.keySet()) {
                ids.put(iri, nextId++);
            }
            for (Map.Entry<String, JsonNode> e : byIri.entrySet()) {
                resolveTag(e.getKey(), byIri, ids, new HashSet<>());
            }
        }

        private TagEntry resolveTag(String iri, Map<String, JsonNode> byIri, Map<String, Long> ids,
                                    Set<String> visiting) {
            TagEntry done = tagsByIri.get(iri);
            if (done != null) {
                return done;
            }
            String where = "tag " + iri;
            if (!visiting.add(iri)) {
                throw fault(where, "is its own ancestor");
            }
            JsonNode t = byIri.get(iri);
            String tagName = required(t, rap("name"), where).strip();
            if (tagName.isEmpty() || tagName.contains("/")) {
                throw fault(where, "has a name that is empty or contains '/'");
            }
            String parentIri = text(t, rap("parent"));
            TagEntry parent = null;
            if (parentIri != null) {
                if (!byIri.containsKey(parentIri)) {
                    throw fault(where, "names a parent " + parentIri + " that is not in the codebook");
                }
                parent = resolveTag(parentIri, byIri, ids, visiting);
            }
            String colour = text(t, rap("colour"));
            if (colour != null && !COLOUR.matcher(colour).matches()) {
                throw fault(where, "has colour '" + colour + "', not #RRGGBB");
            }
            String path = parent == null ? tagName : parent.path() + "/" + tagName;
            if (tagsByPath.containsKey(path.toLowerCase(Locale.ROOT))) {
                throw fault(where, "repeats the tag " + path);
            }
            JsonNode creator = t.path("creator");
            TagEntry tag = new TagEntry(ids.get(iri), tagName, parent == null ? null : parent.id(), path, colour,
                    text(t, rap("description")), creator.isObject() ? text(creator, "nickname") : null,
                    text(t, "created"), text(t, "modified"));
            tagsByIri.put(iri, tag);
            tagsByPath.put(path.toLowerCase(Locale.ROOT), tag);
            return tag;
        }

        private List<ReportEntry> reports(JsonNode reports) {
            List<ReportEntry> out = new ArrayList<>();
            if (reports.isMissingNode()) {
                return out;
            }
            if (!reports.isArray()) {
                throw fault(rap("reports"), "is not an array");
            }
            int i = 0;
            for (JsonNode r : reports) {
                String where = "report " + (++i);
                String id = reportId(required(r, "id", where), where);
                List<String> authors = new ArrayList<>();
                r.path(rap("authors")).forEach(a -> authors.add(a.asText()));
                out.add(new ReportEntry(new ReportSummary(id, text(r, rap("source")), null, text(r, rap("title")),
                        text(r, rap("organisation")), text(r, rap("date")), ReportKind.fromLabel(text(r, rap("kind"))),
                        authors, 0, List.of()), null, List.of()));
            }
            return out;
        }

        private CodingEntry coding(JsonNode a, String where) {
            TagEntry tag = null;
            for (JsonNode body : bodies(a, where)) {
                if ("tagging".equals(text(body, "purpose"))) {
                    tag = tagOf(body, where);
                }
            }
            if (tag == null) {
                throw fault(where, "is a tagging annotation without a tagging body");
            }
            JsonNode target = a.get("target");
            TargetType kind = targetKind(target, where);
            boolean suggested = a.path(rap("suggested")).asBoolean(false);
            JsonNode confidence = a.get(rap("suggestionConfidence"));
            Double c = suggested && confidence != null && confidence.isNumber() && confidence.asDouble() >= 0
                    && confidence.asDouble() <= 1 ? confidence.asDouble() : null;
            return new CodingEntry(id(a), tag.id(), tag.path(), kind, anchor(target, where), creator(a),
                    text(a, "created"), text(a, "modified"), suggested, c);
        }

        private TagEntry tagOf(JsonNode body, String where) {
            String iri = text(body, rap("tag"));
            if (iri != null) {
                TagEntry t = tagsByIri.get(iri);
                if (t == null) {
                    throw fault(where, "uses tag " + iri + ", which is not in the codebook");
                }
                return t;
            }
            String value = text(body, "value");
            TagEntry t = value == null ? null : tagsByPath.get(value.strip().toLowerCase(Locale.ROOT));
            if (t == null) {
                throw fault(where, "uses tag '" + value + "', which is not in the codebook");
            }
            return t;
        }

        private NoteEntry note(JsonNode a, String where) {
            String text = null;
            for (JsonNode body : bodies(a, where)) {
                if ("commenting".equals(text(body, "purpose")) || body.has("value")) {
                    text = text(body, "value");
                }
            }
            if (text == null || text.isBlank()) {
                throw fault(where, "is a note without text");
            }
            JsonNode target = a.get("target");
            if (target == null || target.isNull()) {
                throw fault(where, "has no target");
            }
            String iri = target.isTextual() ? target.asText() : null;
            if (target.isObject() && "Person".equals(text(target, "type"))) {
                String person = text(target, "name");
                if (person == null && text(target, "id") != null
                        && text(target, "id").startsWith(WebAnnotationVocabulary.PERSON)) {
                    person = WebAnnotationVocabulary.personName(text(target, "id"));
                }
                if (person == null || person.isBlank()) {
                    throw fault(where, "targets a person without a name");
                }
                return new NoteEntry(id(a), TargetType.PERSON, null, null, person, null, text, creator(a),
                        text(a, "created"), text(a, "modified"));
            }
            if (iri != null && iri.startsWith(WebAnnotationVocabulary.REPORT)) {
                return new NoteEntry(id(a), TargetType.REPORT, null, reportId(iri, where), null, null, text,
                        creator(a), text(a, "created"), text(a, "modified"));
            }
            if (iri != null && iri.startsWith(WebAnnotationVocabulary.TAG)) {
                TagEntry t = tagsByIri.get(iri);
                if (t == null) {
                    throw fault(where, "is a note on tag " + iri + ", which is not in the codebook");
                }
                return new NoteEntry(id(a), TargetType.TAG, null, null, null, t.id(), text, creator(a),
                        text(a, "created"), text(a, "modified"));
            }
            if (iri != null) {
                throw fault(where, "targets " + iri + ", which is neither a report nor a tag");
            }
            TargetType kind = targetKind(target, where);
            return new NoteEntry(id(a), kind, anchor(target, where), null, null, null, text, creator(a),
                    text(a, "created"), text(a, "modified"));
        }

        private LinkEntry link(JsonNode a, String where) {
            String type = text(a, rap("linkType"));
            if (type == null || !LINK_TYPES.contains(type)) {
                throw fault(where, "has link type " + describe(a.get(rap("linkType"))) + "; expected one of "
                        + new java.util.TreeSet<>(LINK_TYPES));
            }
            AnchorEntry other = null;
            String note = null;
            for (JsonNode body : bodies(a, where)) {
                if ("linking".equals(text(body, "purpose"))) {
                    other = anchor(body, where + " (linked claim)");
                } else if ("commenting".equals(text(body, "purpose"))) {
                    note = text(body, "value");
                }
            }
            if (other == null) {
                throw fault(where, "is a link without a linking body");
            }
            AnchorEntry source = anchor(a.get("target"), where);
            if (source.claimId() == null || other.claimId() == null) {
                throw fault(where, "links something other than two claims");
            }
            return new LinkEntry(id(a), type, source, other, note, creator(a), text(a, "created"),
                    text(a, "modified"));
        }

        private List<JsonNode> bodies(JsonNode a, String where) {
            JsonNode body = a.get("body");
            if (body == null || body.isNull()) {
                throw fault(where, "has no body");
            }
            List<JsonNode> out = new ArrayList<>();
            if (body.isArray()) {
                body.forEach(out::add);
            } else {
                out.add(body);
            }
            for (JsonNode b : out) {
                if (!b.isObject()) {
                    throw fault(where, "has a body that is not an object");
                }
            }
            return out;
        }

        private TargetType targetKind(JsonNode target, String where) {
            if (target == null || !target.isObject()) {
                throw fault(where, "has no target resource with selectors");
            }
            String kind = text(target, rap("targetKind"));
            if (kind == null) {
                return target.hasNonNull(rap("claim")) ? TargetType.CLAIM : TargetType.SELECTION;
            }
            return switch (kind) {
                case "claim" -> TargetType.CLAIM;
                case "selection" -> TargetType.SELECTION;
                default -> throw fault(where, "has target kind '" + kind + "'; expected claim or selection");
            };
        }

        private AnchorEntry anchor(JsonNode t, String where) {
            if (t == null || !t.isObject()) {
                throw fault(where, "has no target resource with selectors");
            }
            String reportId = reportId(required(t, "source", where), where);
            String claim = text(t, rap("claim"));
            if (claim != null) {
                if (!claim.startsWith(WebAnnotationVocabulary.CLAIM) || claim.length()
                        == WebAnnotationVocabulary.CLAIM.length()) {
                    throw fault(where, "names claim '" + claim + "', not a " + WebAnnotationVocabulary.CLAIM
                            + "... id");
                }
                claim = claim.substring(WebAnnotationVocabulary.CLAIM.length());
            }
            JsonNode selectors = t.get("selector");
            List<JsonNode> list = new ArrayList<>();
            if (selectors != null && selectors.isArray()) {
                selectors.forEach(list::add);
            } else if (selectors != null && selectors.isObject()) {
                list.add(selectors);
            }
            JsonNode quote = null;
            JsonNode position = null;
            for (JsonNode s : list) {
                String type = text(s, "type");
                if ("TextQuoteSelector".equals(type)) {
                    quote = s;
                } else if ("TextPositionSelector".equals(type)) {
                    position = s;
                }
            }
            if (quote == null || position == null) {
                throw fault(where, "needs both a TextQuoteSelector and a TextPositionSelector");
            }
            String exact = text(quote, "exact");
            if (exact == null || exact.isEmpty()) {
                throw fault(where, "has a TextQuoteSelector without exact text");
            }
            JsonNode start = position.get("start");
            JsonNode end = position.get("end");
            if (start == null || end == null || !start.canConvertToInt() || !end.canConvertToInt()
                    || !start.isIntegralNumber() || !end.isIntegralNumber() || start.intValue() < 0
                    || end.intValue() < start.intValue()) {
                throw fault(where, "has a TextPositionSelector with a bad range (start " + describe(start)
                        + ", end " + describe(end) + ")");
            }
            if (end.intValue() - start.intValue() != exact.length()) {
                throw fault(where, "has a TextPositionSelector of " + (end.intValue() - start.intValue())
                        + " characters for an exact quote of " + exact.length());
            }
            return new AnchorEntry(reportId, claim, exact, text(quote, "prefix"), text(quote, "suffix"),
                    start.intValue(), end.intValue(), t.path(rap("orphan")).asBoolean(false));
        }

        private String reportId(String iri, String where) {
            if (!iri.startsWith(WebAnnotationVocabulary.REPORT)) {
                throw fault(where, "refers to '" + iri + "', not a " + WebAnnotationVocabulary.REPORT + "... report");
            }
            String id = iri.substring(WebAnnotationVocabulary.REPORT.length());
            if (!id.matches("[0-9a-f]{8,64}")) {
                throw fault(where, "has a malformed report id '" + id + "'");
            }
            return id;
        }

        private long id(JsonNode a) {
            String iri = text(a, "id");
            if (iri != null) {
                int colon = iri.lastIndexOf(':');
                try {
                    return Long.parseLong(iri.substring(colon + 1));
                } catch (NumberFormatException e) {
                    // not one of ours: number it
                }
            }
            return nextId++;
        }

        private static String creator(JsonNode a) {
            JsonNode c = a.get("creator");
            if (c == null) {
                return null;
            }
            if (c.isTextual()) {
                return c.asText();
            }
            String nick = text(c, "nickname");
            return nick != null ? nick : text(c, "name");
        }

        private String required(JsonNode n, String field, String where) {
            String v = text(n, field);
            if (v == null || v.isBlank()) {
                throw fault(where, "has no " + field);
            }
            return v;
        }

        private static String text(JsonNode n, String field) {
            JsonNode v = n == null ? null : n.get(field);
            return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
        }

        private static String describe(JsonNode v) {
            return v == null ? "missing" : v.toString();
        }

        private ImportException fault(String where, String what) {
            return new ImportException("Cannot import " + name + ": " + where + " " + what + ".");
        }
    }
}
