package org.rapporteur.ui.main;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.Problem;
import org.rapporteur.model.MeaningState;
import org.rapporteur.model.SearchMode;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SortOrder;
import org.rapporteur.model.Theme;
import org.rapporteur.pipeline.IndexSummary;
import org.rapporteur.pipeline.MeaningIndex;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.common.UserMessages;
import org.rapporteur.ui.facets.FacetsViewModel;
import org.rapporteur.ui.inspector.InspectorViewModel;
import org.rapporteur.ui.library.LibraryGrouping;
import org.rapporteur.ui.library.LibraryViewModel;
import org.rapporteur.ui.reader.ReaderViewModel;
import org.rapporteur.ui.search.EmptyResults;
import org.rapporteur.ui.search.QueryHistory;
import org.rapporteur.ui.search.ResultsViewModel;
import org.rapporteur.ui.search.SearchViewModel;
import org.rapporteur.ui.meaning.ExampleViewModel;
import org.rapporteur.ui.meaning.MeaningServices;
import org.rapporteur.ui.tasks.BackgroundTasks;
import org.rapporteur.ui.tasks.EmbedTask;
import org.rapporteur.ui.tasks.CorpusAdditions;
import org.rapporteur.ui.tasks.IndexStatus;
import org.rapporteur.ui.tasks.IndexTask;
import org.rapporteur.ui.tasks.RethemeTask;

/**
 * The main window's state and the glue between the screens: the search bar, facets and sort make one
 * {@link SearchRequest}; results feed the facets and the inspector; a claim opens in the reader. Also runs indexing
 * (with progress and cancel) and remembers the user's choices in the workspace settings. Implements
 * {@link WorkbenchContext} for the analysis tabs. Use on the FX thread.
 */
public final class MainViewModel implements WorkbenchContext {
    /** The work-area tab the window should bring to front. */
    public enum Tab { RESULTS, READER }

    public static final int FACET_VALUES = 30;

    private final Workspace workspace;
    private final BackgroundTasks tasks;
    private final UiPreferences prefs;
    private final org.rapporteur.ui.common.ChooserFolders chooserFolders;
    private final ResultsViewModel results;
    private final SearchViewModel search;
    private final FacetsViewModel facets;
    private final LibraryViewModel library;
    private final ReaderViewModel reader;
    private final InspectorViewModel inspector;
    private final org.rapporteur.ui.review.ReviewViewModel review;
    private final MeaningServices meaning;
    private final ExampleViewModel byExample;
    private final org.rapporteur.ui.team.TeamIndicatorViewModel team;
    private final org.rapporteur.ui.team.ConflictNoticeViewModel conflicts;
    /** This workbench's analyst: an event that overwrote this name overwrote us (read once, in the background). */
    private volatile String analyst;
    private final ObjectProperty<SearchMode> searchMode = new SimpleObjectProperty<>(SearchMode.HYBRID);
    private final ObjectProperty<EmbedTask> embedding = new SimpleObjectProperty<>();
    private final ObjectProperty<RethemeTask> retheming = new SimpleObjectProperty<>();
    private final ObjectProperty<MeaningState> meaningState = new SimpleObjectProperty<>();
    /** Embedding runs on a thread of its own at low priority: one job at a time, behind searches and indexing. */
    private ExecutorService embedExecutor;
    /** Embedding was asked for while a run (indexing, or an embedding still stopping) was going on: start it after. */
    private boolean embedAgain;
    private boolean closed;
    private boolean repairTried;
    private final LongProperty reviewCount = new SimpleLongProperty(-1);
    private AutoCloseable reviewListener;
    private long reviewCountGeneration;

    private final ObjectProperty<SearchRequest> currentRequest = new SimpleObjectProperty<>();
    private final LongProperty dataVersion = new SimpleLongProperty();
    private final ObjectProperty<SortOrder> sort = new SimpleObjectProperty<>(SortOrder.RELEVANCE);
    private final ObjectProperty<IndexTask> indexing = new SimpleObjectProperty<>();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("Opening workspace…");
    private final ObjectProperty<Tab> requestedTab = new SimpleObjectProperty<>();
    private final StringProperty userMessage = new SimpleStringProperty();
    private final BooleanProperty firstIndexDone = new SimpleBooleanProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final AutoCloseable annotationListener;
    private final javafx.animation.PauseTransition inspectDelay = new javafx.animation.PauseTransition(
            javafx.util.Duration.millis(120));
    private ClaimRecord pendingInspect;
    private boolean quietSort;
    private final javafx.beans.binding.StringBinding indexStateMessage;
    /** Files and folders added while indexing ran, in the order given; added when it ends. */
    private final List<Path> pendingAdditions = new ArrayList<>();
    /** An addition is copying files (before its indexing run starts). */
    private boolean adding;

    public MainViewModel(Workspace workspace, BackgroundTasks tasks) {
        this(workspace, tasks, ResultsViewModel.DEFAULT_PAGE_SIZE);
    }

    public MainViewModel(Workspace workspace, BackgroundTasks tasks, int pageSize) {
        this(workspace, tasks, pageSize, MeaningServices.of(workspace));
    }

    /** With the meaning services given (tests pass a double). */
    public MainViewModel(Workspace workspace, BackgroundTasks tasks, int pageSize, MeaningServices meaning) {
        this.workspace = workspace;
        this.meaning = meaning;
        this.tasks = tasks;
        this.prefs = new UiPreferences(workspace, tasks.executor());
        this.chooserFolders = new org.rapporteur.ui.common.ChooserFolders(workspace, tasks.executor());
        this.results = new ResultsViewModel(workspace, tasks, pageSize);
        this.search = new SearchViewModel(workspace, tasks, QueryHistory.decode(prefs.get(UiPreferences.HISTORY, "")),
                this::queryChanged, h -> prefs.put(UiPreferences.HISTORY, QueryHistory.encode(h)));
        this.facets = new FacetsViewModel(f -> runSearch());
        this.facets.usePeople(new PeopleFacetActions());
        this.library = new LibraryViewModel(workspace, tasks, r -> openReport(r.id(), null));
        this.reader = new ReaderViewModel(workspace, tasks, this::inspect);
        this.inspector = new InspectorViewModel(workspace, tasks, meaning);
        this.review = new org.rapporteur.ui.review.ReviewViewModel(workspace, tasks);
        this.byExample = new ExampleViewModel(workspace, tasks, meaning);
        this.team = new org.rapporteur.ui.team.TeamIndicatorViewModel(workspace.annotations(), tasks);
        this.conflicts = new org.rapporteur.ui.team.ConflictNoticeViewModel(workspace.annotations(), tasks);
        conflicts.outcomeProperty().addListener((o, a, m) -> {
            if (m != null) {
                userMessage.set(m);
            }
        });
        tasks.run("Reading the analyst's name", () -> workspace.annotations().user(), u -> analyst = u, e -> { });

        indexStateMessage = javafx.beans.binding.Bindings.createStringBinding(
                () -> EmptyResults.forIndex(results.indexContentProperty().get(), results.indexingProperty().get()),
                results.indexContentProperty(), results.indexingProperty());
        inspectDelay.setOnFinished(e -> inspector.show(pendingInspect));
        results.syntaxErrorProperty().addListener((o, a, e) -> search.showSyntaxError(e));
        results.facetsProperty().addListener((o, a, f) -> facets.accept(f));
        try {
            sort.set(SortOrder.valueOf(prefs.get(UiPreferences.SORT, "RELEVANCE")));
            library.groupingProperty().set(LibraryGrouping.valueOf(prefs.get(UiPreferences.GROUPING,
                    "ORGANISATION")));
        } catch (IllegalArgumentException ignored) {
            // an old or hand-edited value: keep the defaults
        }
        sort.addListener((o, a, s) -> {
            prefs.put(UiPreferences.SORT, s.name());
            if (!quietSort) {
                runSearch();
            }
        });
        library.groupingProperty().addListener((o, a, g) -> prefs.put(UiPreferences.GROUPING, g.name()));
        try {
            searchMode.set(SearchMode.parse(prefs.get(UiPreferences.SEARCH_MODE, SearchMode.HYBRID.label())));
        } catch (IllegalArgumentException ignored) {
            // an old or hand-edited value: hybrid
        }
        searchMode.addListener((o, a, m) -> {
            if (m == null) {
                searchMode.set(a == null ? SearchMode.HYBRID : a);
                return;
            }
            prefs.put(UiPreferences.SEARCH_MODE, m.label());
            runSearch();
        });
        // Changes arrive on the thread that made them (ours, or the store's watcher for another process).
        annotationListener = workspace.annotations().addListener(e -> {
            try {
                javafx.application.Platform.runLater(() -> annotationsChanged(e));
            } catch (IllegalStateException toolkitGone) {
                // shutting down
            }
        });
    }

    private void annotationsChanged(org.rapporteur.annotations.ChangeEvent e) {
        if (e.action() == org.rapporteur.annotations.ChangeEvent.Action.REANCHORED) {
            return; // part of an indexing run, which refreshes everything when it ends
        }
        dataVersion.set(dataVersion.get() + 1);
        results.tagsChanged();
        results.rerun();
        search.refreshCompletions();
        inspector.reload();
        byExample.annotationsChanged();
        reader.refreshCodings();
        refreshUndoState();
        if (e.correctionsChanged()) {
            refreshReviewCount();
            library.refresh();
            reader.reload();
        }
        if (e.external()) {
            // who did it in a team (issue 17); where it came from (command line, another window) when working alone
            userMessage.set(org.rapporteur.ui.team.ChangeAnnouncement.of(e, isTeam()));
            team.changeArrived();
            if (org.rapporteur.ui.team.ConflictNoticeViewModel.overwroteMe(e, analyst)) {
                conflicts.show(e); // last writer won over an edit of ours: say whose and offer ours back
            }
        }
    }

    private void refreshUndoState() {
        var service = workspace.annotations();
        tasks.run("Reading the undo history", () -> new boolean[] {service.canUndo(), service.canRedo()}, b -> {
            canUndo.set(b[0]);
            canRedo.set(b[1]);
        }, error -> { });
    }

    /** The speaker facet's merge and split of people, in the background; the store's event re-runs the search. */
    private final class PeopleFacetActions implements org.rapporteur.ui.facets.FacetsViewModel.PeopleActions {
        @Override
        public void merge(String person, String other) {
            tasks.run("Merging people", () -> workspace.peopleService().merge(person, other),
                    done -> userMessage.set("Merged: " + other + " is now " + person + " (Ctrl+Z undoes)."),
                    error -> userMessage.set(UserMessages.describe("Merging people", error)));
        }

        @Override
        public void namesOf(String person, java.util.function.Consumer<java.util.List<String>> names) {
            tasks.run("Reading the names of " + person, () -> workspace.peopleService().namesOf(person), n -> {
                if (n.size() < 2) {
                    userMessage.set(person + " is written only one way: there is no name to split out.");
                } else {
                    names.accept(n);
                }
            }, error -> userMessage.set(UserMessages.describe("Reading the names of " + person, error)));
        }

        @Override
        public void split(String person, String variant) {
            tasks.run("Splitting a name out", () -> workspace.peopleService().split(person, variant),
                    done -> userMessage.set("Split: " + variant + " is a person of its own (Ctrl+Z undoes)."),
                    error -> userMessage.set(UserMessages.describe("Splitting a name out", error)));
        }
    }

    /** Ctrl+Z: undoes the last annotation change (also one made by the command line on this workspace). */
    public void undo() {
        tasks.run("Undoing", () -> workspace.annotations().undo(), done -> {
            if (done.isEmpty()) {
                userMessage.set("Nothing to undo.");
            } else {
                userMessage.set(done.get().sentence());
            }
            refreshUndoState();
        }, error -> userMessage.set(UserMessages.describe("Undoing", error)));
    }

    /** Ctrl+Y: redoes the last undone change. */
    public void redo() {
        tasks.run("Redoing", () -> workspace.annotations().redo(), done -> {
            if (done.isEmpty()) {
                userMessage.set("Nothing to redo.");
            } else {
                userMessage.set(done.get().sentence());
            }
            refreshUndoState();
        }, error -> userMessage.set(UserMessages.describe("Redoing", error)));
    }

    /** Counts the attributions to review (a count on the index) for the status bar. */
    public void refreshReviewCount() {
        long mine = ++reviewCountGeneration;
        tasks.run("Counting the attributions to review",
                () -> new org.rapporteur.pipeline.AttributionReview(workspace).count(), n -> {
                    if (mine == reviewCountGeneration) {
                        reviewCount.set(n);
                    }
                }, error -> { });
    }

    /**
     * The Review tab was shown: its list follows the store from now on (and is re-read after each indexing run).
     * Idempotent.
     */
    public void reviewShown() {
        if (reviewListener == null) {
            reviewListener = review.listen();
            review.refresh();
        }
    }

    /** How many claims need review (-1 until counted). */
    public javafx.beans.property.ReadOnlyLongProperty reviewCountProperty() {
        return reviewCount;
    }

    public org.rapporteur.ui.review.ReviewViewModel review() {
        return review;
    }

    /** Stops listening to the annotation store and stops embedding (on closing the window). */
    public void close() {
        closed = true;
        team.close();
        embedAgain = false;
        EmbedTask job = embedding.get();
        if (job != null) {
            job.cancel();
        }
        if (embedExecutor != null) {
            embedExecutor.shutdown(); // the job stops after its batch and keeps what it committed
        }
        try {
            if (reviewListener != null) {
                reviewListener.close();
            }
        } catch (Exception e) {
            // nothing to keep
        }
        try {
            annotationListener.close();
        } catch (Exception e) {
            // nothing to keep: the store is closing too
        }
    }

    public javafx.beans.property.ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    /** First start: show what the index has, search the last query, then index the corpus in the background. */
    public void start() {
        start(false);
    }

    /**
     * Shows what the index holds and then checks the corpus for changes (an incremental index run); with
     * {@code keepQuery}, searches the query the search bar already holds (typed while the workspace was opening)
     * instead of restoring the last one.
     */
    public void start(boolean keepQuery) {
        team.start();
        // the check follows the first answer: an empty index is being indexed, not "without reports"
        results.indexingProperty().set(new EmptyResults.Indexing(0, -1));
        show(keepQuery);
        indexAfterFirstAnswer();
    }

    /**
     * Starts the check for changes once the first search has answered (or failed): the window is searchable over the
     * index as it is at once, and the check — hashing every file, about 15 s of both cores on the UN corpus — does not
     * compete with the first answer for the processor. ADR 0022.
     */
    private void indexAfterFirstAnswer() {
        if (!results.loadingProperty().get()) {
            index();
            return;
        }
        results.loadingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    o.removeListener(this);
                    index();
                }
            }
        });
    }

    /** Shows what the index holds (library, completions, the last query) without indexing. */
    public void show() {
        show(false);
    }

    /**
     * Shows what the index holds without indexing; with {@code keepQuery}, searches the query the search bar holds
     * instead of restoring the last one.
     */
    public void show(boolean keepQuery) {
        if (keepQuery) {
            prefs.put(UiPreferences.LAST_QUERY, search.queryProperty().get());
        } else {
            search.setQuietly(prefs.get(UiPreferences.LAST_QUERY, ""));
        }
        library.refresh();
        search.refreshCompletions();
        refreshUndoState();
        refreshReviewCount();
        workspace.annotations().watchOtherProcesses();
        runSearch();
    }

    private void queryChanged(String q) {
        results.originProperty().set("");
        runSearch();
        prefs.put(UiPreferences.LAST_QUERY, q);
    }

    private void runSearch() {
        String q = search.queryProperty().get() == null ? "" : search.queryProperty().get().strip();
        SearchRequest r = new SearchRequest(q, facets.filters(), sort.get(), results.pageSize(), 0, FACET_VALUES,
                searchMode.get());
        currentRequest.set(r);
        results.search(r);
    }

    /** Ctrl+M: words → meaning → both → words. */
    public void nextSearchMode() {
        SearchMode[] order = {SearchMode.LEXICAL, SearchMode.SEMANTIC, SearchMode.HYBRID};
        int at = java.util.Arrays.asList(order).indexOf(searchMode.get());
        searchMode.set(order[(at + 1) % order.length]);
    }

    /** How the search bar finds claims: by words, by meaning or both (remembered in the workspace settings). */
    public ObjectProperty<SearchMode> searchModeProperty() {
        return searchMode;
    }

    // ---- indexing ------------------------------------------------------------------------------------------------

    /** What the status bar says when the workspace has no corpus folder to check. */
    public static final String NO_CORPUS_YET = "No corpus yet: open the sample reports, add a folder or files, or "
            + "drop them on the window";
    public static final String NO_CORPUS_FOLDER = "No corpus folder to check for changes: File ▸ Add folder… adds one";

    /**
     * Indexes the corpus roots (incremental: unchanged files are skipped); ignored while a run is going on. A workspace
     * without corpus roots (an installed app's new one, ADR 0027) has nothing to check: no run starts, and the status
     * bar says what to do.
     */
    public void index() {
        List<Path> roots = workspace.corpusRoots();
        if (roots.isEmpty() && indexing.get() == null && !adding) {
            results.indexingProperty().set(null);
            EmptyResults.IndexContent content = results.indexContentProperty().get();
            boolean nothingIndexed = content == EmptyResults.IndexContent.NO_REPORTS
                    || content == EmptyResults.IndexContent.UNKNOWN;
            status.set(nothingIndexed ? NO_CORPUS_YET : NO_CORPUS_FOLDER);
            firstIndexDone.set(true);
            embedMissing();
            return;
        }
        indexRoots(roots);
    }

    private void indexRoots(List<Path> roots) {
        if (indexing.get() != null) {
            userMessage.set("Indexing is already running.");
            return;
        }
        if (retheming.get() != null) {
            userMessage.set("Re-theming is running: re-index (F5) when it ends, or cancel it first.");
            return;
        }
        pauseEmbedding();
        IndexTask task = new IndexTask(workspace, roots);
        indexing.set(task);
        status.set(IndexStatus.CHECKING);
        // The empty results list tells a first index's progress ("Indexing the corpus — 3 of 10 reports…").
        results.indexingProperty().set(new EmptyResults.Indexing(0, -1));
        javafx.beans.InvalidationListener progress = o -> {
            if (indexing.get() == task) {
                results.indexingProperty().set(new EmptyResults.Indexing(Math.max(0, (long) task.getWorkDone()),
                        (long) task.getTotalWork()));
            }
        };
        task.workDoneProperty().addListener(progress);
        task.totalWorkProperty().addListener(progress);
        task.changesProperty().addListener((o, a, found) -> {
            if (found != null && indexing.get() == task) {
                status.set(IndexStatus.found(found));
            }
        });
        tasks.submit("Indexing", task, this::indexed, error -> {
            indexing.set(null);
            results.indexingProperty().set(null);
            status.set(UserMessages.describe("Indexing", error, workspace.dir()));
            firstIndexDone.set(true);
            addPending();
            embedMissing();
        });
    }

    private void indexed(IndexSummary summary) {
        indexing.set(null);
        List<Problem> all = new ArrayList<>(summary.failures());
        all.addAll(summary.warnings());
        problems.setAll(all);
        status.set(IndexStatus.finished(summary));
        reader.invalidate();
        dataChanged();
        results.indexingProperty().set(null); // after the new search started: it, not the old answer, says what is true
        firstIndexDone.set(true);
        addPending();
        embedMissing();
    }

    // ---- embedding -----------------------------------------------------------------------------------------------

    /**
     * Starts embedding the claims without a vector, in the background at low priority, when the workspace embeds by
     * itself ({@link MeaningIndex#embedsAutomatically()}) and the vectors are incomplete; after an index run and when
     * the workspace opens (its check for changes is an index run). Never two at once, never while indexing: asked then,
     * it starts when they end.
     */
    public void embedMissing() {
        if (closed || !MeaningIndex.embedsAutomatically()) {
            return;
        }
        if (indexing.get() != null || embedding.get() != null || retheming.get() != null || adding
                || !pendingAdditions.isEmpty()) {
            embedAgain = true;
            return;
        }
        embedAgain = false;
        record Check(MeaningState state, boolean themesWaiting) {
        }
        tasks.run("Reading the state of meaning search", () -> {
            MeaningState s = meaning.state();
            // claims with vectors whose themes are still the index's keywords: a run with nothing to embed themes them
            return new Check(s, !wantsEmbedding(s) && s.problem() == null && !s.running() && meaning.themesWaiting());
        }, check -> {
            MeaningState state = check.state();
            meaningState.set(state);
            boolean repair = state.problem() != null && state.claims() > 0 && !repairTried;
            if ((wantsEmbedding(state) || repair || check.themesWaiting()) && indexing.get() == null
                    && embedding.get() == null && !closed) {
                // a damaged or outdated vector file is rebuilt by a run; tried once per window, so a missing model
                // is said once, not after every index run
                repairTried |= repair;
                startEmbedding();
            }
        }, error -> { });
    }

    /** Embedding has something to do: claims without vectors, and nothing (no model, a broken file) stopping it. */
    public static boolean wantsEmbedding(MeaningState state) {
        return state.problem() == null && !state.running() && state.claims() > 0 && state.embedded() < state.claims();
    }

    private void startEmbedding() {
        if (embedExecutor == null) {
            embedExecutor = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new org.rapporteur.progress.NamedThreadFactory("embed").newThread(r);
                t.setPriority(Thread.MIN_PRIORITY); // searches and the FX thread go first on two cores
                return t;
            });
        }
        EmbedTask task = new EmbedTask(meaning);
        embedding.set(task);
        task.setOnSucceeded(e -> embedded(task, task.getValue(), null));
        task.setOnFailed(e -> embedded(task, 0, task.getException()));
        task.setOnCancelled(e -> embedded(task, 0, null));
        try {
            embedExecutor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            embedding.set(null);
        }
    }

    private void embedded(EmbedTask task, long count, Throwable error) {
        if (embedding.get() != task) {
            return;
        }
        embedding.set(null);
        boolean stopped = task.cancelRequested();
        if (error != null && !stopped) {
            org.slf4j.LoggerFactory.getLogger(MainViewModel.class).warn("Embedding failed", error);
            userMessage.set(UserMessages.describe("Embedding the claims", error)
                    + " Search goes on by words; re-index (F5) to try again.");
        } else if (!stopped && count > 0) {
            userMessage.set(String.format(java.util.Locale.ROOT,
                    "Meaning search ready: %,d claims embedded.", count));
        }
        if (count > 0 && results.meaningNoteProperty().get() != null || task.themed() && !stopped && error == null) {
            // the answer said meaning was partial, or the run re-themed claims: say it again with what arrived
            results.rerun();
        }
        if (embedAgain && indexing.get() == null && !closed) {
            embedMissing();
        } else {
            tasks.run("Reading the state of meaning search", meaning::state, meaningState::set, e -> { });
        }
    }

    /** How far the vectors were when last read (after each embedding check and run); null until read. */
    public ReadOnlyObjectProperty<MeaningState> meaningStateProperty() {
        return meaningState;
    }

    /** An index run starts: embedding stops after its batch and starts again (where it stopped) when the run ends. */
    private void pauseEmbedding() {
        EmbedTask e = embedding.get();
        if (e != null) {
            e.cancel();
            embedAgain = true;
        }
    }

    /** The status bar's Cancel: stops embedding until the next index run or the next opening of the workspace. */
    public void cancelEmbedding() {
        embedAgain = false;
        EmbedTask e = embedding.get();
        if (e != null) {
            e.cancel();
        }
    }

    // ---- re-theming -----------------------------------------------------------------------------------------------

    /**
     * Analysis ▸ Re-theme claims: themes every claim again with the taxonomy, the rules and the analyst's theme
     * corrections (which teach similar claims), in the background with progress and Cancel; then the results, facets
     * and inspector are re-read and the status bar says how many claims changed. Refused while indexing or embedding
     * runs (both write the index; embedding re-themes what it embedded when it ends).
     */
    public void retheme() {
        if (closed || retheming.get() != null) {
            return;
        }
        if (indexing.get() != null || adding) {
            userMessage.set("Indexing is running: re-theme when it ends.");
            return;
        }
        if (embedding.get() != null) {
            userMessage.set("Embedding is running (it re-themes the claims it embeds when it ends): re-theme after.");
            return;
        }
        RethemeTask task = new RethemeTask(
                (progress, cancel) -> workspace.themes().retag(progress, cancel));
        retheming.set(task);
        tasks.submit("Re-theming the claims", task, outcome -> rethemed(task, outcome.sentence()),
                error -> rethemed(task, UserMessages.describe("Re-theming the claims", error)));
    }

    private void rethemed(RethemeTask task, String sentence) {
        if (retheming.get() != task) {
            return;
        }
        retheming.set(null);
        userMessage.set(sentence);
        dataChanged();
        inspector.reload();
        if (embedAgain && indexing.get() == null && !closed) {
            embedMissing();
        }
    }

    /** The status bar's Cancel for re-theming: stops before the next report; what is done is kept. */
    public void cancelRetheming() {
        RethemeTask t = retheming.get();
        if (t != null) {
            t.cancel();
        }
    }

    /** The re-theming job going on; null when none. */
    public ReadOnlyObjectProperty<RethemeTask> rethemingProperty() {
        return retheming;
    }

    /** The taxonomy, and how many claims the analyst coded with each theme (by path). */
    public record Taxonomy(List<Theme> themes,
                           Map<String, Integer> analystExamples) {
    }

    /** The workspace's taxonomy, read in the background for the Themes dialog. */
    public void loadThemes(java.util.function.Consumer<Taxonomy> show) {
        tasks.run("Reading the themes", () -> new Taxonomy(workspace.themes().themes(),
                workspace.themes().analystExamples()), show,
                error -> userMessage.set(UserMessages.describe("Reading the themes", error)));
    }

    /**
     * The Themes dialog's state over this workspace's themes: adding an example or a theme saves in the background and
     * says so in the status bar; its "Re-theme now" is {@link #retheme()}.
     */
    public ThemesViewModel themesEditor() {
        return new ThemesViewModel(workspace::themes, tasks, userMessage::set, this::retheme);
    }

    /** The embedding job going on; null when none. */
    public ReadOnlyObjectProperty<EmbedTask> embeddingProperty() {
        return embedding;
    }

    public MeaningServices meaning() {
        return meaning;
    }

    /** The code-by-example view's state. */
    public ExampleViewModel byExample() {
        return byExample;
    }

    /** Re-reads everything shown after the index changed (indexing, annotation changes). */
    public void dataChanged() {
        dataVersion.set(dataVersion.get() + 1);
        refreshReviewCount();
        if (reviewListener != null) {
            review.refresh();
        }
        library.refresh();
        search.refreshCompletions();
        results.rerun();
    }

    public void cancelIndexing() {
        IndexTask t = indexing.get();
        if (t != null) {
            t.cancel();
        }
    }

    /**
     * Adds folders (as corpus roots) and files (copied into the workspace's imports folder) and indexes them. Files
     * added while an indexing run (or another addition) is going on are kept and added when it ends, so a drop is
     * never lost or has to be repeated.
     */
    public void addToCorpus(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        if (indexing.get() != null || adding) {
            pendingAdditions.addAll(paths);
            userMessage.set(pendingAdditions.size() == 1 ? "The file is added when the current indexing run ends."
                    : pendingAdditions.size() + " files and folders are added when the current indexing run ends.");
            return;
        }
        adding = true;
        List<Path> current = workspace.corpusRoots();
        tasks.run("Adding files", () -> CorpusAdditions.add(workspace.dir(), current, paths), roots -> {
            adding = false;
            indexRoots(roots);
        }, error -> {
            adding = false;
            userMessage.set(UserMessages.describe("Adding files", error));
            addPending();
        });
    }

    /** Adds what was dropped or chosen during the run that just ended. */
    private void addPending() {
        if (!pendingAdditions.isEmpty()) {
            List<Path> next = List.copyOf(pendingAdditions);
            pendingAdditions.clear();
            addToCorpus(next);
        }
    }

    // ---- navigation ----------------------------------------------------------------------------------------------

    /**
     * A result was selected: show it in the inspector (the reader follows only on {@link #openClaim}). Debounced, so
     * holding F3 or an arrow key through the results rebuilds the inspector once, for the claim you stop at.
     */
    public void inspect(ClaimRecord record) {
        pendingInspect = record;
        inspectDelay.playFromStart();
    }

    @Override
    public void openClaim(ClaimRecord claim) {
        inspectDelay.stop();
        inspector.show(claim);
        openReport(claim.claim().reportId(), claim.claim().id());
    }

    public void openReport(String reportId, String claimId) {
        reader.open(reportId, search.queryProperty().get(), claimId);
        requestTab(Tab.READER);
    }

    @Override
    public void showClaims(String title, SearchRequest request) {
        search.setQuietly(request.query());
        facets.setQuietly(request.filters());
        quietSort = true;
        try {
            sort.set(request.sort());
        } finally {
            quietSort = false;
        }
        SearchRequest r = new SearchRequest(request.query(), request.filters(), request.sort(), results.pageSize(),
                0, FACET_VALUES, searchMode.get());
        currentRequest.set(r);
        results.originProperty().set(title == null ? "" : title);
        results.search(r);
        requestTab(Tab.RESULTS);
    }

    private void requestTab(Tab t) {
        requestedTab.set(null);
        requestedTab.set(t);
    }

    /** Clears the query and all facet selections. */
    public void clearSearch() {
        search.setQuietly("");
        facets.setQuietly(Map.<FacetDimension, Set<String>>of());
        results.originProperty().set("");
        runSearch();
    }

    // ---- accessors -----------------------------------------------------------------------------------------------

    /** True when the workspace's annotations are a team's (its settings name a team database). */
    public boolean isTeam() {
        return workspace.settings().team() != null;
    }

    /** The notice of an edit of ours another analyst's change replaced, with "Put mine back". */
    public org.rapporteur.ui.team.ConflictNoticeViewModel conflicts() {
        return conflicts;
    }

    /** The status bar's team indicator: connection, who is online, changes waiting. */
    public org.rapporteur.ui.team.TeamIndicatorViewModel team() {
        return team;
    }

    /** Where the add-files and add-folder choosers open (the last folder reports came from, else Documents). */
    public org.rapporteur.ui.common.ChooserFolders chooserFolders() {
        return chooserFolders;
    }

    @Override
    public javafx.beans.value.ObservableStringValue indexStateMessage() {
        return indexStateMessage;
    }

    @Override
    public Workspace workspace() {
        return workspace;
    }

    @Override
    public ExecutorService background() {
        return tasks.executor();
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    @Override
    public ReadOnlyObjectProperty<SearchRequest> currentRequest() {
        return currentRequest;
    }

    @Override
    public ReadOnlyLongProperty dataVersion() {
        return dataVersion;
    }

    public UiPreferences preferences() {
        return prefs;
    }

    public ResultsViewModel results() {
        return results;
    }

    public SearchViewModel search() {
        return search;
    }

    public FacetsViewModel facets() {
        return facets;
    }

    public LibraryViewModel library() {
        return library;
    }

    public ReaderViewModel reader() {
        return reader;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    public ObjectProperty<SortOrder> sortProperty() {
        return sort;
    }

    public ReadOnlyObjectProperty<IndexTask> indexingProperty() {
        return indexing;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyObjectProperty<Tab> requestedTabProperty() {
        return requestedTab;
    }

    /** A one-line message for the user (errors, refusals); the view shows it and may clear it. */
    public StringProperty userMessageProperty() {
        return userMessage;
    }

    public BooleanProperty firstIndexDoneProperty() {
        return firstIndexDone;
    }
}
