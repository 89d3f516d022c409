package org.rapporteur.bench.compare;

import java.nio.file.Path;
import java.util.List;

/**
 * Row 1: all UN speeches into a fresh workspace with {@code rapporteur index} (two threads, 4 GB heap), against
 * {@link PlainLuceneIngest} on the same files. Both are whole processes, timed from outside, JVM start included, run
 * back to back on files the copy has just put in the page cache. The workspace and the plain index stay for the
 * later rows.
 */
final class TextIngestRow {
    static final String WORK = "Text ingest: all UN speeches, 2 threads";
    static final String RSS = "Text ingest: peak RSS";
    static final String TARGET = "≤ 2.5×";

    private TextIngestRow() {
    }

    static void run(BenchContext ctx, RowReport out) throws Exception {
        UnCorpus un = ctx.un();
        double mb = un.bytes() / 1e6;
        Path ws = ctx.fresh("ws-un");
        Measured r = ctx.indexCli("rapporteur-index-un", ws, un.root());
        if (!r.ok()) {
            out.add(ComparisonRow.failed(WORK, TARGET, "exit " + r.exitCode() + ": " + r.stderrTail()));
            return;
        }
        ctx.unIngested(ws, r);
        Path plain = ctx.fresh("plain-un");
        Measured p = ctx.runner().java("plain-lucene-ingest", PlainLuceneIngest.class, List.of(),
                List.of(un.root().toString(), plain.toString(), "2")).requireOk();
        ctx.plainIndexBuilt(plain);
        double ratio = r.wallSeconds() / p.wallSeconds();
        out.add(new ComparisonRow(WORK + (ctx.quick() ? " (quick subset)" : ""),
                BenchContext.fmt("%s, %s MB/s, RSS %s", Figures.seconds(r.wallSeconds()),
                        Figures.rate(mb / r.wallSeconds(), "").strip(), Figures.mb(r.rssKb())),
                BenchContext.fmt("plain Lucene: %s, %s MB/s", Figures.seconds(p.wallSeconds()),
                        Figures.rate(mb / p.wallSeconds(), "").strip()),
                Figures.ratio(ratio), TARGET, ratio <= 2.5));
        out.add(new ComparisonRow(RSS, Figures.mb(r.rssKb()) + ", heap " + r.peakHeapMb() + " MB",
                "plain Lucene: " + Figures.mb(p.rssKb()), "—", "≤ 1 GB", r.rssKb() <= 1024 * 1024));
        out.detail(BenchContext.fmt("Row 1, %d speeches, %.1f MB: Rapporteur `rapporteur index`: %s reports "
                        + "indexed, %s claims, %d failed; %s. Plain Lucene: %s paragraphs, %s (%.1f s inside).",
                un.speeches().size(), mb, Figures.count(Figures.jsonNumber(r.stdout(), "indexed")),
                Figures.count(Figures.jsonNumber(r.stdout(), "claims")), failures(r.stdout()), Figures.usage(r),
                Figures.count((long) p.number("paragraphs")), Figures.usage(p), p.number("seconds")));
    }

    /** Entries of the summary's "failures" array (0 when empty). */
    static int failures(String json) {
        int i = json.indexOf("\"failures\"");
        if (i < 0) {
            return -1;
        }
        int open = json.indexOf('[', i);
        int close = json.indexOf(']', open);
        String inside = json.substring(open + 1, close).strip();
        return inside.isEmpty() ? 0 : inside.split("\\},\\s*\\{").length;
    }
}
