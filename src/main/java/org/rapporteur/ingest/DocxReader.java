package org.rapporteur.ingest;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.rapporteur.model.ProblemKind;

/**
 * Reads Word {@code .docx} files with POI: body paragraphs in order, each its own paragraph; headings (by style) on
 * their own; list items as lines starting with {@code - } or their number, consecutive items together; tables row by
 * row, cells tab-separated. Page headers, footers and comments are left out (running text, not content). The package
 * is opened read-only from the file (no copy in memory). Unpaged: Word does not store page breaks reliably.
 * Stateless, thread-safe.
 */
final class DocxReader implements FormatReader {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DocxReader.class);
    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)^\\s*(heading|title|subtitle|berschrift|titre|t[ií]tulo)");

    private enum Kind { PARAGRAPH, HEADING, ITEM, ROW }

    private record Block(Kind kind, String text, Object group) {
    }

    @Override
    public ExtractedText read(Path file, byte[] ignored, ReadBudget budget) throws ReadFailure {
        DocxPackageGuard.check(file, budget);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new ReadFailure(ProblemKind.DAMAGED,
                    "not a DOCX file: an old binary Word file or a password-protected document",
                    "open it in Word and save it as .docx without a password", e);
        } catch (NotOfficeXmlFileException | InvalidFormatException | EmptyFileException e) {
            throw new ReadFailure(ProblemKind.DAMAGED,
                    "damaged DOCX: not a Word (Office Open XML) package", "try re-saving it in Word", e);
        } catch (RuntimeException e) {
            throw damaged(file, e);
        }
        try {
            XWPFDocument doc = new XWPFDocument(pkg);
            List<Block> blocks = new ArrayList<>();
            Numbering numbering = new Numbering();
            long chars = 0;
            for (IBodyElement element : doc.getBodyElements()) {
                budget.checkTime();
                int before = blocks.size();
                switch (element) {
                    case XWPFParagraph p -> paragraph(doc, p, numbering, blocks);
                    case XWPFTable t -> table(t, blocks);
                    case XWPFSDT sdt -> addParagraph(blocks, Kind.PARAGRAPH, sdt.getContent().getText(), null);
                    default -> { }
                }
                for (int i = before; i < blocks.size(); i++) {
                    chars += blocks.get(i).text().length() + 2;
                }
                budget.checkChars(chars);
            }
            return ExtractedText.unpaged(TextNormaliser.normalise(join(blocks)))
                    .withDeclared(DocumentProperties.of(doc));
        } catch (IOException | RuntimeException e) {
            throw damaged(file, e);
        } finally {
            pkg.revert(); // read-only: close() would try to save
        }
    }

    /**
     * POI's own words name its classes and settings ("adjust ... ZipSecureFile.setMinInflateRatio()"): the analyst
     * gets what it means instead, and the log keeps the original.
     */
    private static ReadFailure damaged(Path file, Exception e) {
        LOG.debug("DOCX {} not read", file, e);
        String m = String.valueOf(e.getMessage());
        if (m.contains("Zip bomb") || m.contains("ZipSecureFile")) {
            return DocxPackageGuard.zipBomb("the file expands far beyond its packed size when unpacked");
        }
        if (m.contains("DOCTYPE") || m.contains("entity") || m.contains("entities")) {
            return new ReadFailure(ProblemKind.DAMAGED,
                    "the DOCX file is malformed: it carries a document type declaration or entities, "
                    + "which Word never writes", "the file was not read; ask for a clean copy, or open it in Word and "
                    + "save it again", e);
        }
        return new ReadFailure(ProblemKind.DAMAGED,
                "damaged DOCX: a part of the Word package cannot be read", "try re-saving it in Word", e);
    }

    private static void paragraph(XWPFDocument doc, XWPFParagraph p, Numbering numbering, List<Block> blocks) {
        String text = p.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        if (isHeading(doc, p)) {
            addParagraph(blocks, Kind.HEADING, text, null);
            return;
        }
        BigInteger numId = p.getNumID();
        if (numId != null) {
            int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
            String marker = numbering.marker(numId, level, p.getNumFmt());
            blocks.add(new Block(Kind.ITEM, marker + text.strip(), "list"));
            return;
        }
        addParagraph(blocks, Kind.PARAGRAPH, text, null);
    }

    private static void addParagraph(List<Block> blocks, Kind kind, String text, Object group) {
        if (text != null && !text.isBlank()) {
            blocks.add(new Block(kind, text.strip(), group));
        }
    }

    private static boolean isHeading(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) {
            return false;
        }
        if (HEADING_STYLE.matcher(id).find()) {
            return true;
        }
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        return style != null && style.getName() != null && HEADING_STYLE.matcher(style.getName()).find();
    }

    private static void table(XWPFTable table, List<Block> blocks) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell.getText().replaceAll("\\s+", " ").strip());
            }
            if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                blocks.add(new Block(Kind.ROW, String.join("\t", cells), table));
            }
        }
    }

    /** Items of one list and rows of one table stay on consecutive lines; everything else is a paragraph. */
    private static String join(List<Block> blocks) {
        StringBuilder b = new StringBuilder();
        Block prev = null;
        for (Block block : blocks) {
            if (prev != null) {
                boolean together = prev.kind() == block.kind() && (block.kind() == Kind.ITEM || block.kind() == Kind.ROW)
                        && prev.group() == block.group();
                b.append(together ? "\n" : "\n\n");
            }
            b.append(block.text());
            prev = block;
        }
        return b.toString();
    }

    /**
     * Counts numbered items per list ({@code numId}) and level, as Word does: numbering goes on across paragraphs in
     * between, and a deeper level restarts when a shallower one moves on.
     */
    private static final class Numbering {
        private final Map<BigInteger, int[]> counters = new HashMap<>();

        String marker(BigInteger numId, int level, String format) {
            int l = Math.max(0, Math.min(level, 8));
            int[] c = counters.computeIfAbsent(numId, k -> new int[9]);
            c[l]++;
            for (int i = l + 1; i < c.length; i++) {
                c[i] = 0;
            }
            String indent = "  ".repeat(l);
            if (format == null || format.equals("bullet") || format.equals("none")) {
                return indent + "- ";
            }
            return indent + switch (format) {
                case "lowerLetter" -> letter(c[l], 'a') + ". ";
                case "upperLetter" -> letter(c[l], 'A') + ". ";
                case "lowerRoman" -> roman(c[l]).toLowerCase(java.util.Locale.ROOT) + ". ";
                case "upperRoman" -> roman(c[l]) + ". ";
                default -> c[l] + ". ";
            };
        }

        private static String letter(int n, char base) {
            return String.valueOf((char) (base + (n - 1) % 26));
        }

        private static String roman(int n) {
            String[] r = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
            int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < v.length; i++) {
                while (n >= v[i]) {
                    b.append(r[i]);
                    n -= v[i];
                }
            }
            return b.toString();
        }
    }
}
