package org.rapporteur.bench.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What the rows share within one run: options, the child runner, the temp folder, and the corpora and workspaces one
 * row builds and later rows reuse (row 1's UN workspace and plain index serve rows 3 to 6). A later row run without
 * the earlier one (--only) builds what it needs first, unmeasured.
 */
public final class BenchContext {
    private final CompareOptions options;
    private final ChildRunner runner;
    private final Path tmp;
    private UnCorpus un;
    private Path unWorkspace;
    private Path plainIndex;
    private Measured unIngest;
    private PdfSet pdfs;
    private Measured pdfIngest;

    public BenchContext(CompareOptions options, ChildRunner runner, Path tmp) {
        this.options = options;
        this.runner = runner;
        this.tmp = tmp;
    }

    public CompareOptions options() {
        return options;
    }

    public ChildRunner runner() {
        return runner;
    }

    public boolean quick() {
        return options.quick();
    }

    /** A new folder name under the run's temp folder. */
    public Path fresh(String name) throws IOException {
        Path p = tmp.resolve(name);
        int i = 2;
        while (Files.exists(p)) {
            p = tmp.resolve(name + "-" + i++);
        }
        return p;
    }

    /** The run's private copy of the UN speeches. */
    public UnCorpus un() throws IOException {
        if (un == null) {
            System.err.println("copying the UN speeches into the temp folder…");
            un = UnCorpus.copy(options.ungdc(), fresh("ungdc"), quick());
        }
        return un;
    }

    /** Records row 1's measured ingest: its workspace is the UN workspace of the later rows. */
    public void unIngested(Path workspace, Measured run) {
        this.unWorkspace = workspace;
        this.unIngest = run;
    }

    public Measured unIngest() {
        return unIngest;
    }

    /** A workspace holding the UN copy (row 1's, else indexed now, unmeasured). */
    public Path unWorkspace() throws IOException, InterruptedException {
        if (unWorkspace == null) {
            Path ws = fresh("ws-un");
            System.err.println("indexing the UN speeches for the rows that need them (not measured)…");
            indexCli("prepare-un-workspace", ws, un().root()).requireOk();
            unWorkspace = ws;
        }
        return unWorkspace;
    }

    public void plainIndexBuilt(Path index) {
        this.plainIndex = index;
    }

    /** Row 1's plain Lucene index of the UN copy, else built now, unmeasured. */
    public Path plainIndex() throws IOException, InterruptedException {
        if (plainIndex == null) {
            Path idx = fresh("plain-un");
            runner.java("prepare-plain-index", PlainLuceneIngest.class, List.of(),
                    List.of(un().root().toString(), idx.toString(), "2")).requireOk();
            plainIndex = idx;
        }
        return plainIndex;
    }

    /** The real PDFs (copied into the temp folder, pages counted). */
    public PdfSet pdfs() throws IOException, InterruptedException {
        if (pdfs == null) {
            Path cache = Path.of(System.getProperty("user.home"), ".cache", "rapporteur-bench", "doc-pdfs");
            pdfs = PdfSet.prepare(options.pdfFolder(), cache, fresh("pdfs"), quick(), runner);
        }
        return pdfs;
    }

    public void pdfIngested(Measured run) {
        this.pdfIngest = run;
    }

    public Measured pdfIngest() {
        return pdfIngest;
    }

    /** {@code rapporteur index --workspace WS --corpus ROOT --json}. */
    public Measured indexCli(String name, Path workspace, Path root) throws IOException, InterruptedException {
        return runner.rapporteur(name, List.of("index", "--workspace", workspace.toString(), "--corpus",
                root.toString(), "--json"));
    }

    /** Warm-up and measured runs per query for the search rows. */
    public int searchWarmup() {
        return quick() ? 2 : 10;
    }

    public int searchRuns() {
        return quick() ? 5 : 50;
    }

    static String fmt(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
