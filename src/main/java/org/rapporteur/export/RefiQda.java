package org.rapporteur.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What the REFI-QDA project and codebook writers share: the namespaces, deterministic GUIDs (name-based UUIDs, so the
 * same work exports to the same file), and the code tree.
 */
final class RefiQda {
    static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
    static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";
    private static final Pattern COLOUR = Pattern.compile("#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})");

    private RefiQda() {
    }

    /** A stable GUID for an entity of a kind, e.g. {@code guid("tag", "12")}. */
    static String guid(String kind, String key) {
        return UUID.nameUUIDFromBytes(("rapporteur:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    static String tagGuid(long tagId) {
        return guid("tag", Long.toString(tagId));
    }

    /** An ISO instant as xsd:dateTime, or null when it is not one. */
    static String dateTime(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return Instant.parse(iso).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static void attr(Element e, String name, String value) {
        if (value != null && !value.isBlank()) {
            e.setAttribute(name, SecureXml.clean(value));
        }
    }

    static Element child(Document doc, Element parent, String ns, String name) {
        Element e = doc.createElementNS(ns, name);
        parent.appendChild(e);
        return e;
    }

    static Element text(Document doc, Element parent, String ns, String name, String value) {
        Element e = child(doc, parent, ns, name);
        e.setTextContent(SecureXml.clean(value));
        return e;
    }

    /**
     * Appends {@code <Codes>} with the codebook as a tree to {@code parent}. {@code noteRefs} gives the note GUIDs of
     * a tag (project files only; codebooks have no notes).
     */
    static void codes(Document doc, Element parent, String ns, List<TagEntry> tags,
                      Function<TagEntry, List<String>> noteRefs) {
        Map<Long, List<TagEntry>> byParent = new HashMap<>();
        Map<Long, TagEntry> byId = new HashMap<>();
        tags.forEach(t -> byId.put(t.id(), t));
        for (TagEntry t : tags) {
            // A parent missing from the bundle would hide the tag: put it at the top instead.
            Long p = t.parentId() != null && byId.containsKey(t.parentId()) ? t.parentId() : 0L;
            byParent.computeIfAbsent(p, k -> new ArrayList<>()).add(t);
        }
        Element codes = child(doc, parent, ns, "Codes");
        addCodes(doc, codes, ns, byParent, 0L, noteRefs);
    }

    private static void addCodes(Document doc, Element parent, String ns, Map<Long, List<TagEntry>> byParent,
                                 long parentId, Function<TagEntry, List<String>> noteRefs) {
        for (TagEntry t : byParent.getOrDefault(parentId, List.of())) {
            Element code = child(doc, parent, ns, "Code");
            code.setAttribute("guid", tagGuid(t.id()));
            code.setAttribute("name", SecureXml.clean(t.name()));
            code.setAttribute("isCodable", "true");
            if (t.colour() != null && COLOUR.matcher(t.colour()).matches()) {
                code.setAttribute("color", t.colour());
            }
            if (t.description() != null && !t.description().isBlank()) {
                text(doc, code, ns, "Description", t.description());
            }
            if (noteRefs != null) {
                for (String note : noteRefs.apply(t)) {
                    child(doc, code, ns, "NoteRef").setAttribute("targetGUID", note);
                }
            }
            addCodes(doc, code, ns, byParent, t.id(), noteRefs);
        }
    }
}
