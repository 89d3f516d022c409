package org.rapporteur.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.ClaimResolver;
import org.rapporteur.annotations.Target;
import org.rapporteur.export.ExportFormat;
import org.rapporteur.export.ExportOptions;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Ids;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.pipeline.ExportSelection;
import org.rapporteur.pipeline.ExportService;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.ChildJvm;

/**
 * One kill test for every write path: a {@link WritePathChild} writes through the CLI and the services until it is
 * killed with {@code kill -9} at a random moment; then the parent checks that
 * <ul>
 *   <li>no committed change is lost and none is half applied: the store is exactly as the child last reported it,
 *       or that plus the one change in flight, whole (undoing that one change brings back the reported state);</li>
 *   <li>{@code integrity_check} is ok;</li>
 *   <li>the index opens and holds every report of the corpus, and every claim the store anchors on is in the index,
 *       or is orphaned, or belongs to a report version a killed index run re-anchored on but did not commit (the
 *       store commits re-anchoring before the index commits the report), which the next index run completes.</li>
 * </ul>
 * Every fourth round, and at the end, the parent makes the next start's index run; then no anchor may be pending.
 * Figures go to the log and {@link Result}.
 */
final class WritePathKillHarness {
    private static final int STABLE_FILES = 8;
    private static final int CHANGING_FILES = 3;
    private static final int IMPORTED_ANNOTATIONS = 300;

    record Result(int rounds, Map<String, Integer> killsByPath, int reportedChanges, int inFlightCommitted,
                  int killedBeforeFirstOp, int pendingAnchorsSeen, double seconds) {
        String line() {
            return String.format(Locale.ROOT, "%d kills; in flight at the kill: %s; %d operations reported done; %d rounds where"
                    + " the change in flight had committed whole; %d rounds killed before their first operation"
                    + " finished; %d anchors seen pending re-index; 0 lost, 0 half-applied; %.0f s", rounds, killsByPath,
                    reportedChanges, inFlightCommitted, killedBeforeFirstOp, pendingAnchorsSeen, seconds);
        }
    }

    private final Path dir;
    private final Path corpus;
    private final Path changing;
    private final Path wsDir;
    private final Path db;
    private final Path importFile;
    private final Random random;

    WritePathKillHarness(Path dir, long seed) {
        this.dir = dir;
        this.corpus = dir.resolve("corpus");
        this.changing = corpus.resolve("changing");
        this.wsDir = dir.resolve("ws");
        this.db = wsDir.resolve(AnnotationStore.FILE_NAME);
        this.importFile = dir.resolve("donor.jsonld");
        this.random = new Random(seed);
    }

    /** The corpus, a donor workspace's export of {@value #IMPORTED_ANNOTATIONS} annotations, the indexed workspace. */
    void setUp() throws Exception {
        Path stable = corpus.resolve("stable");
        InventedCorpus.write(stable, STABLE_FILES, 5, 101L);
        InventedCorpus.write(changing, CHANGING_FILES, 5, 202L);
        try (Workspace donor = Workspace.open(dir.resolve("donor"))) {
            donor.index(List.of(stable), ProgressListener.NONE, Cancellation.NEVER);
            List<ClaimRecord> claims = new ArrayList<>();
            donor.corpus().forEachClaim("", claims::add);
            donor.annotations().executeAll("donor", sink -> {
                long tag = sink.apply(new Change.CreateTag("Imported"));
                for (int i = 0; i < IMPORTED_ANNOTATIONS / 2; i++) {
                    String claim = claims.get(i % claims.size()).claim().id();
                    if (i < claims.size()) {
                        sink.apply(new Change.AddCoding(tag, Target.claim(claim)));
                    }
                    sink.apply(new Change.AddNote(Target.claim(claim), "imported memo " + i));
                }
            });
            new ExportService(donor).export(new ExportSelection.All(), ExportFormat.JSONLD, ExportOptions.DEFAULT,
                    importFile, ProgressListener.NONE, Cancellation.NEVER);
        }
        try (Workspace ws = Workspace.open(wsDir)) {
            ws.index(List.of(corpus), ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(STABLE_FILES + CHANGING_FILES, ws.corpus().reports().size());
        }
    }

    Result run(int rounds) throws Exception {
        long t0 = System.nanoTime();
        Map<String, Integer> kills = new TreeMap<>();
        int reported = 0;
        int inFlightCommitted = 0;
        int early = 0;
        int pendingSeen = 0;
        StoreSnapshot baseline = StoreSnapshot.read(db);
        for (int round = 0; round < rounds; round++) {
            Path err = dir.resolve("child" + round + ".err");
            ChildJvm child = start(WritePathChild.class.getName(), List.of(wsDir.toString(), changing.toString(),
                    importFile.toString(), Long.toString(random.nextLong()), "k" + round), err);
            if (round % 5 == 4) {
                Thread.sleep(random.nextInt(1_500)); // some die while the JVM starts or opens the workspace
            } else {
                assertTrue(child.firstLine().await(60, TimeUnit.SECONDS), "child " + round + " did nothing: "
                        + Files.readString(err));
                Thread.sleep(random.nextInt(1_500));
            }
            child.process().destroyForcibly(); // SIGKILL
            child.process().waitFor(20, TimeUnit.SECONDS);
            child.awaitLines();

            String inFlight = "starting";
            String[] lastDone = null;
            for (String line : child.lines()) {
                String[] f = line.split(" ");
                if (f[0].equals("BEGIN")) {
                    inFlight = f[2];
                } else if (f[0].equals("DONE")) {
                    inFlight = "between operations";
                    lastDone = f;
                    if (f[3].equals("0")) {
                        reported++;
                    }
                }
            }
            kills.merge(inFlight, 1, Integer::sum);
            if (lastDone == null) {
                early++;
            }
            long expectedEvent = lastDone == null ? baseline.lastEventId() : Long.parseLong(lastDone[4]);
            String expectedWork = lastDone == null ? baseline.workDigest() : lastDone[5];
            String expectedJournal = lastDone == null ? baseline.journalDigest() : lastDone[6];
            String context = "round " + round + ", killed during " + inFlight;
            if (checkNothingLostNothingHalfApplied(expectedEvent, expectedWork, expectedJournal, context)) {
                inFlightCommitted++;
            }
            pendingSeen += checkIndexAndStoreAgree(context, true);
            if (round % 4 == 3) {
                recoveryIndexRun(context); // the next start's index run, then nothing may be pending
            }
            baseline = StoreSnapshot.read(db);
        }
        recoveryIndexRun("after the last round");
        try (AnnotationStore store = AnnotationStore.open(db, ClaimResolver.none(), "checker")) {
            assertEquals("ok", store.integrityCheck());
        }
        return new Result(rounds, kills, reported, inFlightCommitted, early, pendingSeen,
                (System.nanoTime() - t0) / 1e9);
    }

    /** One index run as the next start makes it; then every anchored claim must be in the index or orphaned. */
    private void recoveryIndexRun(String context) throws Exception {
        try (Workspace ws = Workspace.open(wsDir)) {
            ws.index(ws.corpusRoots(), ProgressListener.NONE, Cancellation.NEVER);
        }
        assertEquals(0, checkIndexAndStoreAgree(context + ", after an index run", false));
    }

    /**
     * The store holds what the child last reported, or that plus exactly one whole change (the one in flight, which
     * committed before the child could say so). Returns true in the second case.
     */
    private boolean checkNothingLostNothingHalfApplied(long lastReportedEvent, String reportedWork,
                                                       String reportedJournal, String context) throws Exception {
        StoreSnapshot now = StoreSnapshot.read(db);
        List<String> extra = StoreSnapshot.changesAfter(db, lastReportedEvent);
        if (extra.isEmpty()) {
            assertEquals(reportedWork, now.workDigest(), context + ": the analyst's work differs from the last"
                    + " reported state although no change was recorded since (lost or half-applied): " + now.counts());
            assertEquals(reportedJournal, now.journalDigest(), context + ": the undo history differs from the last"
                    + " reported state although no change was recorded since");
            return false;
        }
        if (extra.size() > 1) {
            fail(context + ": " + extra.size() + " changes recorded after the last reported state; one operation"
                    + " was applied in parts: " + extra.subList(0, Math.min(5, extra.size())));
        }
        String action = extra.getFirst().split(" ")[1];
        // As the child's analyst (the system user, as the workbench and the CLI are): undo is each analyst's own.
        try (AnnotationStore store = AnnotationStore.open(db, ClaimResolver.none(), null)) {
            boolean undo = !action.equals("UNDONE");
            assertTrue(undo ? store.undo().isPresent() : store.redo().isPresent(), context);
            assertEquals(reportedWork, StoreSnapshot.read(db).workDigest(), context + ": taking back the change in"
                    + " flight (" + extra.getFirst() + ") does not give the last reported state: it was half applied");
            assertTrue(undo ? store.redo().isPresent() : store.undo().isPresent(), context);
            assertEquals(now.workDigest(), StoreSnapshot.read(db).workDigest(), context);
        }
        return true;
    }

    /**
     * The store is sound; the index opens and holds every report; every claim an anchor names is in the index or
     * orphaned, or (when {@code allowPending}) on a report version the index does not hold while a file of the corpus
     * differs from what the index holds for it: a kill between the store's re-anchoring and the index's commit, which
     * the next index run completes. Returns how many anchors were pending.
     */
    private int checkIndexAndStoreAgree(String context, boolean allowPending) throws Exception {
        int pending = 0;
        try (Workspace ws = Workspace.open(wsDir)) {
            List<ReportSummary> reports = ws.corpus().reports();
            assertEquals(STABLE_FILES + CHANGING_FILES, reports.size(), context + ": reports in the index");
            Set<String> indexed = new HashSet<>();
            boolean staleFile = false;
            for (ReportSummary r : reports) {
                indexed.add(r.id());
                staleFile |= !Ids.sha256(Files.readAllBytes(Path.of(r.path()))).equals(r.id());
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT claim_id, report_id FROM anchor WHERE claim_id IS NOT NULL"
                         + " AND status <> 'ORPHAN'")) {
                while (rs.next()) {
                    String claim = rs.getString(1);
                    String report = rs.getString(2);
                    if (ws.corpus().claim(claim).isPresent()) {
                        continue;
                    }
                    if (allowPending && staleFile && !indexed.contains(report)) {
                        pending++;
                        continue;
                    }
                    fail(context + ": the store anchors on claim " + claim + " of report " + report
                            + ", which the index does not have and which is not orphaned");
                }
            }
        }
        try (AnnotationStore store = AnnotationStore.open(db, ClaimResolver.none(), "checker")) {
            assertEquals("ok", store.integrityCheck(), context);
        }
        return pending;
    }

    /** A child JVM for a write path or an index run: the vector module, 512 MB, the indexer's progress in the log. */
    static ChildJvm start(String mainClass, List<String> args, Path stderr) throws IOException {
        return ChildJvm.start(List.of("--add-modules", "jdk.incubator.vector", "-Xmx512m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.log.org.rapporteur.pipeline.CorpusIndexer=info"), Map.of(), stderr, mainClass,
                args);
    }
}
