package org.rapporteur.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.ChangeOrigin;
import org.rapporteur.enrich.ReportEnricher;
import org.rapporteur.enrich.ThemeTaxonomy;
import org.rapporteur.index.ClaimIndex;
import org.rapporteur.index.ThemeTermAnalyzer;
import org.rapporteur.ingest.IngestResult;
import org.rapporteur.ingest.Ingestor;
import org.rapporteur.ingest.Sidecar;
import org.rapporteur.ingest.SidecarReader;
import org.rapporteur.model.IndexedCorpus;
import org.rapporteur.model.RapporteurException;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Report;
import org.rapporteur.model.ReportSummary;
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
    private final TextAnalyzer textAnalyzer = new ThemeTermAnalyzer();
    /**
     * Built when first needed (gazetteer, phrase dictionaries, taxonomy: a sizeable part of opening a workspace), so
     * that an index run that finds nothing changed, and every command that only reads, never builds it.
     */
    private ReportAnalyser analyser;
    /** The taxonomy {@link #analyser} was built with; an edited taxonomy makes the next index run rebuild it. */
    private volatile ThemeTaxonomy analyserTaxonomy;
    private volatile WorkspaceSettings settings;
    /**
     * What the index held under the team's shared folder before a run whose changes could not be recorded in the
     * manifest (the server was away); null when every run was recorded.
     */
    private volatile java.util.Map<String, String> unrecordedBefore;
    private Sidecar sidecar;
    private List<Path> sidecarRoots;

    private final AnnotationStore annotations;
    private final AnnotationIndexer annotationIndexer;
    /** The reports analysed last (the reader's, a correction's): a correction re-applied to one reads no file. */
    private final AnalysedReports analysed = new AnalysedReports(4);
    private final ThemeService themes;
    private final PeopleService people;
    private final MeaningIndex meaning;
    private final CodeSuggestions suggestions;

    /** Held while a workbench window has this workspace open (null for the command line); released on close. */
    private final WorkspaceLock windowLock;

    private Workspace(Path dir, ClaimIndex index, WorkspaceSettings settings, ChangeOrigin origin,
                      WorkspaceLock windowLock) {
        this.dir = dir;
        this.index = index;
        this.settings = settings;
        this.annotations = openStore(dir, settings, new IndexClaimResolver(index), origin);
        this.annotationIndexer = new AnnotationIndexer(annotations, index, new AnnotationIndexer.ReportReloader() {
            @Override
            public void reload(String reportId) {
                Workspace.this.reload(reportId);
            }

            @Override
            public void reloaded(java.util.Collection<String> reportIds) {
                themes.rethemeReports(reportIds);
            }
        });
        this.themes = new ThemeService(dir, index, textAnalyzer, annotations, settings.team() != null);
        this.people = new PeopleService(index, annotations);
        this.meaning = new MeaningIndex(dir, index);
        themes.useMeaning(new ThemeMeaning(meaning, index));
        meaning.afterEachRun(themes::rethemeWaiting);
        this.suggestions = new CodeSuggestions(index::meaning, annotations, index.corpus()::claim);
        this.windowLock = windowLock;
    }

    /**
     * The workspace's annotation store: its own file, or the team's database when {@code workspace.json} names a team
     * (issue 17), acting as the team URL's user (else {@code PGUSER}, else the login name), with the password from
     * the environment or the PostgreSQL password file.
     */
    private static AnnotationStore openStore(Path dir, WorkspaceSettings settings,
                                             org.rapporteur.annotations.ClaimResolver resolver, ChangeOrigin origin) {
        if (settings.team() == null) {
            return AnnotationStore.openWorkspace(dir, resolver, origin);
        }
        org.rapporteur.annotations.PgEndpoint endpoint = TeamLinks.credentials(settings.team().url()).endpoint();
        AnnotationStore store = AnnotationStore.openTeam(endpoint, resolver, endpoint.user(), origin);
        try {
            // What the analyst does while the server is away waits next to workspace.json, and is written when it is
            // back (ADR 0038); changes an earlier session left there are written now.
            store.keepChangesWhileAwayIn(dir.resolve(AnnotationStore.PENDING_FILE_NAME));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /**
     * The workspace's team as {@code rapporteur team status} and the status bar show it: where, as whom, the
     * connection's health and TLS, who is connected. For a single-user workspace, {@code team} is false. Whether the
     * connection is encrypted is asked of the server once (a short second connection) and remembered.
     */
    public TeamStatus teamStatus() {
        WorkspaceSettings.TeamLink link = settings.team();
        if (link == null || !annotations.isTeam()) {
            return new TeamStatus(false, annotations.location(), annotations.user(), annotations.health(),
                    List.of(), null, AnnotationStore.schemaVersion(), false);
        }
        return new TeamStatus(true, annotations.location(), annotations.user(), annotations.health(),
                annotations.members(), link.sharedFolder(), AnnotationStore.schemaVersion(), encrypted(link));
    }

    private volatile Boolean encrypted;

    private boolean encrypted(WorkspaceSettings.TeamLink link) {
        Boolean known = encrypted;
        if (known == null) {
            try {
                known = org.rapporteur.annotations.TeamServerCheck.check(
                        TeamLinks.credentials(link.url()).endpoint()).tls();
                encrypted = known;
            } catch (RapporteurException e) {
                LOG.debug("Cannot ask the team server about TLS: {}", e.getMessage());
                return false; // the server is away: asked again next time
            }
        }
        return known;
    }

    /**
     * Facet filters with each selected speaker widened to every name their person was indexed under (ADR 0021), for
     * filters applied claim by claim ({@link ClaimFacetValues#matches}); searches widen them in the index.
     */
    public java.util.Map<org.rapporteur.model.FacetDimension, java.util.Set<String>> withPeople(
            java.util.Map<org.rapporteur.model.FacetDimension, java.util.Set<String>> filters) {
        java.util.Set<String> speakers = filters.get(org.rapporteur.model.FacetDimension.SPEAKER);
        if (speakers == null) {
            return filters;
        }
        PeopleGroups groups = people.groups();
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (String s : speakers) {
            List<String> all = groups.namesOf(s);
            names.addAll(all.isEmpty() ? List.of(s) : all);
        }
        java.util.Map<org.rapporteur.model.FacetDimension, java.util.Set<String>> out =
                new java.util.EnumMap<>(org.rapporteur.model.FacetDimension.class);
        out.putAll(filters);
        out.put(org.rapporteur.model.FacetDimension.SPEAKER, names);
        return out;
    }

    /** The people of the corpus, and the analyst's merges and splits of them. */
    public PeopleService peopleService() {
        return people;
    }

    private ReportAnalyser analyserFor(ThemeTaxonomy taxonomy) {
        return new ReportAnalyser(ReportEnricher.withDefaults(textAnalyzer).withTaxonomy(taxonomy),
                UnaryOperator.identity());
    }

    /** The claims' sentence vectors: their state, embedding them, and claims related by meaning. */
    public MeaningIndex meaning() {
        return meaning;
    }

    /** Tags suggested from the analyst's own coding, and coding by example. */
    public CodeSuggestions suggestions() {
        return suggestions;
    }

    /** The theme taxonomy of this workspace, its rules, and re-tagging. */
    public ThemeService themes() {
        return themes;
    }

    /**
     * Whether {@code dir} holds a workspace: an index, an annotation store or settings. A folder without any of
     * them (a typo, an unrelated folder) is not one, and commands that only read refuse it instead of making one.
     */
    public static boolean isWorkspace(Path dir) {
        return Files.isDirectory(dir.resolve("index")) || Files.isRegularFile(dir.resolve("annotations.db"))
                || Files.isRegularFile(dir.resolve("workspace.json"));
    }

    /**
     * Opens the workspace in {@code dir}, creating the folder and an empty workspace in it when needed; its annotation
     * changes are recorded as of unknown origin.
     */
    public static Workspace open(Path dir) {
        return open(dir, ChangeOrigin.UNKNOWN);
    }

    /**
     * Opens (creating) the workspace in {@code dir} for the program {@code origin} (the workbench, the command line):
     * each annotation change records it, so another window on the workspace can say where a change came from.
     * Refuses, with a {@link WorkspaceUnusableException} and nothing changed, a workspace on a read-only or full
     * disk and one a newer Rapporteur wrote.
     */
    public static Workspace open(Path dir, ChangeOrigin origin) {
        return open(dir, origin, false);
    }

    /**
     * Opens the workspace for a workbench window: like {@link #open(Path, ChangeOrigin)}, and holding the workspace
     * lock until closed, so a second window on the same workspace is refused with who has it ({@link WorkspaceLock}).
     */
    public static Workspace openForWindow(Path dir) {
        return open(dir, ChangeOrigin.WORKBENCH, true);
    }

    private static Workspace open(Path dir, ChangeOrigin origin, boolean window) {
        try {
            return openChecked(dir, origin, window);
        } catch (RuntimeException e) {
            // a full or read-only disk said in the words of the library that met it: said plainly instead
            Optional<WorkspaceUnusableException> plain = StorageErrors.explain(dir, e);
            if (plain.isPresent() && plain.get() != e) {
                LOG.warn("Opening the workspace {} failed", dir, e);
                throw plain.get();
            }
            throw e;
        }
    }

    private static Workspace openChecked(Path dir, ChangeOrigin origin, boolean window) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new RapporteurException("Cannot create the workspace folder " + dir + ": " + e.getMessage(), e);
        }
        StorageErrors.requireWritable(dir);
        WorkspaceLock lock = window ? WorkspaceLock.acquire(dir) : null;
        try {
            WorkspaceSettings settings = WorkspaceSettings.load(dir.resolve("workspace.json"));
            WorkspaceVersions.requireReadable(dir);
            ClaimIndex index = ClaimIndex.open(dir.resolve("index"));
            try {
                return new Workspace(dir, index, settings, origin, lock);
            } catch (RuntimeException e) {
                try {
                    index.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    /** Replaces the extractor (tests use it to stand in for improved extraction rules). */
    synchronized void useAnalyser(ReportAnalyser a) {
        this.analyser = a;
        this.analyserTaxonomy = themes.taxonomy();
        analysed.clear(); // analysed by the old rules
    }

    /** The analyser, built on first use. */
    private synchronized ReportAnalyser analyser() {
        if (analyser == null) {
            useAnalyser(analyserFor(themes.taxonomy()));
        }
        return analyser;
    }

    /** The index itself, for tests of the pipeline. */
    ClaimIndex claimIndex() {
        return index;
    }

    /**
     * The reports and claims the index holds, and searches over them: the one way to read them (ADR 0044). A search
     * finds a person under every name they were indexed under, and the analyst's merges and splits of people.
     */
    public IndexedCorpus corpus() {
        return index.corpus();
    }

    TextAnalyzer textAnalyzer() {
        return textAnalyzer;
    }

    /**
     * The analyst's tags, codings, notes, links and corrections, and the changes that make them; a change is in the
     * index when its {@code execute} (undo, redo) returns.
     */
    public Annotations annotations() {
        return annotations;
    }

    /** The store itself, for the services that read or copy everything at once (export, import, the team's corpus). */
    AnnotationStore store() {
        return annotations;
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

    /**
     * The workspace's corpus roots; when none were set, the clone's {@code corpus/} folder when started from a clone
     * ({@link WorkspaceLocator#defaultCorpusRoot()}), else none: the workspace has no corpus yet (ADR 0027).
     */
    public List<Path> corpusRoots() {
        return rootsOf(settings);
    }

    /**
     * The corpus roots the workspace in {@code dir} would index, read without opening it (none when there is no
     * workspace there and the program was not started from a clone): for refusing an index run with nothing to read
     * before a workspace is made.
     */
    public static List<Path> corpusRootsOf(Path dir) {
        Path file = dir.resolve("workspace.json");
        return rootsOf(Files.isRegularFile(file) ? WorkspaceSettings.load(file)
                : new WorkspaceSettings(List.of(), java.util.Map.of()));
    }

    private static List<Path> rootsOf(WorkspaceSettings settings) {
        if (settings.corpusRoots().isEmpty()) {
            return WorkspaceLocator.defaultCorpusRoot().map(List::of).orElse(List.of());
        }
        return settings.corpusRoots().stream().map(Path::of).toList();
    }

    /** Indexes the given roots (and remembers those it found as the workspace's roots). */
    public IndexSummary index(List<Path> roots, ProgressListener progress, Cancellation cancel) {
        return index(roots, progress, cancel, false);
    }

    /**
     * Indexes the given roots and remembers those it found as the workspace's roots. With {@code force}, unchanged files are
     * re-analysed too (after the extraction rules improved); annotations are re-anchored on the new claims.
     */
    public IndexSummary index(List<Path> roots, ProgressListener progress, Cancellation cancel, boolean force) {
        return index(roots, progress, cancel, force, changes -> { });
    }

    /**
     * Like {@link #index(List, ProgressListener, Cancellation, boolean)}, telling {@code checked} what the check of the
     * corpus against the index found as soon as it is known (before any file is read; on the indexing thread).
     */
    public IndexSummary index(List<Path> roots, ProgressListener progress, Cancellation cancel, boolean force,
                              Consumer<CorpusChanges> checked) {
        return indexRun(roots, progress, cancel, force, checked).summary();
    }

    /** An index run, and what it recorded in the team's manifest ({@link ManifestRecorder.Outcome#NONE} alone). */
    record IndexRun(IndexSummary summary, ManifestRecorder.Outcome manifest) {
    }

    IndexRun indexRun(List<Path> roots, ProgressListener progress, Cancellation cancel, boolean force) {
        return indexRun(roots, progress, cancel, force, changes -> { });
    }

    /**
     * Brings this workbench's index in line with the team's corpus, and the team's manifest in line with what this
     * machine's shared folder holds (issue 17, ADR 0039): an incremental index run over the shared folder and the
     * other roots, with progress and cancellation, then the manifest compared with the folder and the index. The
     * workbench calls it in the background on opening a team workspace; {@code rapporteur team sync} prints it.
     * Refuses a single-user workspace, and a team workspace without a usable shared folder, with a
     * {@link RapporteurException} saying which.
     */
    public SyncReport syncTeam(ProgressListener progress, Cancellation cancel) {
        return TeamSync.sync(this, progress, cancel);
    }

    /**
     * The manifest recorder of a team workspace with a shared folder on this machine; null otherwise (a single-user
     * workspace records nothing: its reports are its own).
     */
    private ManifestRecorder manifestRecorder() {
        WorkspaceSettings.TeamLink team = settings.team();
        if (team == null || team.sharedFolder() == null || team.sharedFolder().isBlank()) {
            return null;
        }
        return new ManifestRecorder(annotations.sharedCorpus(),
                new ManifestRecorder.SharedFolder(Path.of(team.sharedFolder())));
    }

    private IndexRun indexRun(List<Path> roots, ProgressListener progress, Cancellation cancel, boolean force,
                              Consumer<CorpusChanges> checked) {
        ManifestRecorder manifest = manifestRecorder();
        // what the index held under the shared folder before the run: a report it replaces or drops is told apart
        // from a stale copy it held all along (ADR 0039)
        java.util.Map<String, String> before = manifest == null ? null : manifest.snapshot(index.catalog());
        if (before != null && unrecordedBefore != null) {
            before.putAll(unrecordedBefore); // an earlier run could not record: compare with what was before it
        }
        synchronized (this) {
            sidecar = null;
            analysed.clear(); // the sidecar or the files may have changed
        }
        synchronized (this) {
            if (analyser != null && analyserTaxonomy != themes.taxonomy()) {
                analyser = null; // rebuilt with the edited taxonomy when a file is analysed
                analysed.clear();
            }
        }
        CorpusIndexer indexer = new CorpusIndexer(index, this::analyser, this::prepareKeywordThemed, force);
        IndexSummary summary = indexer.index(roots, progress, cancel, checked);
        rememberRoots(roots);
        people.invalidate();
        if (!themes.rules().isEmpty() && summary.indexed() > 0 && !summary.cancelled()) {
            themes.retag(ProgressListener.NONE, cancel); // theme rules are queries: they run over the new claims
        }
        ManifestRecorder.Outcome recorded = ManifestRecorder.Outcome.NONE;
        if (manifest != null) {
            try {
                recorded = manifest.record(before, manifest.snapshot(index.catalog()));
                unrecordedBefore = null;
                if (!recorded.recorded().isEmpty() || !recorded.removed().isEmpty()) {
                    LOG.info("The team's manifest: {} reports recorded, {} removed", recorded.recorded().size(),
                            recorded.removed().size());
                }
            } catch (RuntimeException e) {
                // the index run is done and sound; the manifest is recorded by the next run, which compares with
                // what the index held before this one
                unrecordedBefore = before;
                LOG.warn("The team's manifest could not be updated after indexing ({}); the next index run or sync"
                        + " records it", e.getMessage());
            }
        }
        return new IndexRun(summary, recorded);
    }

    /**
     * Remembers the roots that were there to be read as the workspace's roots, after they were read: a mistyped
     * folder is reported by the index run and never becomes a root. When none was there the roots stay as they were.
     */
    private void rememberRoots(List<Path> roots) {
        List<String> found = new ArrayList<>();
        for (Path r : roots) {
            if (Files.exists(r)) {
                found.add(r.toAbsolutePath().normalize().toString());
            }
        }
        if (found.isEmpty() || found.equals(settings.corpusRoots()) || (settings.corpusRoots().isEmpty()
                && WorkspaceLocator.defaultCorpusRoot().map(List::of).filter(roots::equals).isPresent())) {
            return;
        }
        updateSettings(s -> s.withCorpusRoots(found));
    }

    /**
     * The records of an analysed report to index, its corrections applied; its claims carry the keyword themes of
     * analysis, so it is noted for themes by meaning at the next embedding run.
     */
    private List<ClaimRecord> prepareKeywordThemed(Report report, List<String> previousIds) {
        themes.keywordThemed(report.id());
        return annotationIndexer.prepare(report, previousIds);
    }

    /**
     * Re-applies every correction of one report and replaces it in the index (after a correction); the commit follows.
     * The report as analysed is the reader's when it has it open, else read from its file once.
     */
    private void reload(String reportId) {
        Optional<ReportSummary> summary = index.corpus().report(reportId);
        Optional<Report> report = summary.isEmpty() ? Optional.empty() : openReport(reportId);
        if (report.isEmpty()) {
            LOG.info("Report {} cannot be re-read; its corrections apply at the next index run", reportId);
            return;
        }
        Report r = report.get();
        index.replaceReport(ReportSummary.of(r, summary.get().path(), summary.get().otherPaths()), r.source().text(),
                prepareKeywordThemed(r, List.of()));
        people.invalidate();
    }

    /**
     * Searches will follow interactively (the workbench): the index is prepared for them in the background now and
     * after every commit, so the first search after opening does not wait for facet ordinals and counts. Returns at
     * once.
     */
    public void prepareSearch() {
        index.prepareForSearch();
    }

    /**
     * The report {@code ref} names: its id or a unique prefix of it, or its file name (with or without extension or
     * folder) or a unique prefix of that; refuses unknown and ambiguous names with the reports they match.
     */
    public ReportSummary findReport(String ref) {
        return ReportResolver.resolve(index.corpus().reports(), ref);
    }

    /**
     * Reads and analyses a report again from its file, for the reader (sections, speaker blocks, boilerplate need the
     * whole structure, which the index does not keep). The last few reports analysed are kept, so the reader and a
     * correction after it read the file once; kept until the next index run or refresh, while the index still holds
     * them. Otherwise empty when the file is gone or has changed since indexing.
     */
    public Optional<Report> openReport(String reportId) {
        Optional<Report> known = analysed.get(reportId);
        if (known.isPresent()) {
            return known;
        }
        Optional<ReportSummary> summary = index.corpus().report(reportId);
        if (summary.isEmpty() || summary.get().path() == null) {
            return Optional.empty();
        }
        Path file = Path.of(summary.get().path());
        IngestResult read = new Ingestor().read(file);
        if (!read.ok() || !read.document().reportId().equals(reportId)) {
            LOG.info("Report {} changed or vanished since indexing", file);
            return Optional.empty();
        }
        Report report = analyser().analyse(read.document(), sidecar().entryFor(file).orElse(null));
        analysed.put(report);
        return Optional.of(report);
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

    /** Makes writes of another process (a CLI beside the workbench) visible. */
    public void refresh() {
        index.refresh();
        meaning.refresh();
        people.invalidate();
        analysed.clear(); // another process may have re-indexed a changed file
    }

    @Override
    public void close() {
        try {
            annotations.close();
            meaning.close();
            try {
                index.close();
            } catch (IOException e) {
                LOG.warn("Closing the index failed", e);
            }
        } finally {
            if (windowLock != null) {
                windowLock.close();
            }
        }
    }
}
