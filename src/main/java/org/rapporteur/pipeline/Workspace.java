package org.rapporteur.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.rapporteur.index.ClaimIndex;
import org.rapporteur.index.EnglishTextAnalyzer;
import org.rapporteur.ingest.IngestResult;
import org.rapporteur.ingest.Ingestor;
import org.rapporteur.ingest.Sidecar;
import org.rapporteur.ingest.SidecarReader;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.RapporteurException;
import org.rapporteur.model.Report;
import org.rapporteur.model.ReportMetadata;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SearchResult;
import org.rapporteur.model.TextAnalyzer;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open workspace folder: its index ({@code index/}), settings ({@code workspace.json}) and the services over them.
 * The entry point the CLI and the UI share. Thread-safe; close it once when done.
 */
public final class Workspace implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    private final Path dir;
    private final ClaimIndex index;
    private final TextAnalyzer textAnalyzer = new EnglishTextAnalyzer();
    private final ReportAnalyser analyser;
    private volatile WorkspaceSettings settings;
    private Sidecar sidecar;
    private List<Path> sidecarRoots;

    private Workspace(Path dir, ClaimIndex index) {
        this.dir = dir;
        this.index = index;
        this.analyser = new ReportAnalyser(textAnalyzer);
        this.settings = WorkspaceSettings.load(dir.resolve("workspace.json"));
    }

    public static Workspace open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new RapporteurException("Cannot create the workspace folder " + dir + ": " + e.getMessage(), e);
        }
        return new Workspace(dir, ClaimIndex.open(dir.resolve("index")));
    }

    public Path dir() {
        return dir;
    }

    public WorkspaceSettings settings() {
        return settings;
    }

    public synchronized void updateSettings(java.util.function.UnaryOperator<WorkspaceSettings> change) {
        settings = change.apply(settings);
        settings.save(dir.resolve("workspace.json"));
    }

    /** The workspace's corpus roots, or the project's {@code corpus/} folder when none were set. */
    public List<Path> corpusRoots() {
        if (settings.corpusRoots().isEmpty()) {
            return List.of(WorkspaceLocator.defaultCorpusRoot());
        }
        return settings.corpusRoots().stream().map(Path::of).toList();
    }

    /** Indexes the given roots (and remembers them as the workspace's roots). */
    public IndexSummary index(List<Path> roots, ProgressListener progress, Cancellation cancel) {
        List<String> asStrings = new ArrayList<>();
        for (Path r : roots) {
            asStrings.add(r.toAbsolutePath().normalize().toString());
        }
        if (!asStrings.equals(settings.corpusRoots()) && !(settings.corpusRoots().isEmpty()
                && roots.equals(List.of(WorkspaceLocator.defaultCorpusRoot())))) {
            updateSettings(s -> s.withCorpusRoots(asStrings));
        }
        synchronized (this) {
            sidecar = null;
        }
        CorpusIndexer indexer = new CorpusIndexer(index, analyser, this::records);
        return indexer.index(roots, progress, cancel);
    }

    /** The records indexed for a report. */
    private List<ClaimRecord> records(Report report) {
        ReportMetadata m = report.metadata();
        List<ClaimRecord> out = new ArrayList<>(report.claims().size());
        for (Claim c : report.claims()) {
            out.add(new ClaimRecord(c, report.source().sourceName(), report.title(), m.organisation(), m.date(),
                    m.kind(), List.of()));
        }
        return out;
    }

    public SearchResult search(SearchRequest request) {
        return index.search(request);
    }

    public long forEachClaim(String query, Consumer<ClaimRecord> sink) {
        return index.forEachClaim(query, sink);
    }

    public Optional<ClaimRecord> claim(String claimId) {
        return index.claim(claimId);
    }

    public List<ClaimRecord> claimsOf(String reportId) {
        return index.claimsOf(reportId);
    }

    public List<ClaimHit> related(String claimId, int limit) {
        return index.related(claimId, limit);
    }

    public List<ReportSummary> reports() {
        return index.reports();
    }

    public Optional<ReportSummary> report(String reportId) {
        return index.report(reportId);
    }

    /**
     * Reads and analyses a report again from its file, for the reader (sections, speaker blocks, boilerplate need the
     * whole structure, which the index does not keep). Empty when the file is gone or has changed since indexing.
     */
    public Optional<Report> openReport(String reportId) {
        Optional<ReportSummary> summary = index.report(reportId);
        if (summary.isEmpty() || summary.get().path() == null) {
            return Optional.empty();
        }
        Path file = Path.of(summary.get().path());
        IngestResult read = new Ingestor().read(file);
        if (!read.ok() || !read.document().reportId().equals(reportId)) {
            LOG.info("Report {} changed or vanished since indexing", file);
            return Optional.empty();
        }
        return Optional.of(analyser.analyse(read.document(), sidecar().entryFor(file).orElse(null)));
    }

    /** The sidecar metadata of the corpus roots, read once per set of roots. */
    private synchronized Sidecar sidecar() {
        List<Path> roots = corpusRoots();
        if (sidecar == null || !roots.equals(sidecarRoots)) {
            sidecar = SidecarReader.read(roots);
            sidecarRoots = roots;
        }
        return sidecar;
    }

    public long claimCount() {
        return index.claimCount();
    }

    /** Makes writes of another process (a CLI beside the workbench) visible. */
    public void refresh() {
        index.refresh();
    }

    @Override
    public void close() {
        try {
            index.close();
        } catch (IOException e) {
            LOG.warn("Closing the index failed", e);
        }
    }
}
