package org.rapporteur.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.rapporteur.model.DeclaredMetadata;

/**
 * What a PDF or a Word file declares about itself in its document properties: the PDF document information
 * dictionary and XMP packet (title, author/creator, subject, creation date), the DOCX core properties (title, creator,
 * created, description). Authoring tools fill these with junk as often as not ("Microsoft Word - draft3.docx",
 * "Administrator"): {@link DeclaredValues} drops it. Never throws.
 */
final class DocumentProperties {
    private static final int MAX_XMP_BYTES = 1 << 20;
    private static final Pattern XMP_TITLE = Pattern.compile("(?s)<dc:title>.*?<rdf:li[^>]*>(.*?)</rdf:li>");
    private static final Pattern XMP_CREATOR = Pattern.compile("(?s)<dc:creator>(.*?)</dc:creator>");
    private static final Pattern XMP_LI = Pattern.compile("(?s)<rdf:li[^>]*>(.*?)</rdf:li>");
    private static final Pattern XMP_DATE = Pattern.compile(
            "(?s)xmp:CreateDate(?:=\"([^\"]*)\"|>([^<]*)<)");

    private DocumentProperties() {
    }

    static DeclaredMetadata of(PDDocument doc) {
        try {
            PDDocumentInformation info = doc.getDocumentInformation();
            String xmp = xmp(doc);
            String title = DeclaredValues.title(info.getTitle());
            if (title == null) {
                title = DeclaredValues.title(first(XMP_TITLE, xmp));
            }
            List<String> authors = DeclaredValues.people(info.getAuthor());
            if (authors.isEmpty()) {
                Matcher c = XMP_CREATOR.matcher(xmp);
                if (c.find()) {
                    List<String> names = new ArrayList<>();
                    Matcher li = XMP_LI.matcher(c.group(1));
                    while (li.find()) {
                        names.addAll(DeclaredValues.people(unescape(li.group(1))));
                    }
                    authors = names;
                }
            }
            String date = DeclaredValues.date(safeCreationDate(info));
            if (date == null) {
                Matcher d = XMP_DATE.matcher(xmp);
                if (d.find()) {
                    date = DeclaredValues.date(d.group(1) != null ? d.group(1) : d.group(2));
                }
            }
            return new DeclaredMetadata(title, authors, null, date, DeclaredValues.text(info.getSubject()), null);
        } catch (RuntimeException e) {
            return DeclaredMetadata.none();
        }
    }

    static DeclaredMetadata of(XWPFDocument doc) {
        try {
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            Date created = core.getCreated();
            Calendar c = null;
            if (created != null) {
                c = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
                c.setTime(created);
            }
            return new DeclaredMetadata(DeclaredValues.title(core.getTitle()), DeclaredValues.people(core.getCreator()),
                    null, DeclaredValues.date(c), DeclaredValues.text(core.getDescription()),
                    DeclaredValues.text(core.getCategory()));
        } catch (RuntimeException e) {
            return DeclaredMetadata.none();
        }
    }

    private static Calendar safeCreationDate(PDDocumentInformation info) {
        try {
            return info.getCreationDate();
        } catch (RuntimeException e) {
            return null; // an unparseable date string
        }
    }

    private static String xmp(PDDocument doc) {
        try {
            PDMetadata m = doc.getDocumentCatalog().getMetadata();
            if (m == null) {
                return "";
            }
            try (InputStream in = m.exportXMPMetadata()) {
                return new String(in.readNBytes(MAX_XMP_BYTES), StandardCharsets.UTF_8);
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String first(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? unescape(m.group(1)) : null;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
