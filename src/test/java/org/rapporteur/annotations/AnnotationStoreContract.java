package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapporteur.model.Claim;

/**
 * What every annotation store does, whichever database it is on (issue 17): run by {@code SqliteAnnotationStoreTest}
 * on a SQLite file and by {@code PostgresAnnotationStoreTest} on a fresh PostgreSQL database.
 */
abstract class AnnotationStoreContract {
    static final String TEXT = """
            Energy security dominated the first session. The minister said the new pipeline will be finished by \
            2027. Critics argued that the costs were hidden from parliament.

            Water scarcity was the second theme. Farmers in the south reported falling groundwater levels every \
            year. The panel called for a national water commission.
            """;

    @TempDir
    Path dir;
    StoreBackend store;
    TestReports reports;
    String reportId;
    Claim pipeline;
    Claim costs;
    Claim farmers;

    /** Where this run's stores live. */
    abstract StoreBackend backend(Path dir);

    @BeforeEach
    void setUp() {
        store = backend(dir);
        reports = new TestReports();
        reportId = reports.add(TEXT);
        pipeline = reports.claimWith(reportId, "new pipeline");
        costs = reports.claimWith(reportId, "costs were hidden");
        farmers = reports.claimWith(reportId, "groundwater");
    }

    AnnotationStore open() {
        return store.open(reports, "tester");
    }

    static long tag(AnnotationStore s, String name, Long parent) {
        return s.execute(new Change.CreateTag(name, parent, null, null)).entityId();
    }

    @Test
    void createsATagHierarchyWithPathsColoursAndCreator() {
        try (AnnotationStore s = open()) {
            long energy = tag(s, "Energy", null);
            long gas = s.execute(new Change.CreateTag("Gas", energy, "#12ab34", "pipelines and LNG")).entityId();
            Tag g = s.tag(gas).orElseThrow();
            assertEquals("Energy/Gas", g.path());
            assertEquals("#12AB34", g.colour());
            assertEquals("pipelines and LNG", g.description());
            assertEquals("tester", g.creator());
            assertTrue(g.createdAt().endsWith("Z"), g.createdAt());
            assertTrue(s.tag(energy).orElseThrow().colour().matches("#[0-9A-F]{6}"));
            assertEquals(List.of("Energy"), s.tagTree().stream().map(n -> n.tag().name()).toList());
            assertEquals("Gas", s.tagTree().getFirst().children().getFirst().tag().name());
            assertEquals(gas, s.resolveTag("energy / gas").id());
            assertEquals(gas, s.resolveTag("Gas").id());
            assertEquals(gas, s.resolveTag(Long.toString(gas)).id());
        }
    }

    @Test
    void refusesBadTagsWithClearMessages() {
        try (AnnotationStore s = open()) {
            long energy = tag(s, "Energy", null);
            long gas = tag(s, "Gas", energy);
            assertMessage("already a tag 'Energy'", () -> tag(s, "energy", null));
            assertMessage("cannot contain '/'", () -> tag(s, "A/B", null));
            assertMessage("needs a name", () -> tag(s, "  ", null));
            assertMessage("#RRGGBB", () -> s.execute(new Change.CreateTag("X", null, "red", null)));
            assertMessage("No tag with id 999", () -> tag(s, "Orphan", 999L));
            assertMessage("inside itself", () -> s.execute(new Change.MoveTag(energy, gas)));
            assertMessage("inside itself", () -> s.execute(new Change.MoveTag(energy, energy)));
            assertMessage("No tag named 'Oil'", () -> s.resolveTag("Oil"));
            tag(s, "Gas", tag(s, "Fuel", null));
            assertMessage("Several tags are named 'Gas'", () -> s.resolveTag("Gas"));
            tag(s, "Gas", null);
            assertEquals(gas, s.resolveTag("Energy/Gas").id());
            assertMessage("already a tag 'Gas'", () -> s.execute(new Change.MoveTag(gas, null)));
            assertEquals(5, s.tags().size());
        }
    }

    @Test
    void renamesAndMovesTags() {
        try (AnnotationStore s = open()) {
            long energy = tag(s, "Energy", null);
            long water = tag(s, "Water", null);
            long dams = tag(s, "Dams", energy);
            s.execute(new Change.MoveTag(dams, water));
            assertEquals("Water/Dams", s.tag(dams).orElseThrow().path());
            s.execute(new Change.RenameTag(water, "Water resources"));
            assertEquals("Water resources/Dams", s.tag(dams).orElseThrow().path());
            s.execute(new Change.EditTag(dams, "#000000", "big ones"));
            assertEquals("#000000", s.tag(dams).orElseThrow().colour());
        }
    }

    @Test
    void codesClaimsAndSelectionsAndQueriesThem() {
        try (AnnotationStore s = open()) {
            long energy = tag(s, "Energy", null);
            long gas = tag(s, "Gas", energy);
            long water = tag(s, "Water", null);
            s.execute(new Change.AddCoding(gas, Target.claim(pipeline.id())));
            s.execute(new Change.AddCoding(energy, Target.claim(costs.id())));
            int at = TEXT.indexOf("falling groundwater levels");
            s.execute(new Change.AddCoding(water, Target.selection(reportId, at, at + 26)));

            assertEquals(List.of("Energy/Gas"), s.tagPathsForClaim(pipeline.id()));
            assertEquals(2, s.codingsByTag(energy, true).size());
            assertEquals(1, s.codingsByTag(energy, false).size());
            assertEquals(3, s.codingsByReport(reportId).size());
            Coding sel = s.codingsByTag(water, false).getFirst();
            assertEquals(TargetKind.SELECTION, sel.targetKind());
            assertEquals("falling groundwater levels", sel.anchor().quote().exact());
            assertEquals(farmers.id(), sel.anchor().claimId(), "a selection inside a claim counts for its facet");
            assertEquals(List.of("Water"), s.tagPathsForClaim(farmers.id()));
            assertEquals(3, s.tagPathsByClaim(reportId).size());

            Anchor a = s.codings(pipeline.id()).getFirst().anchor();
            assertEquals(pipeline.start(), a.position().start());
            assertEquals(pipeline.text(), a.quote().exact());
            assertEquals(TEXT.substring(pipeline.start() - 32, pipeline.start()), a.quote().prefix());
            assertEquals(TEXT.substring(pipeline.end(), pipeline.end() + 32), a.quote().suffix());

            assertMessage("No claim with id 'nope'", () -> s.execute(new Change.AddCoding(gas, Target.claim("nope"))));
            assertMessage("No tag with id 77", () -> s.execute(new Change.AddCoding(77, Target.claim(costs.id()))));
            assertMessage("already coded", () -> s.execute(new Change.AddCoding(gas, Target.claim(pipeline.id()))));
            assertMessage("outside the report", () -> s.execute(new Change.AddCoding(gas,
                    Target.selection(reportId, 5, 99_999))));
            assertMessage("No report", () -> s.execute(new Change.AddCoding(gas, Target.selection("x", 0, 3))));
            assertEquals(3, s.codingsByReport(reportId).size(), "refused changes leave nothing behind");
        }
    }

    @Test
    void mergeMovesCodingsNotesAndSubTagsThenDeletesTheSource() {
        try (AnnotationStore s = open()) {
            long fuel = tag(s, "Fuel", null);
            long lng = tag(s, "LNG", fuel);
            long energy = tag(s, "Energy", null);
            s.execute(new Change.AddCoding(fuel, Target.claim(pipeline.id())));
            s.execute(new Change.AddCoding(fuel, Target.claim(costs.id())));
            s.execute(new Change.AddCoding(energy, Target.claim(costs.id())));
            s.execute(new Change.AddNote(new Target.Tag(fuel), "fossil fuels only"));
            assertMessage("own sub-tag", () -> s.execute(new Change.MergeTags(fuel, lng)));
            s.execute(new Change.MergeTags(fuel, energy));
            assertTrue(s.tag(fuel).isEmpty());
            assertEquals("Energy/LNG", s.tag(lng).orElseThrow().path());
            assertEquals(List.of("Energy"), s.tagPathsForClaim(pipeline.id()));
            assertEquals(List.of("Energy"), s.tagPathsForClaim(costs.id()));
            assertEquals(2, s.codingsByTag(energy, false).size(), "the duplicate coding on 'costs' folded into one");
            assertEquals(1, s.notes(new Target.Tag(energy)).size());
            s.undo();
            assertEquals(List.of("Fuel"), s.tagPathsForClaim(pipeline.id()));
            assertEquals(List.of("Energy", "Fuel"), s.tagPathsForClaim(costs.id()));
            assertEquals("Fuel/LNG", s.tag(lng).orElseThrow().path());
        }
    }

    @Test
    void deletingATagInUseNeedsAPolicyAndNeverDropsCodingsSilently() {
        try (AnnotationStore s = open()) {
            long energy = tag(s, "Energy", null);
            long gas = tag(s, "Gas", energy);
            long other = tag(s, "Other", null);
            s.execute(new Change.AddCoding(gas, Target.claim(pipeline.id())));
            s.execute(new Change.AddCoding(gas, Target.claim(costs.id())));
            s.execute(new Change.AddNote(new Target.Tag(gas), "memo"));

            AnnotationException e = assertThrows(AnnotationException.class,
                    () -> s.execute(new Change.DeleteTag(gas)));
            assertEquals("Tag 'Energy/Gas' is used by 2 codings and 1 note; to delete it, move them to another tag"
                    + " or delete them with the tag.", e.getMessage());
            assertMessage("has 1 sub-tag", () -> s.execute(new Change.DeleteTag(energy, DeletePolicy.DELETE_CODINGS)));
            assertEquals(2, s.codingsByTag(gas, false).size());

            s.execute(new Change.DeleteTag(gas, DeletePolicy.moveCodingsTo(other)));
            assertEquals(2, s.codingsByTag(other, false).size());
            assertEquals(1, s.notes(new Target.Tag(other)).size());
            s.undo();
            assertEquals(2, s.codingsByTag(gas, false).size());

            s.execute(new Change.DeleteTag(gas, DeletePolicy.DELETE_CODINGS));
            assertTrue(s.codingsByReport(reportId).isEmpty());
            s.undo();
            assertEquals(2, s.codingsByTag(gas, false).size(), "undo brings deleted codings back");
            assertEquals("memo", s.notes(new Target.Tag(gas)).getFirst().text());

            s.execute(new Change.DeleteTag(other));
            assertTrue(s.tag(other).isEmpty(), "an unused tag goes without a policy");
        }
    }

    @Test
    void notesOnEveryKindOfTarget() {
        try (AnnotationStore s = open()) {
            long t = tag(s, "Energy", null);
            s.execute(new Change.AddNote(Target.claim(pipeline.id()), "check the 2027 date"));
            int at = TEXT.indexOf("national water commission");
            s.execute(new Change.AddNote(Target.selection(reportId, at, at + 25), "who proposed it first?"));
            s.execute(new Change.AddNote(new Target.Report(reportId), "good summary"));
            s.execute(new Change.AddNote(new Target.Person("The Minister"), "in office since 2021"));
            long noteId = s.execute(new Change.AddNote(new Target.Tag(t), "define scope")).entityId();
            assertEquals("check the 2027 date", s.notes(Target.claim(pipeline.id())).getFirst().text());
            assertEquals(1, s.notes(Target.selection(reportId, at, at + 5)).size());
            assertEquals(1, s.notes(new Target.Report(reportId)).size());
            assertEquals(1, s.notes(new Target.Person("the minister")).size());
            assertEquals(3, s.notesByReport(reportId).size());
            s.execute(new Change.EditNote(noteId, "define the scope"));
            assertEquals("define the scope", s.notes(new Target.Tag(t)).getFirst().text());
            assertMessage("needs some text", () -> s.execute(new Change.AddNote(new Target.Report(reportId), " ")));
            assertMessage("No report", () -> s.execute(new Change.AddNote(new Target.Report("nope"), "x")));
            s.execute(new Change.DeleteNote(noteId));
            assertTrue(s.notes(new Target.Tag(t)).isEmpty());
            assertMessage("No note with id", () -> s.execute(new Change.DeleteNote(noteId)));
        }
    }

    @Test
    void linksClaimsAcrossReports() {
        String other = reports.add("An independent audit found that the pipeline costs were published in full. "
                + "The audit office will report again next spring.\n");
        Claim audit = reports.claimWith(other, "independent audit");
        try (AnnotationStore s = open()) {
            long id = s.execute(new Change.AddLink(audit.id(), costs.id(), LinkType.parse("contradicts"),
                    "audit disagrees")).entityId();
            Link l = s.links(costs.id()).getFirst();
            assertEquals(id, l.id());
            assertEquals(LinkType.CONTRADICTS, l.type());
            assertEquals(other, l.source().reportId());
            assertEquals(reportId, l.target().reportId());
            assertEquals("audit disagrees", l.note());
            assertEquals(1, s.links(audit.id()).size());
            assertEquals(LinkType.SAME_CLAIM, LinkType.parse("same claim"));
            assertMessage("Unknown link type 'refutes'", () -> LinkType.parse("refutes"));
            assertMessage("to itself", () -> s.execute(new Change.AddLink(costs.id(), costs.id(), LinkType.SUPPORTS,
                    null)));
            assertMessage("already contradicts", () -> s.execute(new Change.AddLink(audit.id(), costs.id(),
                    LinkType.CONTRADICTS, null)));
            assertMessage("No claim with id 'zz'", () -> s.execute(new Change.AddLink("zz", costs.id(),
                    LinkType.SUPPORTS, null)));
            s.execute(new Change.RemoveLink(id));
            assertTrue(s.links(costs.id()).isEmpty());
        }
    }

    @Test
    void historyUndoRedoAndDiscardedRedo() {
        try (AnnotationStore s = open()) {
            assertFalse(s.canUndo());
            assertTrue(s.undo().isEmpty());
            long a = tag(s, "A", null);
            tag(s, "B", null);
            assertTrue(s.canUndo());
            assertEquals("Undid new tag \u2018B\u2019", s.undo().orElseThrow().sentence());
            assertTrue(s.canRedo());
            tag(s, "C", null);
            assertFalse(s.canRedo(), "a new change discards the undone one");
            List<HistoryEntry> h = s.history(10);
            assertEquals(List.of("new tag \u2018C\u2019", "new tag \u2018B\u2019", "new tag \u2018A\u2019"),
                    h.stream().map(HistoryEntry::summary).toList());
            assertEquals(List.of(HistoryEntry.State.DONE, HistoryEntry.State.DISCARDED, HistoryEntry.State.DONE),
                    h.stream().map(HistoryEntry::state).toList());
            assertEquals(List.of("A", "C"), s.tags().stream().map(Tag::name).toList());
            assertTrue(s.tag(a).isPresent());
        }
    }

    /** Every change type, undone and redone, in the same process and after reopening the store. */
    static Stream<Arguments> changes() {
        List<Arguments> l = new ArrayList<>();
        l.add(Arguments.of("CreateTag", (Function<Fx, Change>) f -> new Change.CreateTag("New", f.energy, null, "d")));
        l.add(Arguments.of("RenameTag", (Function<Fx, Change>) f -> new Change.RenameTag(f.gas, "Natural gas")));
        l.add(Arguments.of("EditTag", (Function<Fx, Change>) f -> new Change.EditTag(f.gas, "#FF0000", "x")));
        l.add(Arguments.of("MoveTag", (Function<Fx, Change>) f -> new Change.MoveTag(f.gas, f.water)));
        l.add(Arguments.of("MergeTags", (Function<Fx, Change>) f -> new Change.MergeTags(f.energy, f.water)));
        l.add(Arguments.of("DeleteTag move", (Function<Fx, Change>) f -> new Change.DeleteTag(f.gas,
                DeletePolicy.moveCodingsTo(f.water))));
        l.add(Arguments.of("DeleteTag delete", (Function<Fx, Change>) f -> new Change.DeleteTag(f.gas,
                DeletePolicy.DELETE_CODINGS)));
        l.add(Arguments.of("AddCoding", (Function<Fx, Change>) f -> new Change.AddCoding(f.water,
                Target.claim(f.farmers))));
        l.add(Arguments.of("RemoveCoding", (Function<Fx, Change>) f -> new Change.RemoveCoding(f.coding)));
        l.add(Arguments.of("AddNote", (Function<Fx, Change>) f -> new Change.AddNote(Target.claim(f.farmers), "n")));
        l.add(Arguments.of("EditNote", (Function<Fx, Change>) f -> new Change.EditNote(f.note, "edited")));
        l.add(Arguments.of("DeleteNote", (Function<Fx, Change>) f -> new Change.DeleteNote(f.note)));
        l.add(Arguments.of("AddLink", (Function<Fx, Change>) f -> new Change.AddLink(f.farmers, f.pipeline,
                LinkType.ELABORATES, "why")));
        l.add(Arguments.of("RemoveLink", (Function<Fx, Change>) f -> new Change.RemoveLink(f.link)));
        l.add(Arguments.of("AddCorrection", (Function<Fx, Change>) f -> new Change.AddCorrection(
                new CorrectionRequest.SetSpeaker(f.farmers, "Dr. Water"))));
        l.add(Arguments.of("RemoveCorrection", (Function<Fx, Change>) f -> new Change.RemoveCorrection(f.correction)));
        l.add(Arguments.of("ReattachAnchor", (Function<Fx, Change>) f -> new Change.ReattachAnchor(f.anchor,
                Target.claim(f.farmers))));
        return l.stream();
    }

    /** Ids of a small fixture every undo test starts from. */
    record Fx(long energy, long gas, long water, long coding, long note, long link, long correction, long anchor,
              String pipeline, String farmers) {
    }

    Fx fixture(AnnotationStore s) {
        long energy = tag(s, "Energy", null);
        long gas = tag(s, "Gas", energy);
        long water = tag(s, "Water", null);
        long coding = s.execute(new Change.AddCoding(gas, Target.claim(pipeline.id()))).entityId();
        long note = s.execute(new Change.AddNote(Target.claim(costs.id()), "a note")).entityId();
        long link = s.execute(new Change.AddLink(costs.id(), pipeline.id(), LinkType.RESPONDS_TO, null)).entityId();
        long corr = s.execute(new Change.AddCorrection(new CorrectionRequest.AddCountry(costs.id(), "Norway")))
                .entityId();
        long anchor = s.codings(pipeline.id()).getFirst().anchor().id();
        return new Fx(energy, gas, water, coding, note, link, corr, anchor, pipeline.id(), farmers.id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void everyChangeUndoesAndRedoesEvenAcrossAReopen(String name, Function<Fx, Change> make) throws Exception {
        String before;
        String after;
        Fx fx;
        try (AnnotationStore s = open()) {
            fx = fixture(s);
            before = dump();
            s.execute(make.apply(fx));
            after = dump();
            assertNotEquals(before, after, name + " changed nothing");
            s.undo().orElseThrow();
            assertEquals(before, dump(), name + " undo");
            s.redo().orElseThrow();
            assertEquals(after, dump(), name + " redo");
        }
        try (AnnotationStore s = open()) {
            assertEquals(after, dump());
            s.undo().orElseThrow();
            assertEquals(before, dump(), name + " undo after reopen");
        }
        try (AnnotationStore s = open()) {
            s.redo().orElseThrow();
            assertEquals(after, dump(), name + " redo after reopen");
        }
    }

    @Test
    void compactingTheHistoryKeepsTheAnnotationsAndTheNewestUndos() {
        try (AnnotationStore s = open()) {
            for (int i = 0; i < 5; i++) {
                tag(s, "T" + i, null);
            }
            assertEquals(3, s.compactHistory(2));
            assertEquals(5, s.tags().size());
            assertEquals(2, s.history(10).size());
            s.undo().orElseThrow();
            s.undo().orElseThrow();
            assertTrue(s.undo().isEmpty(), "older changes can no longer be undone");
            assertEquals(List.of("T0", "T1", "T2"), s.tags().stream().map(Tag::name).toList());
        }
    }

    @Test
    void listenersHearLocalChangesAndPollsSeeOtherStores() throws Exception {
        try (AnnotationStore a = open(); AnnotationStore b = open()) {
            List<ChangeEvent> heardByA = new ArrayList<>();
            List<ChangeEvent> heardByB = new ArrayList<>();
            a.addListener(heardByA::add);
            b.addListener(heardByB::add);
            long t = tag(a, "Energy", null);
            a.execute(new Change.AddCoding(t, Target.claim(pipeline.id())));
            assertEquals(2, heardByA.size());
            assertEquals(java.util.Set.of(pipeline.id()), heardByA.get(1).claimIds());
            assertTrue(heardByA.getFirst().codebookChanged());
            assertTrue(heardByB.isEmpty());
            assertEquals(2, b.pollExternalChanges().size());
            assertEquals(2, heardByB.size());
            assertTrue(heardByB.get(1).external());
            assertEquals(0, a.pollExternalChanges().size(), "own changes are not heard twice");
            b.execute(new Change.RenameTag(t, "Power"));
            List<ChangeEvent> seen = a.pollExternalChanges();
            assertEquals(1, seen.size());
            assertEquals(java.util.Set.of(pipeline.id()), seen.getFirst().claimIds(),
                    "renaming a tag touches the facets of the claims coded with it");
            assertEquals(List.of("Power"), a.tagPathsForClaim(pipeline.id()));
        }
    }

    @Test
    void undoInAnotherStoreOfTheSameAnalystUndoesTheirLastChange() {
        try (AnnotationStore gui = open()) {
            tag(gui, "Energy", null);
            try (AnnotationStore cli = store.open(reports, "tester", ChangeOrigin.COMMAND_LINE)) {
                assertEquals("Undid new tag \u2018Energy\u2019", cli.undo().orElseThrow().sentence());
            }
            assertTrue(gui.tags().isEmpty());
            assertTrue(gui.canRedo());
        }
    }

    @Test
    void schemaIsVersionedAndSound() throws Exception {
        try (AnnotationStore s = open()) {
            assertEquals("ok", s.integrityCheck());
        }
        assertEquals(SchemaMigrations.latestVersion(), store.schemaVersion());
    }

    @Test
    void aStoreOfANewerSchemaIsRefusedAndLeftUntouched() throws Exception {
        try (AnnotationStore s = open()) {
            tag(s, "Energy", null);
        }
        int newer = SchemaMigrations.latestVersion() + 1;
        store.setSchemaVersion(newer);
        String before = store.dump();
        AnnotationException e = assertThrows(AnnotationException.class, this::open);
        assertEquals("The annotation store " + location() + " was written by a newer Rapporteur (schema " + newer
                + ", this one knows " + SchemaMigrations.latestVersion() + "); update Rapporteur to open it.",
                e.getMessage());
        assertEquals(before, store.dump());
        assertEquals(newer, store.schemaVersion());
    }

    @Test
    void eachAnalystUndoesAndRedoesOnlyTheirOwnChanges() {
        try (AnnotationStore asif = store.open(reports, "Asif"); AnnotationStore babar = store.open(reports, "Babar")) {
            long energy = tag(asif, "Energy", null);
            tag(babar, "Water", null);
            asif.execute(new Change.AddCoding(energy, Target.claim(pipeline.id())));
            tag(babar, "Trade", null);

            ChangeEvent undone = asif.undo().orElseThrow();
            assertEquals("Asif", undone.user());
            assertTrue(asif.codings(pipeline.id()).isEmpty(), "Asif's newest change is his coding");
            assertEquals(List.of("Energy", "Trade", "Water"), asif.tags().stream().map(Tag::name).toList(),
                    "Babar's newer tag stays");
            babar.execute(new Change.AddNote(Target.claim(costs.id()), "check the figures"));
            assertTrue(asif.canRedo(), "a colleague's new change does not discard my undone one");
            assertFalse(babar.canRedo());
            asif.redo().orElseThrow();
            assertEquals(List.of("Energy"), asif.tagPathsForClaim(pipeline.id()));

            babar.undo().orElseThrow();
            babar.undo().orElseThrow();
            babar.undo().orElseThrow();
            assertTrue(babar.undo().isEmpty(), "Babar has nothing more of his own to undo");
            assertFalse(babar.canUndo());
            assertTrue(asif.canUndo());
            assertEquals(List.of("Energy"), babar.tags().stream().map(Tag::name).toList());
            assertEquals(List.of("Energy"), babar.tagPathsForClaim(pipeline.id()), "Asif's coding is untouched");
            assertTrue(babar.notes(Target.claim(costs.id())).isEmpty());
            assertEquals("ok", asif.integrityCheck());
        }
    }

    /**
     * The journal compares row images read from the database with images read back from its JSON: both databases
     * must give the same Java types (Long, Double, String), or an undo would see a change where there is none.
     */
    @Test
    void rowImagesHaveTheSameJavaTypesOnBothDatabases() throws Exception {
        try (AnnotationStore s = open()) {
            fixture(s);
            s.execute(Change.AddCoding.accepted(tag(s, "Suggested", null), farmers.id(), 0.5));
        }
        java.util.Set<String> types = new java.util.TreeSet<>();
        try (java.sql.Connection c = store.connect()) {
            for (String table : Rows.TABLES) {
                for (long id : ChangeExecutor.ids(c, "SELECT id FROM " + table)) {
                    Rows.read(c, table, id).forEach((col, v) -> types.add(table + "." + col + ":"
                            + (v == null ? "null" : v.getClass().getSimpleName())));
                }
            }
        }
        for (String t : types) {
            assertTrue(t.endsWith(":Long") || t.endsWith(":Double") || t.endsWith(":String") || t.endsWith(":null"),
                    t);
        }
        assertTrue(types.contains("anchor.score:Double"), types.toString());
        assertTrue(types.contains("coding.suggested:Long"), types.toString());
        assertTrue(types.contains("anchor.start_pos:Long"), types.toString());
        assertTrue(types.contains("tag.id:Long"), types.toString());
    }

    /** Writers in four stores at once (threads here; processes in the soak) never fail, and undo only their own. */
    @Test
    void writersInSeveralStoresAtOnceNeverFailAndEachUndoesOnlyTheirOwn() throws Exception {
        int rounds = 12;
        List<String> users = List.of("w1", "w2", "w3", "w4");
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (String user : users) {
            threads.add(Thread.ofPlatform().name("writer-" + user).start(() -> {
                try (AnnotationStore s = store.open(reports, user)) {
                    go.await();
                    for (int i = 0; i < rounds; i++) {
                        long t = tag(s, user + "-" + i, null);
                        s.execute(new Change.AddNote(new Target.Tag(t), "note " + user + "-" + i));
                        if (i % 3 == 2) {
                            assertEquals(user, s.undo().orElseThrow().user());
                        }
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
            }));
        }
        go.countDown();
        for (Thread t : threads) {
            t.join(120_000);
        }
        assertEquals(List.of(), failures);
        try (AnnotationStore s = open()) {
            assertEquals(users.size() * rounds, s.tags().size());
            for (String user : users) {
                for (int i = 0; i < rounds; i++) {
                    List<Note> notes = s.notes(new Target.Tag(s.resolveTag(user + "-" + i).id()));
                    assertEquals(i % 3 == 2 ? List.of() : List.of("note " + user + "-" + i),
                            notes.stream().map(Note::text).toList(), user + "-" + i);
                }
            }
            List<HistoryEntry> h = s.history(10_000);
            assertEquals(users.size() * rounds * 2, h.size());
            // Each writer's last change was undone and stays redoable: the others' later changes did not discard
            // it; each writer's earlier undone notes were discarded by their own next change.
            assertEquals(users.size(), h.stream().filter(e -> e.state() == HistoryEntry.State.UNDONE).count());
            assertEquals(users.size() * (rounds / 3 - 1), h.stream()
                    .filter(e -> e.state() == HistoryEntry.State.DISCARDED).count());
            for (String user : users) {
                try (AnnotationStore mine = store.open(reports, user)) {
                    assertTrue(mine.canRedo(), user);
                }
            }
            assertEquals("ok", s.integrityCheck());
        }
    }

    @Test
    void anUndoOverAColleaguesLaterEditIsRefusedNamingThem() throws Exception {
        try (AnnotationStore asif = store.open(reports, "Asif"); AnnotationStore babar = store.open(reports, "Babar")) {
            long note = asif.execute(new Change.AddNote(Target.claim(costs.id()), "hidden costs")).entityId();
            babar.execute(new Change.EditNote(note, "hidden costs, see the audit"));
            String before = dump();
            AnnotationException e = assertThrows(AnnotationException.class, asif::undo);
            String summary = asif.history(2).getLast().summary();
            assertEquals("Cannot undo '" + summary + "': Babar has changed the note " + note + " since.",
                    e.getMessage());
            assertEquals(before, dump(), "a refused undo changes nothing");
            assertTrue(asif.canUndo(), "the change is still in effect");
        }
    }

    @Test
    void anUndoThatAColleaguesWorkDependsOnIsRefusedNamingThem() throws Exception {
        try (AnnotationStore asif = store.open(reports, "Asif"); AnnotationStore babar = store.open(reports, "Babar")) {
            long energy = tag(asif, "Energy", null);
            long coding = babar.execute(new Change.AddCoding(energy, Target.claim(pipeline.id()))).entityId();
            String before = dump();
            AnnotationException e = assertThrows(AnnotationException.class, asif::undo);
            assertTrue(e.getMessage().endsWith(": Babar's coding " + coding + " depends on the tag " + energy + "."),
                    e.getMessage());
            assertEquals(before, dump());
            babar.undo().orElseThrow();
            asif.undo().orElseThrow();
            assertTrue(asif.tags().isEmpty(), "once Babar took his coding back, Asif's undo goes through");
        }
    }

    @Test
    void aRedoThatClashesWithAColleaguesNewTagIsRefused() throws Exception {
        try (AnnotationStore asif = store.open(reports, "Asif"); AnnotationStore babar = store.open(reports, "Babar")) {
            tag(asif, "Energy", null);
            asif.undo().orElseThrow();
            tag(babar, "energy", null);
            String before = dump();
            AnnotationException e = assertThrows(AnnotationException.class, asif::redo);
            assertTrue(e.getMessage().startsWith("Cannot redo 'new tag ‘Energy’': it clashes with what was changed"
                    + " since ("), e.getMessage());
            assertEquals(before, dump());
            assertTrue(asif.canRedo());
        }
    }

    /** SQL in a name or a text is data: stored and read back verbatim, and nothing else changes. */
    @ParameterizedTest
    @ValueSource(strings = {"x'); DROP TABLE coding; --", "Robert'); DELETE FROM tag WHERE ('1' = '1",
            "\" OR 1=1 --", "a\\'; SELECT pg_sleep(30); --", "'; UPDATE anchor SET exact = 'gone' --",
            "%_* $1 ? :name", "’; COMMIT; DROP SCHEMA public CASCADE; --"})
    void injectionAttemptsAreStoredVerbatimAndChangeNothingElse(String attempt) throws Exception {
        try (AnnotationStore s = open()) {
            long energy = tag(s, "Energy", null);
            s.execute(new Change.AddCoding(energy, Target.claim(pipeline.id())));
            String before = dump();
            long evil = s.execute(new Change.CreateTag(attempt, energy, null, attempt)).entityId();
            Tag t = s.tag(evil).orElseThrow();
            assertEquals(attempt, t.name());
            assertEquals(attempt, t.description());
            assertEquals("Energy/" + attempt, t.path());
            assertEquals(evil, s.resolveTag(attempt).id());
            s.execute(new Change.AddCoding(evil, Target.claim(costs.id())));
            assertEquals(List.of("Energy/" + attempt), s.tagPathsForClaim(costs.id()));
            s.execute(new Change.AddNote(new Target.Person(attempt), attempt));
            assertEquals(attempt, s.notes(new Target.Person(attempt)).getFirst().text());
            assertMessage("No claim with id", () -> s.execute(new Change.AddCoding(energy, Target.claim(attempt))));
            assertMessage("No tag named", () -> s.resolveTag(attempt + "x"));
            assertEquals(List.of("Energy"), s.tagPathsForClaim(pipeline.id()), "the other coding is untouched");
            s.undo();
            s.undo();
            s.undo();
            assertEquals(before, dump(), "undoing the three changes leaves exactly what was there");
            assertEquals("ok", s.integrityCheck());
        }
    }

    @Test
    void aNulCharacterIsRefusedWithASentenceOnBothDatabases() throws Exception {
        try (AnnotationStore s = open()) {
            String before = dump();
            assertMessage("NUL character", () -> tag(s, "bad\u0000name", null));
            assertMessage("NUL character", () -> s.execute(new Change.AddNote(Target.claim(costs.id()),
                    "a\u0000b")));
            assertEquals(before, dump());
        }
    }

    /** What the store's messages call it: the file, or the team database without a password. */
    abstract String location();

    String dump() throws Exception {
        return store.dump();
    }

    static void assertMessage(String expectedPart, org.junit.jupiter.api.function.Executable call) {
        AnnotationException e = assertThrows(AnnotationException.class, call);
        assertTrue(e.getMessage().contains(expectedPart), "message was: " + e.getMessage());
    }
}
