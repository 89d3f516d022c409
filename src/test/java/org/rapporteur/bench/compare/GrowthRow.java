package org.rapporteur.bench.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Row 6: how cost grows. Text ingest of 1×, 4× and 16× distinct UN speeches (every 16th, every 4th, all: row 1's run
 * is the 16× point when it ran), PDF ingest of about 1/16, 1/4 and all of the PDF pages (row 2's run is the last),
 * and search latency (term, browse) on the sample corpus and the three UN workspaces. Growth is judged by the
 * exponent k of cost ∝ size^k between the smallest and largest point: k ≤ 1.1 counts as linear (or better) for
 * ingest; k < 1 as sub-linear for search.
 */
final class GrowthRow {
    static final String TEXT_TIME = "Growth: text ingest time, 1× → 4× → 16× speeches";
    static final String TEXT_RSS = "Growth: text ingest peak RSS, 1× → 16×";
    static final String PDF_TIME = "Growth: PDF ingest time, 1× → 4× → 16× pages";
    static final String SEARCH_TERM = "Growth: search `security` p50, samples → 1× → 4× → 16× speeches";
    static final String SEARCH_BROWSE = "Growth: browse p50, samples → 1× → 4× → 16× speeches";

    private GrowthRow() {
    }

    /** One point of a series: its size (claims or pages), cost and the detail. */
    record Point(String name, double size, double seconds, long rssKb, long heapMb) {
    }

    static void run(BenchContext ctx, RowReport out) throws Exception {
        UnCorpus un = ctx.un();
        List<Point> text = new ArrayList<>();
        Map<String, Path> workspaces = new LinkedHashMap<>();
        for (int step : new int[] {16, 4}) {
            UnCorpus sub = un.subset(step, ctx.fresh("ungdc-1in" + step));
            Path ws = ctx.fresh("ws-un-1in" + step);
            Measured m = ctx.indexCli("growth-index-1in" + step, ws, sub.root()).requireOk();
            text.add(point((16 / step) + "× (" + sub.speeches().size() + " speeches)", m));
            workspaces.put((16 / step) + "×", ws);
        }
        if (ctx.unIngest() == null) {
            // row 1 did not run: measure the 16× point as row 1 would; its workspace serves the searches below
            Path ws = ctx.fresh("ws-un");
            ctx.unIngested(ws, ctx.indexCli("growth-index-all", ws, un.root()).requireOk());
        }
        Measured full = ctx.unIngest();
        Path fullWs = ctx.unWorkspace();
        text.add(point("16× (" + un.speeches().size() + " speeches)", full));
        workspaces.put("16×", fullWs);
        out.add(series(TEXT_TIME, text, "claims", true));
        Point a = text.getFirst();
        Point z = text.getLast();
        double rssK = exponent(z.rssKb() / (double) a.rssKb(), z.size() / a.size());
        out.add(new ComparisonRow(TEXT_RSS, BenchContext.fmt("%s → %s (heap %,d → %,d MB), k = %.2f",
                Figures.mb(a.rssKb()), Figures.mb(z.rssKb()), a.heapMb(), z.heapMb(), rssK), "—", "—",
                "linear or better (k ≤ 1.1)", rssK <= 1.1));
        for (Point p : text) {
            out.detail(BenchContext.fmt("Row 6, text %s: %,.0f claims, %s, RSS %s, heap %,d MB.", p.name(), p.size(),
                    Figures.seconds(p.seconds()), Figures.mb(p.rssKb()), p.heapMb()));
        }

        PdfSet pdfs = ctx.pdfs();
        List<Point> pdf = new ArrayList<>();
        for (int div : new int[] {16, 4}) {
            Map<Path, Integer> files = PdfSet.subset(pdfs.pages(), pdfs.totalPages() / div);
            PdfSet sub = PdfSet.linked(files, ctx.fresh("pdfs-1in" + div));
            Measured m = ctx.indexCli("growth-pdf-1in" + div, ctx.fresh("ws-pdf-1in" + div), sub.folder())
                    .requireOk();
            pdf.add(new Point((16 / div) + "× (" + files.size() + " files)", sub.totalPages(), m.wallSeconds(),
                    m.rssKb(), m.peakHeapMb()));
        }
        Measured pdfFull = ctx.pdfIngest() != null ? ctx.pdfIngest()
                : ctx.indexCli("growth-pdf-all", ctx.fresh("ws-pdf-all"), pdfs.folder()).requireOk();
        pdf.add(new Point("all (" + pdfs.pages().size() + " files)", pdfs.totalPages(), pdfFull.wallSeconds(),
                pdfFull.rssKb(), pdfFull.peakHeapMb()));
        out.add(series(PDF_TIME, pdf, "pages", true));
        for (Point p : pdf) {
            out.detail(BenchContext.fmt("Row 6, PDF %s: %,.0f pages, %s (%s pages/s), RSS %s, heap %,d MB.",
                    p.name(), p.size(), Figures.seconds(p.seconds()), Figures.rate(p.size() / p.seconds(), "").strip(),
                    Figures.mb(p.rssKb()), p.heapMb()));
        }

        Path samples = ctx.fresh("ws-samples");
        ctx.indexCli("growth-index-samples", samples, ctx.options().samples()).requireOk();
        Map<String, Path> searchOn = new LinkedHashMap<>();
        searchOn.put("samples", samples);
        searchOn.putAll(workspaces);
        Path file = ctx.fresh("growth-queries.tsv");
        QueryFile.write(file, Map.of("term", "security", "browse", ""));
        List<Point> term = new ArrayList<>();
        List<Point> browse = new ArrayList<>();
        for (Map.Entry<String, Path> e : searchOn.entrySet()) {
            Measured m = ctx.runner().java("growth-search-" + e.getKey(), WorkbenchSearchLatency.class, List.of(),
                    List.of(e.getValue().toString(), file.toString(), ctx.quick() ? "2" : "5",
                            ctx.quick() ? "5" : "25")).requireOk();
            double claims = m.number("browse.total");
            term.add(new Point(e.getKey(), claims, m.number("term.p50") / 1000, 0, 0));
            browse.add(new Point(e.getKey(), claims, m.number("browse.p50") / 1000, 0, 0));
            out.detail(BenchContext.fmt("Row 6, search on %s (%,.0f claims): `security` p50 %s p99 %s; browse p50 %s "
                            + "p99 %s.", e.getKey(), claims, Figures.ms(m.number("term.p50")),
                    Figures.ms(m.number("term.p99")), Figures.ms(m.number("browse.p50")),
                    Figures.ms(m.number("browse.p99"))));
        }
        // judged between the 1× and 16× UN workspaces: the samples are too small for a fair first point
        out.add(series(SEARCH_TERM, term, "claims", false));
        out.add(series(SEARCH_BROWSE, browse, "claims", false));
    }

    static Point point(String name, Measured m) {
        return new Point(name, Figures.jsonNumber(m.stdout(), "claims"), m.wallSeconds(), m.rssKb(),
                m.peakHeapMb());
    }

    /**
     * One table line for a series: the costs in order, the factors between neighbours, and the exponent between the
     * first point the verdict uses and the last (for search, the second point: the 1× UN workspace).
     */
    static ComparisonRow series(String work, List<Point> points, String unit, boolean ingest) {
        StringBuilder cost = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            cost.append(i == 0 ? "" : " → ").append(ingest ? Figures.seconds(p.seconds())
                    : Figures.ms(p.seconds() * 1000));
        }
        Point a = points.get(ingest ? 0 : 1);
        Point z = points.getLast();
        double sizeFactor = z.size() / a.size();
        double costFactor = z.seconds() / a.seconds();
        double k = exponent(costFactor, sizeFactor);
        String verdict = k < 0.9 ? "sub-linear" : k <= 1.1 ? "linear" : "super-linear";
        cost.append(BenchContext.fmt(" (×%.1f for ×%.1f the %s: k = %.2f, %s)", costFactor, sizeFactor, unit, k,
                verdict));
        return new ComparisonRow(work, cost.toString(), "—", "—",
                ingest ? "linear or better (k ≤ 1.1)" : "sub-linear (k < 1)", ingest ? k <= 1.1 : k < 1);
    }

    /** k in cost factor = size factor^k. */
    static double exponent(double costFactor, double sizeFactor) {
        return Math.log(costFactor) / Math.log(sizeFactor);
    }
}
