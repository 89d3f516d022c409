package org.rapporteur.bench.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Row 2: the real PDFs indexed by {@code rapporteur index} (two workers) against raw PDFBox text stripping in two
 * threads ({@link PdfBoxStripping}: cold, a fresh JVM's first pass, and warm, its second) and {@code pdftotext} by
 * {@code xargs -P 2}. Pages/s all divide the same PDFBox page count. Rapporteur's figure includes everything it does
 * (layout reading, structure, enrichment, the index, and OCR of pages without text when Tesseract is installed: the
 * OCR warnings are counted in the details).
 */
final class PdfIngestRow {
    static final String VS_COLD = "PDF ingest vs raw PDFBox, cold";
    static final String VS_WARM = "PDF ingest vs raw PDFBox, warm (second pass)";
    static final String VS_PDFTOTEXT = "PDF ingest vs pdftotext";
    static final String RSS = "PDF ingest: peak RSS";

    private PdfIngestRow() {
    }

    static void run(BenchContext ctx, RowReport out) throws Exception {
        PdfSet pdfs = ctx.pdfs();
        long pages = pdfs.totalPages();
        Path list = pdfs.listFile(ctx.fresh("pdfs.list"));
        Measured r = ctx.indexCli("rapporteur-index-pdf", ctx.fresh("ws-pdf"), pdfs.folder());
        if (!r.ok()) {
            out.add(ComparisonRow.failed(VS_COLD, "≥ 0.9×", "exit " + r.exitCode() + ": " + r.stderrTail()));
            return;
        }
        ctx.pdfIngested(r);
        double rRate = pages / r.wallSeconds();
        Measured box = ctx.runner().java("pdfbox-strip", PdfBoxStripping.class, List.of(),
                List.of(list.toString(), "2", "2")).requireOk();
        // cold: the whole first process up to the end of its first pass (JVM start included, as for Rapporteur)
        double coldSeconds = box.wallSeconds() - box.number("pass2.seconds");
        double coldRate = pages / coldSeconds;
        double warmRate = pages / box.number("pass2.seconds");
        String rFig = BenchContext.fmt("%s pages/s (%s)", Figures.rate(rRate, "").strip(),
                Figures.seconds(r.wallSeconds()));
        out.add(new ComparisonRow(VS_COLD, rFig, BenchContext.fmt("PDFBox cold: %s pages/s",
                Figures.rate(coldRate, "").strip()), Figures.ratio(rRate / coldRate), "≥ 0.9×",
                rRate / coldRate >= 0.9));
        out.add(new ComparisonRow(VS_WARM, rFig, BenchContext.fmt("PDFBox warm: %s pages/s",
                Figures.rate(warmRate, "").strip()), Figures.ratio(rRate / warmRate), "—", null));
        if (PdfSet.onPath("pdftotext")) {
            Measured t = ctx.runner().run("pdftotext", List.of("bash", "-c",
                    "tr '\\n' '\\0' < '" + list + "' | xargs -0 -P 2 -I{} pdftotext -q -enc UTF-8 {} /dev/null"),
                    Map.of(), null);
            double tRate = pages / t.wallSeconds();
            out.add(new ComparisonRow(VS_PDFTOTEXT, rFig, BenchContext.fmt("pdftotext: %s pages/s%s",
                    Figures.rate(tRate, "").strip(), t.ok() ? "" : " (some files failed, exit " + t.exitCode() + ")"),
                    Figures.ratio(rRate / tRate), "≥ 1×", rRate >= tRate));
            out.detail(BenchContext.fmt("Row 2, pdftotext (`xargs -P 2`): %s.", Figures.usage(t)));
        } else {
            out.add(ComparisonRow.failed(VS_PDFTOTEXT, "≥ 1×", "pdftotext is not installed (apt-get install "
                    + "poppler-utils, brew install poppler)"));
        }
        out.add(new ComparisonRow(RSS, Figures.mb(r.rssKb()) + ", heap " + r.peakHeapMb() + " MB",
                "PDFBox: " + Figures.mb(box.rssKb()), "—", "≤ 1 GB", r.rssKb() <= 1024 * 1024));
        long ocr = r.stdout().split("OCR", -1).length - 1;
        out.detail(BenchContext.fmt("Row 2, %d PDFs, %s pages, %.1f MB: Rapporteur: %s reports indexed, %s claims, "
                        + "%d failed, %d warnings mention OCR; %s. PDFBox (2 threads): pass 1 %.1f s inside the JVM "
                        + "(%s s with JVM start), pass 2 %.1f s, %s pages, %s failed; %s.",
                pdfs.pages().size(), Figures.count(pages), pdfs.bytes() / 1e6,
                Figures.count(Figures.jsonNumber(r.stdout(), "indexed")),
                Figures.count(Figures.jsonNumber(r.stdout(), "claims")), TextIngestRow.failures(r.stdout()), ocr,
                Figures.usage(r), box.number("pass1.seconds"), BenchContext.fmt("%.1f", coldSeconds),
                box.number("pass2.seconds"), Figures.count((long) box.number("pass1.pages")),
                box.value("pass1.failed"), Figures.usage(box)));
    }
}
