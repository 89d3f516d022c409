package org.rapporteur.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the bad files analysts bring, byte by byte, for tests and the robustness benchmark: a tiny PDF whose page
 * tree declares billions of pages, truncated PDFs, zip-bomb and inflating DOCX files, XXE and "billion laughs" DOCX
 * files, binary junk under report names, empty files, FIFOs. Nothing here is copied from shared data.
 */
public final class HostileFiles {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private HostileFiles() {
    }

    /** A well-formed one-page PDF (with text) whose page tree root declares {@code declaredPages} pages. */
    public static Path pdfDeclaringPages(Path file, long declaredPages) throws IOException {
        String content = "BT /F1 12 Tf 72 720 Td (The delegates agreed on a water-sharing plan.) Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count " + declaredPages + " >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        return Files.write(file, pdf(objects));
    }

    /** A PDF of {@code pages} pages of readable sentences, written by hand (no library), with a correct xref. */
    public static Path simplePdf(Path file, int pages, String topic) throws IOException {
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(4 + 2 * i).append(" 0 R ");
        }
        objects.add("<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        String[] speakers = {"Amina Rahman", "Jonas Berg", "Li Wei", "Carla Mendes", "Omar Haddad", "Sofia Novak"};
        String[] subjects = {"groundwater", "fisheries", "hydropower", "flood warnings", "irrigation", "shipping"};
        for (int i = 0; i < pages; i++) {
            String content = "BT /F1 11 Tf 72 720 Td 14 TL (Session " + (i + 1) + " on " + topic + " and "
                    + subjects[i % subjects.length] + ".) Tj T* (" + speakers[i % speakers.length] + " said that "
                    + subjects[(i + 2) % subjects.length] + " needs shared data across " + (i + 2) + " countries.) Tj ET";
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents " + (5 + 2 * i)
                    + " 0 R /Resources << /Font << /F1 3 0 R >> >> >>");
            objects.add("<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
        }
        return Files.write(file, pdf(objects));
    }

    /**
     * A PDF of {@code pages} pages whose every page sets its text in a font of its own that no machine has and the file
     * does not embed ("Rapporteur-Invented-Serif-A", "-B", ...): PDFBox substitutes a fallback font for each, and
     * says so each time, as it does for reports made with an office suite's uncommon fonts.
     */
    public static Path pdfWithUnknownFonts(Path file, int pages) throws IOException {
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(3 + 3 * i).append(" 0 R ");
        }
        objects.add("<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>");
        for (int i = 0; i < pages; i++) {
            String name = "Rapporteur-Invented-Serif-" + (char) ('A' + i % 26) + (i < 26 ? "" : "x" + i / 26);
            String content = "BT /F1 11 Tf 72 720 Td (Session " + (i + 1) + ": the delegates agreed on a plan for "
                    + "shared river data.) Tj ET";
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents " + (4 + 3 * i)
                    + " 0 R /Resources << /Font << /F1 " + (5 + 3 * i) + " 0 R >> >> >>");
            objects.add("<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
            objects.add("<< /Type /Font /Subtype /TrueType /BaseFont /" + name
                    + " /FirstChar 32 /LastChar 126 /Encoding /WinAnsiEncoding >>");
        }
        return Files.write(file, pdf(objects));
    }

    /** The first {@code fraction} of a good PDF: what an interrupted download leaves. */
    public static Path truncatedPdf(Path file, double fraction) throws IOException {
        Path whole = simplePdf(file, 3, "a truncated download");
        byte[] b = Files.readAllBytes(whole);
        return Files.write(file, java.util.Arrays.copyOf(b, (int) (b.length * fraction)));
    }

    private static byte[] pdf(List<String> objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder b = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int off : offsets) {
            b.append(String.format(Locale.ROOT, "%010d 00000 n \n", off));
        }
        b.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(out, b.toString());
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A small, valid DOCX with the given paragraphs. */
    public static Path docx(Path file, List<String> paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(escape(p)).append("</w:t></w:r></w:p>");
        }
        return docxWithDocument(file, documentXml("", body.toString()));
    }

    /**
     * A DOCX whose document.xml holds about {@code xmlBytes} bytes of ordinary-looking paragraphs, deflated about
     * 8-fold: below every zip-bomb ratio check, yet hundreds of MB of XML when {@code xmlBytes} is large. Streamed, so
     * writing it costs little memory.
     */
    public static Path inflatingDocx(Path file, long xmlBytes) throws IOException {
        return inflatingDocx(file, xmlBytes, Deflater.BEST_SPEED);
    }

    /** As above at a deflate {@code level}: the default level packs about 9-fold, {@code BEST_SPEED} 6-fold, quicker. */
    public static Path inflatingDocx(Path file, long xmlBytes, int level) throws IOException {
        String[] words = {"water", "river", "basin", "treaty", "minister", "delegate", "agreement", "regional",
                "trade", "security", "cooperation", "border", "data", "share", "policy", "panel"};
        Random random = new Random(12);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            skeleton(zip);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.setLevel(level);
            String skeleton = documentXml("", "");
            zip.write(skeleton.substring(0, skeleton.indexOf("</w:body>")).getBytes(StandardCharsets.UTF_8));
            // a pool of random paragraphs, drawn at random: compresses like prose (about 8-fold), costs little CPU
            byte[][] pool = new byte[160][];
            StringBuilder p = new StringBuilder(512);
            for (int k = 0; k < pool.length; k++) {
                p.setLength(0);
                p.append("<w:p><w:r><w:t>");
                for (int i = 0; i < 40; i++) {
                    p.append(words[random.nextInt(words.length)]).append(' ');
                }
                pool[k] = p.append("</w:t></w:r></w:p>").toString().getBytes(StandardCharsets.UTF_8);
            }
            long written = 0;
            while (written < xmlBytes) {
                byte[] para = pool[random.nextInt(pool.length)];
                zip.write(para);
                written += para.length;
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** A DOCX whose document.xml is {@code xmlBytes} of blank space, deflated ~1,000-fold: a classic zip bomb. */
    public static Path zipBombDocx(Path file, long xmlBytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            skeleton(zip);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            String head = documentXml("", "<w:p><w:r><w:t>Bomb</w:t></w:r></w:p>");
            int cut = head.indexOf("</w:body>");
            zip.write(head.substring(0, cut).getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (long n = 0; n < xmlBytes; n += blanks.length) {
                zip.write(blanks);
            }
            zip.write(head.substring(cut).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** A DOCX whose document.xml defines ten levels of entities each ten times the one below ("billion laughs"). */
    public static Path billionLaughsDocx(Path file) throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE w:document [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        dtd.append("]>");
        return docxWithDocument(file, documentXml(dtd.toString(), "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>"));
    }

    /** A DOCX whose document.xml pulls in a file from the reader's machine (XML external entity). */
    public static Path externalEntityDocx(Path file) throws IOException {
        String dtd = "<!DOCTYPE w:document [\n<!ENTITY secret SYSTEM \"file:///etc/passwd\">\n]>";
        return docxWithDocument(file, documentXml(dtd, "<w:p><w:r><w:t>&secret;</w:t></w:r></w:p>"));
    }

    /** {@code size} random bytes under any name: a download that is not what its name says. */
    public static Path junk(Path file, int size, long seed) throws IOException {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return Files.write(file, b);
    }

    /** A named pipe (FIFO); false where {@code mkfifo} is missing. Opening one for reading blocks for ever. */
    public static boolean fifo(Path file) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
            return p.waitFor() == 0 && Files.exists(file);
        } catch (IOException e) {
            return false;
        }
    }

    /** The bad files above (and a FIFO), one of each kind, in {@code dir}; returns what each is. */
    public static Map<Path, String> smallSet(Path dir) throws IOException, InterruptedException {
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(pdfDeclaringPages(dir.resolve("declares-billions.pdf"), 9_999_999_999L), "huge /Count");
        files.put(truncatedPdf(dir.resolve("truncated.pdf"), 0.6), "truncated PDF");
        files.put(zipBombDocx(dir.resolve("zip-bomb.docx"), 32L << 20), "zip-bomb DOCX");
        files.put(inflatingDocx(dir.resolve("inflating.docx"), 8L << 20), "inflating DOCX (8 MB of XML)");
        files.put(billionLaughsDocx(dir.resolve("billion-laughs.docx")), "billion laughs DOCX");
        files.put(externalEntityDocx(dir.resolve("xxe.docx")), "XXE DOCX");
        files.put(junk(dir.resolve("junk.pdf"), 40_000, 1), "binary junk .pdf");
        files.put(junk(dir.resolve("junk.txt"), 40_000, 2), "binary junk .txt");
        files.put(junk(dir.resolve("junk.docx"), 40_000, 3), "binary junk .docx");
        files.put(Files.createFile(dir.resolve("empty.pdf")), "empty .pdf");
        files.put(Files.createFile(dir.resolve("empty.docx")), "empty .docx");
        files.put(simplePdf(dir.resolve("good.pdf"), 2, "river basins"), "good PDF");
        files.put(docx(dir.resolve("good.docx"), List.of("Minutes of the panel on trade.",
                "The delegates agreed to meet again in spring.")), "good DOCX");
        Path fifo = dir.resolve("pipe.txt");
        if (fifo(fifo)) {
            files.put(fifo, "FIFO");
        }
        return files;
    }

    private static String documentXml(String doctype, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + doctype
                + "<w:document xmlns:w=\"" + W + "\"><w:body>" + body + "</w:body></w:document>";
    }

    private static Path docxWithDocument(Path file, String documentXml) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            skeleton(zip);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(documentXml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    private static void skeleton(ZipOutputStream zip) throws IOException {
        zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("_rels/.rels"));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
