package org.rapporteur.ingest;

import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdfparser.PDFObjectStreamParser;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a PDF as {@code Loader.loadPDF(file, "", tempFileOnlyStreamCache)} does, with one cost of PDFBox 3.0 taken
 * out: every object stream it unpacks (a compressed group of objects: pdfTeX and most modern producers put page
 * dictionaries, fonts and annotations there) gets a new parser, and each new parser copies the document's whole
 * cross-reference table into a map of its own before it can name the first object. That is object streams × objects:
 * over 151 real PDFs (8,492 pages, two manuals of 2,415), 15 % of everything the indexer allocated and 5 % of its
 * processor time (JFR), while the page tree was first walked. Here all object streams of a document share one such map, filled the same way (from the cross-reference
 * table, first key per object number and generation, refreshed when the table grows), so every object gets the same
 * key and the same value as before. Streams are cached in a temp file, as before, so memory stays bounded whatever
 * the file's size. One loader per document; not thread-safe (a document is read by one thread).
 */
final class PdfDocumentLoader extends PDFParser {
    private static final Logger LOG = LoggerFactory.getLogger(PdfDocumentLoader.class);

    /** Objects unpacked from each object stream and not yet asked for, as PDFBox's own parser keeps them. */
    private final Map<Long, Map<COSObjectKey, COSBase>> unpacked = new HashMap<>();
    /** The cross-reference table's keys by their internal hash, shared by all object stream parsers. */
    private final Map<Long, COSObjectKey> keys = new HashMap<>();

    private PdfDocumentLoader(RandomAccessRead source) throws IOException {
        super(source, "", null, null, IOUtils.createTempFileOnlyStreamCache());
    }

    /** Opens {@code file}; the caller closes the document (which closes the file). */
    static PDDocument open(File file) throws IOException {
        RandomAccessReadBufferedFile source = new RandomAccessReadBufferedFile(file);
        try {
            return new PdfDocumentLoader(source).parse();
        } catch (IOException | RuntimeException e) {
            IOUtils.closeQuietly(source);
            throw e;
        }
    }

    /** PDFBox's own method, but unpacking the stream with a parser that shares the key map. */
    @Override
    protected COSBase parseObjectStreamObject(long objstmObjNr, COSObjectKey key) throws IOException {
        Map<COSObjectKey, COSBase> streamObjects = unpacked.computeIfAbsent(objstmObjNr, k -> new HashMap<>());
        COSBase object = streamObjects.remove(key);
        if (object != null) {
            return object;
        }
        COSBase stream = document.getObjectFromPool(getObjectKey(objstmObjNr, 0)).getObject();
        if (stream instanceof COSStream cosStream) {
            try {
                Map<COSObjectKey, COSBase> all = new SharedKeysObjectStreamParser(cosStream, document, keys)
                        .parseAllObjects();
                object = all.remove(key);
                all.forEach(streamObjects::putIfAbsent);
            } catch (IOException e) {
                if (!isLenient()) {
                    throw e;
                }
                LOG.debug("object stream {} could not be parsed", objstmObjNr, e);
            }
        }
        return object;
    }

    /**
     * What {@code BaseParser.getObjectKey} answers: the cross-reference table's own key for this object number and
     * generation, or a new key when the table has none; its map of keys is filled from the table whenever the table
     * holds more keys than the map.
     */
    static COSObjectKey sharedKey(COSDocument document, Map<Long, COSObjectKey> keys, long num, int gen) {
        if (document == null || document.getXrefTable().isEmpty()) {
            return new COSObjectKey(num, gen);
        }
        Map<COSObjectKey, Long> xref = document.getXrefTable();
        if (xref.size() > keys.size()) {
            for (COSObjectKey k : xref.keySet()) {
                keys.putIfAbsent(k.getInternalHash(), k);
            }
        }
        COSObjectKey known = keys.get(COSObjectKey.computeInternalHash(num, gen));
        return known != null ? known : new COSObjectKey(num, gen);
    }

    /** An object stream parser that names objects through the document's shared key map. */
    private static final class SharedKeysObjectStreamParser extends PDFObjectStreamParser {
        private final Map<Long, COSObjectKey> keys;

        SharedKeysObjectStreamParser(COSStream stream, COSDocument document, Map<Long, COSObjectKey> keys)
                throws IOException {
            super(stream, document);
            this.keys = keys;
        }

        @Override
        protected COSObjectKey getObjectKey(long num, int gen) {
            return sharedKey(document, keys, num, gen);
        }
    }
}
