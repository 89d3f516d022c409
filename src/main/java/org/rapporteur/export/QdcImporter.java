package org.rapporteur.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a REFI-QDA codebook into a tag tree: a {@code .qdc} file ({@code <CodeBook>} in
 * {@code urn:QDA-XML:codebook:1.0}), or the codebook of a {@code .qdpx} project ({@code project.qde}, read through
 * {@link QdpxArchive} with its zip checks). Checks what the schema demands (GUIDs, names, {@code isCodable}, colours)
 * and refuses DOCTYPEs (so no external entities), oversized files and anything else with an {@link ImportException}.
 * A slash in a code name (our path separator) becomes a dash; codes with the same path are merged. Thread-safe.
 */
public final class QdcImporter {
    /** Most codes read from one codebook. */
    public static final int MAX_CODES = 100_000;
    private static final Pattern GUID = Pattern.compile("\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
            + "[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}?");
    private static final Pattern COLOUR = Pattern.compile("#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})");

    private final ImportLimits limits;

    public QdcImporter() {
        this(ImportLimits.DEFAULT);
    }

    public QdcImporter(ImportLimits limits) {
        this.limits = limits;
    }

    /** The tags of a {@code .qdc} or {@code .qdpx} file, parents before children. */
    public List<TagEntry> read(Path file) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".qdpx")) {
            byte[] project = QdpxArchive.readProject(file, limits);
            return read(new ByteArrayInputStream(project), name + "!" + QdpxExporter.PROJECT_ENTRY);
        }
        try {
            if (Files.size(file) > limits.maxFileBytes()) {
                throw new ImportException(name + " is larger than the limit of " + Sizes.human(limits.maxFileBytes())
                        + "; refused.");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, name);
            }
        } catch (NoSuchFileException e) {
            throw new ImportException("No file " + file + ".", e);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a codebook or project document from a stream (not closed); {@code name} is used in messages. */
    public List<TagEntry> read(InputStream in, String name) {
        Document doc;
        try {
            doc = SecureXml.documentBuilder().parse(new LimitedInputStream(in, limits.maxFileBytes(), name));
        } catch (SAXParseException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            if (msg.contains("DOCTYPE")) {
                throw new ImportException(name + " declares a DOCTYPE; Rapporteur does not read DTDs or external"
                        + " entities in imported XML. Refused.", e);
            }
            throw new ImportException(name + " is not well-formed XML (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + "): " + msg, e);
        } catch (SAXException e) {
            throw new ImportException(name + " is not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + name + ": " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        Element codes;
        if (is(root, RefiQda.CODEBOOK_NS, "CodeBook")) {
            codes = only(root, RefiQda.CODEBOOK_NS, "Codes", name);
        } else if (is(root, RefiQda.PROJECT_NS, "Project")) {
            Element cb = first(root, RefiQda.PROJECT_NS, "CodeBook");
            if (cb == null) {
                throw new ImportException(name + " is a REFI-QDA project without a codebook.");
            }
            codes = only(cb, RefiQda.PROJECT_NS, "Codes", name);
        } else {
            throw new ImportException(name + " is not a REFI-QDA codebook: its root element is {"
                    + root.getNamespaceURI() + "}" + root.getLocalName() + ", not {" + RefiQda.CODEBOOK_NS
                    + "}CodeBook.");
        }
        Map<String, TagEntry> byPath = new LinkedHashMap<>();
        String ns = codes.getNamespaceURI();
        List<Element> top = children(codes, ns, "Code");
        if (top.isEmpty()) {
            throw new ImportException(name + " has no codes.");
        }
        for (Element code : top) {
            code(code, ns, null, byPath, name);
        }
        return List.copyOf(byPath.values());
    }

    private void code(Element e, String ns, TagEntry parent, Map<String, TagEntry> byPath, String file) {
        String codeName = e.getAttribute("name").strip().replaceAll("\\s+", " ");
        String where = "code '" + codeName + "'";
        if (codeName.isEmpty()) {
            throw new ImportException(file + " has a code without a name.");
        }
        String guid = e.getAttribute("guid").strip();
        if (!GUID.matcher(guid).matches()) {
            throw new ImportException(file + ": " + where + " has no valid guid ('" + guid + "').");
        }
        String codable = e.getAttribute("isCodable").strip();
        if (!codable.matches("true|false|1|0")) {
            throw new ImportException(file + ": " + where + " has no valid isCodable attribute.");
        }
        String colour = e.getAttribute("color").strip();
        if (!colour.isEmpty() && !COLOUR.matcher(colour).matches()) {
            throw new ImportException(file + ": " + where + " has colour '" + colour + "', not #RRGGBB.");
        }
        if (colour.length() == 4) {
            colour = "#" + colour.charAt(1) + colour.charAt(1) + colour.charAt(2) + colour.charAt(2)
                    + colour.charAt(3) + colour.charAt(3);
        }
        Element description = first(e, ns, "Description");
        String tagName = codeName.replace('/', '-');
        String path = parent == null ? tagName : parent.path() + "/" + tagName;
        TagEntry tag = byPath.get(path.toLowerCase(Locale.ROOT));
        if (tag == null) {
            if (byPath.size() >= MAX_CODES) {
                throw new ImportException(file + " has more than " + MAX_CODES + " codes; refused.");
            }
            tag = new TagEntry(byPath.size() + 1, tagName, parent == null ? null : parent.id(), path,
                    colour.isEmpty() ? null : colour.toUpperCase(Locale.ROOT),
                    description == null ? null : blankToNull(description.getTextContent()), null, null, null);
            byPath.put(path.toLowerCase(Locale.ROOT), tag);
        }
        for (Element child : children(e, ns, "Code")) {
            code(child, ns, tag, byPath, file);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean is(Element e, String ns, String local) {
        return ns.equals(e.getNamespaceURI()) && local.equals(e.getLocalName());
    }

    private static Element only(Element parent, String ns, String local, String file) {
        Element e = first(parent, ns, local);
        if (e == null) {
            throw new ImportException(file + " has no <" + local + "> element.");
        }
        return e;
    }

    private static Element first(Element parent, String ns, String local) {
        List<Element> c = children(parent, ns, local);
        return c.isEmpty() ? null : c.getFirst();
    }

    private static List<Element> children(Element parent, String ns, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && is(el, ns, local)) {
                out.add(el);
            }
        }
        return out;
    }
}
