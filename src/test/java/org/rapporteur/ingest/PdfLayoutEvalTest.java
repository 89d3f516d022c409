package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Claim;
import org.rapporteur.model.PageFurniture;
import org.rapporteur.model.Report;
import org.rapporteur.model.SourceDocument;
import org.rapporteur.structure.ReportStructurer;

/**
 * Measures how well PDFs are read as a person reads them (docs/pdf-layout.md): invented multi-page reports set in
 * two columns (and some in one) with running headers, page numbers, footnotes and bold headings, read back by the
 * layout reader and, for comparison, by the reader it replaced (PDFTextStripper page by page, then the line-based
 * {@link PageTextAssembler}). Then the distribution's documentation PDFs, which have no answer key: there it counts
 * running lines found and how many of them still stand inside claims. Tagged {@code eval}: run with
 * {@code bin/test -Dgroups=eval -Dtest.excludedGroups=none -Dtest=PdfLayoutEvalTest}. Writes
 * {@code target/pdf-layout-eval.md}.
 */
@Tag("eval")
class PdfLayoutEvalTest {
    private static final int REPORTS = 40;
    private static final String[] FOOTERS = {"Page %d of %d", "%d", "– %d –", "Upper Basin Water Forum | %d"};
    private static final Pattern MARKS = Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    @TempDir
    Path dir;

    /** Counts over a set of reports. */
    private static final class Score {
        int reports;
        int pages;
        int sentences;
        int intactInText;
        int claimEqualsSentence;
        int sentencesInRightSection;
        int claims;
        int claimsWithRunningLines;
        int claimsWithNotes;
        int panellistSections;
        int headings;
        int headingsAsSections;
        int notes;
        int notesApart;
        final List<String> misses = new ArrayList<>();

        String row(String name) {
            return String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %s | %s | %d | %d | %d | %s | %s |", name, reports,
                    pages, sentences, pct(intactInText, sentences), pct(claimEqualsSentence, sentences),
                    pct(sentencesInRightSection, sentences), claimsWithRunningLines, claimsWithNotes,
                    panellistSections, pct(headingsAsSections, headings), pct(notesApart, notes));
        }
    }

    private static String pct(int n, int of) {
        return String.format(Locale.ROOT, "%.1f %% (%d/%d)", of == 0 ? 0 : 100.0 * n / of, n, of);
    }

    @Test
    void inventedTwoColumnReports() throws Exception {
        Score now = new Score();
        Score before = new Score();
        long readNanos = 0;
        for (int i = 0; i < REPORTS; i++) {
            InventedReports.Report truth = InventedReports.invent(1000 + i, 4 + i % 5);
            String header = "Upper Basin Water Forum · Seminar report " + (char) ('A' + i % 26);
            ReportPdfSetter.Design design = new ReportPdfSetter.Design(
                    "Water Futures in the Upper Basin: Seminar " + (char) ('A' + i % 26), header,
                    FOOTERS[i % FOOTERS.length], i % 5 == 4 ? 1 : 2, i % 2 == 0, i % 3 != 0);
            Path pdf = dir.resolve("report-" + i + ".pdf");
            new ReportPdfSetter(design).write(truth.items(), pdf);
            long t0 = System.nanoTime();
            SourceDocument doc = new Ingestor().read(pdf).document();
            readNanos += System.nanoTime() - t0;
            score(now, doc, truth, header);
            score(before, legacyRead(pdf), truth, header);
        }
        String report = "## Invented reports (" + REPORTS + ")\n\n"
                + "| reader | reports | pages | sentences | intact in the text | claim = sentence | sentence under its heading "
                + "| claims with a running line or page number | claims with a footnote | claims under a panellist line "
                + "| headings as sections | footnotes kept apart |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
                + before.row("before (text stripper + line joining)") + "\n" + now.row("layout reader") + "\n\n"
                + String.format(Locale.ROOT, "Layout reader: %.1f ms per report (%d pages in all), this machine, not idle.%n",
                readNanos / 1e6 / REPORTS, now.pages);
        append(report);
        Files.write(Path.of("target", "pdf-layout-misses.txt"), now.misses);
        System.out.println(report);
        assertTrue(now.intactInText >= 0.99 * now.sentences, "sentences intact: " + pct(now.intactInText, now.sentences));
        assertEquals(0, now.claimsWithRunningLines, "running lines or page numbers inside claims");
    }

    private static void score(Score s, SourceDocument doc, InventedReports.Report truth, String header) {
        Report report = new ReportStructurer().structure(doc, null);
        String text = MARKS.matcher(doc.text()).replaceAll("");
        s.reports++;
        s.pages += doc.pages().stream().mapToInt(p -> p.number()).max().orElse(0);
        List<String> claimTexts = new ArrayList<>();
        for (Claim c : report.claims()) {
            String t = MARKS.matcher(c.text()).replaceAll("");
            claimTexts.add(t);
            s.claims++;
            if (t.contains(header) || DIGIT.matcher(t).find()) {
                s.claimsWithRunningLines++;
                s.misses.add("RUNNING IN CLAIM: " + t);
            }
            if (truth.notes().stream().anyMatch(n -> t.contains(n.substring(0, 30)))) {
                s.claimsWithNotes++;
            }
            if (c.sectionPath().stream().anyMatch(truth.panellists()::contains)) {
                s.panellistSections++;
            }
        }
        int cursor = 0;
        for (int i = 0; i < truth.sentences().size(); i++) {
            String sentence = truth.sentences().get(i);
            s.sentences++;
            s.intactInText += text.contains(sentence) ? 1 : 0;
            if (!text.contains(sentence)) {
                String head = sentence.substring(sentence.length() - 60);
                int at = text.indexOf(head) - sentence.length() + 60;
                s.misses.add("BROKEN: " + sentence + "\n   TEXT: " + (at < 0 ? "?" : text.substring(Math.max(0, at - 80),
                        Math.min(text.length(), at + sentence.length() + 80))));
            }
            // the same sentence may be invented twice: match claims in reading order
            int k = claimTexts.subList(cursor, claimTexts.size()).indexOf(sentence);
            k = k < 0 ? claimTexts.indexOf(sentence) : k + cursor;
            cursor = k >= 0 ? k + 1 : cursor;
            s.claimEqualsSentence += k >= 0 ? 1 : 0;
            if (k >= 0) {
                List<String> path = report.claims().get(k).sectionPath();
                boolean right = !path.isEmpty() && path.getLast().equals(truth.sectionOf().get(i));
                s.sentencesInRightSection += right ? 1 : 0;
                if (!right) {
                    s.misses.add("SECTION: " + path + " for " + sentence + " (set under " + truth.sectionOf().get(i) + ")");
                }
            }
        }
        for (String h : truth.headings()) {
            s.headings++;
            s.headingsAsSections += report.sections().stream().anyMatch(x -> x.title().equalsIgnoreCase(h)) ? 1 : 0;
        }
        for (String n : truth.notes()) {
            s.notes++;
            boolean apart = report.boilerplate().stream()
                    .anyMatch(b -> doc.text().substring(b.start(), b.end()).contains(n));
            s.notesApart += apart ? 1 : 0;
            if (!apart) {
                int at = doc.text().indexOf(n.substring(0, 20));
                s.misses.add("NOTE NOT APART: " + n + "\n   TEXT: " + (at < 0 ? "?" : doc.text().substring(Math.max(0, at - 100), Math.min(doc.text().length(), at + 100))));
            }
        }
    }

    /** The reader this layout reader replaced: PDFBox's text page by page, lines joined by their lengths. */
    private static SourceDocument legacyRead(Path pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
        }
        ExtractedText t = PageTextAssembler.assemble(pages);
        return new SourceDocument("legacy", pdf.getFileName().toString(), pdf.toString(), "pdf", t.text(), t.pages(),
                List.of());
    }

    @Test
    void distributionDocumentation() throws Exception {
        List<Path> files;
        Path docs = Path.of("/usr/share/doc");
        if (!Files.isDirectory(docs)) {
            return;
        }
        try (Stream<Path> s = Files.walk(docs)) {
            files = s.filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".pdf.gz")).sorted().toList();
        }
        StringBuilder out = new StringBuilder("## The distribution's documentation PDFs\n\n"
                + "| file | pages | ms | claims | running lines taken out (header/footer/page no.) | those inside claims "
                + "before | inside claims now | headings (typeset) | footnotes |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Path f : files) {
            Path pdf = f;
            if (f.toString().endsWith(".gz")) {
                pdf = dir.resolve(f.getFileName().toString().replace(".gz", ""));
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f)); OutputStream o = Files.newOutputStream(pdf)) {
                    in.transferTo(o);
                }
            }
            if (!new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF")) {
                continue;
            }
            long t0 = System.nanoTime();
            IngestResult r = new Ingestor().read(pdf);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (!r.ok()) {
                out.append("| ").append(f.getFileName()).append(" | not read: ").append(r.problems()).append(" |\n");
                continue;
            }
            SourceDocument doc = r.document();
            Report now = new ReportStructurer().structure(doc, null);
            Report before = new ReportStructurer().structure(legacyRead(pdf), null);
            List<String> running = doc.layout().furniture().stream()
                    .filter(x -> x.kind() != PageFurniture.Kind.PAGE_NUMBER && x.text().length() >= 8)
                    .map(PageFurniture::text).distinct().toList();
            int[] kinds = new int[3];
            doc.layout().furniture().forEach(x -> kinds[x.kind().ordinal()]++);
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d (%d/%d/%d) | %d | %d | %d (%s) | %d |%n",
                    f.getFileName(), doc.pages().stream().mapToInt(p -> p.number()).max().orElse(0), ms,
                    now.claims().size(), doc.layout().furniture().size(), kinds[0], kinds[1], kinds[2],
                    claimsContaining(before, running), claimsContaining(now, running),
                    doc.layout().headings().size(), doc.layout().typeset(), doc.layout().footnotes().size()));
        }
        append(out.toString());
        System.out.println(out);
    }

    private static int claimsContaining(Report r, List<String> texts) {
        int n = 0;
        for (Claim c : r.claims()) {
            if (texts.stream().anyMatch(c.text()::contains)) {
                n++;
            }
        }
        return n;
    }

    private static synchronized void append(String section) throws IOException {
        Path out = Path.of("target", "pdf-layout-eval.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, section + "\n", java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }
}
