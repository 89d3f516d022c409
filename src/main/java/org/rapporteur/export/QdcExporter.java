package org.rapporteur.export;

import java.io.IOException;
import java.io.OutputStream;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The codebook as a REFI-QDA codebook ({@code .qdc}, namespace {@code urn:QDA-XML:codebook:1.0}): every tag a
 * {@code Code} with a stable GUID, name, colour and description, nested as in the tag tree. Refuses an empty
 * codebook, which the schema cannot express.
 */
public final class QdcExporter implements Exporter {
    @Override
    public void write(ExportBundle bundle, ExportOptions options, OutputStream out) throws IOException {
        if (bundle.tags().isEmpty()) {
            throw new ExportException("The codebook is empty: a REFI-QDA codebook needs at least one tag.");
        }
        Document doc = SecureXml.newDocument();
        Element root = doc.createElementNS(RefiQda.CODEBOOK_NS, "CodeBook");
        doc.appendChild(root);
        root.setAttribute("origin", bundle.info().generator());
        RefiQda.codes(doc, root, RefiQda.CODEBOOK_NS, bundle.tags(), null);
        SecureXml.write(doc, out);
    }
}
