package org.rapporteur.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.rapporteur.model.Problem;
import org.rapporteur.model.RapporteurException;
import org.rapporteur.pipeline.IndexSummary;
import org.rapporteur.pipeline.MeaningIndex;
import org.rapporteur.pipeline.SampleReports;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rapporteur index}: brings the index in line with the corpus roots. Exit 0 when anything is indexed. */
@Command(name = "index", description = "Read the corpus and (re)build the claim index: new and changed files are "
        + "indexed, unchanged ones skipped, deleted ones removed.")
final class IndexCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    JsonOption json;

    @Option(names = "--corpus", paramLabel = "DIR", description = "A corpus root (repeatable). Default: the "
            + "workspace's roots, else (run from a clone) the project's corpus/ folder.")
    List<Path> corpus = new ArrayList<>();

    @Option(names = "--samples", description = "Index the sample reports that come with Rapporteur (remembered as "
            + "the workspace's roots, like --corpus DIR; with --corpus, both).")
    boolean samples;

    @Option(names = "--force", description = "Re-analyse unchanged files too (after the extraction rules changed); "
            + "annotations are re-anchored on the new claims.")
    boolean force;

    @Option(names = "--no-embed", description = "Do not make the claims' sentence vectors after indexing (search by "
            + "meaning waits for 'rapporteur embed'). Also off with -Drapporteur.embed=off.")
    boolean noEmbed;

    @Override
    public Integer call() {
        PrintWriter out = workspace.out();
        PrintWriter err = workspace.err();
        if (samples) {
            SampleReports found = SampleReports.locate();
            if (!found.available()) {
                throw new RapporteurException(found.whyNot() + " Name a folder of reports instead: rapporteur index "
                        + "--corpus DIR");
            }
            corpus.add(found.folder());
        }
        if (!corpus.isEmpty() && corpus.stream().noneMatch(Files::exists)) {
            // before the workspace is opened: a mistyped folder neither makes a workspace nor becomes a root
            throw new RapporteurException("No corpus folder " + corpus.stream().map(Path::toString)
                    .collect(Collectors.joining(", ")) + " (no such file or folder). Nothing was indexed and the "
                    + "workspace's corpus roots are unchanged.");
        }
        if (corpus.isEmpty() && Workspace.corpusRootsOf(workspace.dir()).isEmpty()) {
            // an installed app's new workspace: nothing to read, and no workspace is made for nothing (ADR 0027)
            throw new RapporteurException("The workspace " + workspace.dir() + " has no corpus folder yet. Name one: "
                    + "rapporteur index --corpus DIR (remembered for the next runs), or start with the sample "
                    + "reports: rapporteur index --samples");
        }
        Cancellation cancel = new Cancellation();
        StopOnSignal stop = StopOnSignal.install(cancel, err);
        try (Workspace ws = workspace.openOrCreate()) {
            List<Path> roots = corpus.isEmpty() ? ws.corpusRoots() : corpus;
            IndexSummary s = ws.index(roots, new TerminalProgress(err), cancel, force);
            if (json.wanted()) {
                json.print(s);
            } else {
                for (Problem w : s.warnings()) {
                    out.println("warning: " + w.line());
                }
                for (Problem f : s.failures()) {
                    out.println("failed: " + f.line());
                }
                out.println(s.line());
                if (s.cancelled()) {
                    out.println("stopped: the reports finished so far are saved; run index again to read the rest.");
                }
                out.println("index: " + ws.corpus().reportCount() + " reports, " + ws.corpus().claimCount() + " claims in "
                        + ws.dir());
                out.flush();
            }
            if (!s.cancelled() && !noEmbed && MeaningIndex.embedsAutomatically()) {
                embed(ws, cancel, out, err);
            }
            return s.indexed() > 0 || s.unchanged() > 0 ? 0 : 1;
        } finally {
            stop.finished();
        }
    }

    /**
     * Makes the missing vectors after the text index is committed, with its own progress line; a model that cannot
     * load, or another process embedding, is a warning: the text index is done and searchable by words.
     */
    private void embed(Workspace ws, Cancellation cancel, PrintWriter out, PrintWriter err) {
        EmbedProgress progress = new EmbedProgress(err);
        try {
            ws.meaning().embedMissing(progress, cancel);
        } catch (RapporteurException e) {
            progress.end();
            err.println("warning: " + e.getMessage());
            err.flush();
            return;
        } finally {
            progress.end();
        }
        if (!json.wanted()) {
            out.println(MeaningLines.run(ws.meaning().lastRun(), ws));
            out.flush();
        }
    }

    /**
     * One self-overwriting progress line on stderr, at most ten updates a second: "indexing 3/12 file.pdf", or, for a
     * job whose messages count for themselves ({@link #saying}), the message alone.
     */
    static final class TerminalProgress implements ProgressListener {
        private final PrintWriter err;
        private final String verb;
        private long last;

        TerminalProgress(PrintWriter err) {
            this(err, "indexing");
        }

        private TerminalProgress(PrintWriter err, String verb) {
            this.err = err;
            this.verb = verb;
        }

        /** A progress line that shows the job's own messages ("Theming claims by meaning: 4 of 5 reports"). */
        static TerminalProgress saying(PrintWriter err) {
            return new TerminalProgress(err, null);
        }

        @Override
        public synchronized void progress(long done, long total, String message) {
            long now = System.nanoTime();
            boolean finished = total >= 0 && done >= total;
            if (!finished && now - last < 100_000_000L) {
                return;
            }
            last = now;
            String text = message == null ? "" : message;
            String line = verb == null ? (text.isEmpty() ? done + "/" + total : text)
                    : String.format(Locale.ROOT, "%s %d/%d %s", verb, done, total, text);
            err.print("\r" + (line.length() > 78 ? line.substring(0, 78) : String.format(Locale.ROOT, "%-78s", line)));
            if (finished) {
                err.println();
            }
            err.flush();
        }
    }
}
