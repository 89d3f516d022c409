package org.rapporteur.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.rapporteur.model.ProblemKind;

/**
 * Looks inside a DOCX package before POI opens it, streaming every XML part once: POI builds each part into a tree in
 * memory, so a part that inflates to hundreds of MB would cost minutes and gigabytes before a single check of ours
 * could run. Refuses, with words an analyst can act on:
 * <ul>
 *   <li>XML parts that together unpack to more than {@link #MAX_UNPACKED_XML} bytes, or a part that inflates more
 *       than {@link #MAX_EXPANSION}-fold (zip bombs);</li>
 *   <li>a document type declaration (Word never writes one; entities in it are the XXE and "billion laughs"
 *       attacks);</li>
 *   <li>a main document with more text than the {@link ReadBudget} allows (counted in {@code w:t} elements, so an
 *       8-fold inflating file that passes the ratio check stops at the character cap in a second or two).</li>
 * </ul>
 * Stateless, thread-safe. A package that is not a readable zip is left to POI, whose failure is already worded.
 */
final class DocxPackageGuard {
    /** XML of a 1,000-page Word report is ~30 MB; POI's tree of it takes ~10× that in memory. */
    static final long MAX_UNPACKED_XML = 64L * 1024 * 1024;
    /** Office files pack text 5–20-fold; a part that inflates more than this is built to hurt (POI's limit too). */
    static final long MAX_EXPANSION = 100;
    /** Below this size a part may pack as tightly as it likes (a run of blank styles is tiny and harmless). */
    private static final long EXPANSION_GRACE = 1024L * 1024;
    private static final String MAIN_DOCUMENT = "word/document.xml";
    private static final Pattern NESTED_ENTITY = Pattern.compile("<!ENTITY\\s+%?\\s*[^\\s>]+\\s+(['\"])[^'\"]*&[^;\\s]+;");
    private static final Pattern EXTERNAL_ENTITY = Pattern.compile("<!ENTITY[^>]*\\s(SYSTEM|PUBLIC)\\s");
    private static final XMLInputFactory XML = safeFactory();
    private static final String NOT_READ = "the file was not read; ask for a clean copy, or open it in Word and save it "
            + "again";

    private DocxPackageGuard() {
    }

    static void check(Path file, ReadBudget budget) throws ReadFailure {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            return; // not a zip: POI says so in its own (translated) words
        } catch (IOException e) {
            throw new ReadFailure(ProblemKind.NO_ACCESS, "cannot read file: " + Ingestor.describe(e), null, e);
        }
        try (zip) {
            long unpacked = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (entry.isDirectory() || !(name.endsWith(".xml") || name.endsWith(".rels"))) {
                    continue; // images and fonts are not parsed by the reader
                }
                budget.checkTime();
                try (CountingStream in = new CountingStream(zip.getInputStream(entry), entry, unpacked)) {
                    scan(in, name.equals(MAIN_DOCUMENT), budget);
                    unpacked = in.total;
                } catch (ZipException e) {
                    return; // a damaged entry: POI reports the damage
                }
            }
        } catch (IOException e) {
            if (e.getCause() instanceof ReadFailure f) {
                throw f;
            }
            throw new ReadFailure(ProblemKind.DAMAGED,
                    "damaged DOCX: its parts cannot be unpacked", "try re-saving it in Word", e);
        }
    }

    /** Streams one XML part: refuses a DTD, and counts the main document's text against the character budget. */
    private static void scan(CountingStream in, boolean mainDocument, ReadBudget budget) throws IOException {
        XMLStreamReader xml = null;
        try {
            xml = XML.createXMLStreamReader(in);
            long chars = 0;
            int depthInText = 0;
            int events = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new IOException(dtdFailure(xml.getText()));
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (mainDocument && "t".equals(xml.getLocalName())) {
                            depthInText++;
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (mainDocument && "t".equals(xml.getLocalName())) {
                            depthInText--;
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (depthInText > 0) {
                            chars += xml.getTextLength();
                            budget.checkChars(chars);
                        }
                    }
                    default -> { }
                }
                if ((++events & 0xFFF) == 0) {
                    budget.checkTime();
                }
            }
        } catch (ReadFailure f) {
            throw new IOException(f.reason(), f);
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof IOException io) {
                throw io; // the counting stream's zip-bomb verdict, or a read error
            }
            // malformed XML: POI meets it too and says the package is damaged
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader we are abandoning
                }
            }
        }
    }

    private static ReadFailure dtdFailure(String dtd) {
        if (NESTED_ENTITY.matcher(dtd).find()) {
            return new ReadFailure(ProblemKind.DAMAGED,
                    "the DOCX file is malformed: it defines nested entities, which expand without end "
                    + "(a known attack on programs that read XML)", NOT_READ);
        }
        if (EXTERNAL_ENTITY.matcher(dtd).find()) {
            return new ReadFailure(ProblemKind.DAMAGED,
                    "the DOCX file is malformed: it defines entities that fetch other files or web "
                    + "addresses (a known attack on programs that read XML)", NOT_READ);
        }
        return new ReadFailure(ProblemKind.DAMAGED,
                "the DOCX file is malformed: it carries a document type declaration, which Word never "
                + "writes", NOT_READ);
    }

    static ReadFailure zipBomb(String reason) {
        return new ReadFailure(ProblemKind.DAMAGED, reason + "; it may be a zip bomb", NOT_READ);
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        // report the DTD as an event but never act on it: no entity is expanded and nothing outside is fetched
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    /** Counts inflated bytes of one part (on top of the parts before it) and stops at the limits. */
    private static final class CountingStream extends FilterInputStream {
        private final long packed;
        private final long start;
        private long total;

        CountingStream(InputStream in, ZipEntry entry, long before) {
            super(in);
            this.packed = Math.max(1, entry.getCompressedSize());
            this.start = before;
            this.total = before;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            total += n;
            long part = total - start;
            if (total > MAX_UNPACKED_XML) {
                throw new IOException(zipBomb("the file expands to more than " + MAX_UNPACKED_XML / (1024 * 1024)
                        + " MB of text and markup when unpacked"));
            }
            if (part > EXPANSION_GRACE && part / packed > MAX_EXPANSION) {
                throw new IOException(zipBomb("the file expands more than " + MAX_EXPANSION
                        + "-fold when unpacked"));
            }
        }
    }
}
