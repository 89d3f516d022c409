package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Claim;

/**
 * Two analysts editing the same tag or note (issue 17, ADR 0038): the last writer wins, its event names the analyst
 * whose newer edit it replaced, the replaced value stays in the journal, and one new change puts it back. The same
 * contract on a single-user file shared by two users and on a team's PostgreSQL database.
 */
abstract class LastWriterWinsContract {
    TestReports reports;
    Claim pipeline;

    /** A store on the shared database, acting as {@code user}; each call opens a new one on the same data. */
    abstract AnnotationStore open(String user);

    @BeforeEach
    void claims() {
        reports = new TestReports();
        String reportId = reports.add(AnnotationStoreContract.TEXT);
        pipeline = reports.claimWith(reportId, "new pipeline");
    }

    /** Timestamps have millisecond precision: two edits in one millisecond would look like one. */
    private static void nextMillisecond() throws InterruptedException {
        Thread.sleep(3);
    }

    @Test
    void aRenameOverAnotherAnalystsNewerRenameWinsAndNamesThem() throws Exception {
        try (AnnotationStore ann = open("ann"); AnnotationStore bea = open("bea")) {
            long tag = ann.execute(new Change.CreateTag("Proxies")).entityId();
            Tag seenByBea = bea.tag(tag).orElseThrow();
            nextMillisecond();
            Tag seenByAnn = ann.tag(tag).orElseThrow();
            ann.execute(new Change.RenameTag(tag, "Proxy wars", seenByAnn.modifiedAt()));
            nextMillisecond();

            ChangeEvent beas = bea.execute(new Change.RenameTag(tag, "Proxy conflicts", seenByBea.modifiedAt()));

            assertEquals("ann", beas.overwrote());
            assertEquals("Proxy conflicts", ann.tag(tag).orElseThrow().name(), "the last writer wins");
            List<ChangeEvent> heardByAnn = ann.pollExternalChanges();
            assertEquals("ann", heardByAnn.getLast().overwrote(), "the loser is told");
            assertEquals("bea", heardByAnn.getLast().user());

            OverwrittenEdit lost = ann.overwritten(beas.changeId()).orElseThrow();
            assertEquals(Map.of("name", "Proxy wars"), lost.replaced(), "the replaced value stays in the journal");
            assertEquals(Map.of("name", "Proxy conflicts"), lost.replacement());
            assertEquals("bea", lost.replacedBy());
            assertTrue(lost.sentence().contains("'Proxy conflicts' replaced 'Proxy wars'"), lost.sentence());

            ChangeEvent putBack = ann.putBack(beas.changeId());
            assertEquals("Proxy wars", bea.tag(tag).orElseThrow().name());
            assertNull(putBack.overwrote(), "putting it back read bea's edit: it overwrites nobody");
            assertEquals("ann", bea.pollExternalChanges().getLast().user(), "bea hears it put back, by ann");
        }
    }

    @Test
    void aNoteEditOverANewerEditOfAnotherAnalystKeepsTheReplacedText() throws Exception {
        try (AnnotationStore ann = open("ann"); AnnotationStore bea = open("bea")) {
            long note = ann.execute(new Change.AddNote(Target.claim(pipeline.id()), "check the 2027 date"))
                    .entityId();
            Note read = bea.notes(Target.claim(pipeline.id())).getFirst();
            nextMillisecond();
            ann.execute(new Change.EditNote(note, "the 2027 date is in the budget annex",
                    ann.notes(Target.claim(pipeline.id())).getFirst().modifiedAt()));
            nextMillisecond();

            ChangeEvent beas = bea.execute(new Change.EditNote(note, "ask the ministry", read.modifiedAt()));

            assertEquals("ann", beas.overwrote());
            OverwrittenEdit lost = bea.overwritten(beas.changeId()).orElseThrow();
            assertEquals("the 2027 date is in the budget annex", lost.replaced().get("text"));
            ann.execute(lost.puttingBack());
            assertEquals("the 2027 date is in the budget annex",
                    bea.notes(Target.claim(pipeline.id())).getFirst().text());
            assertTrue(ann.undo().isPresent(), "putting back is one ordinary change: it can be undone");
            assertEquals("ask the ministry", bea.notes(Target.claim(pipeline.id())).getFirst().text());
        }
    }

    @Test
    void aColourAndDescriptionEditPutsBackBothInOneChange() throws Exception {
        try (AnnotationStore ann = open("ann"); AnnotationStore bea = open("bea")) {
            long tag = ann.execute(new Change.CreateTag("Energy", null, "#112233", "oil and gas")).entityId();
            String read = bea.tag(tag).orElseThrow().modifiedAt();
            nextMillisecond();
            ann.execute(new Change.EditTag(tag, "#445566", "", ann.tag(tag).orElseThrow().modifiedAt()));
            nextMillisecond();
            ChangeEvent beas = bea.execute(new Change.EditTag(tag, "#778899", "power", read));

            OverwrittenEdit lost = ann.overwritten(beas.changeId()).orElseThrow();
            assertEquals("#445566", lost.replaced().get("colour"));
            assertTrue(lost.replaced().containsKey("description"));
            assertNull(lost.replaced().get("description"), "ann had cleared the description");
            ann.putBack(beas.changeId());
            Tag now = bea.tag(tag).orElseThrow();
            assertEquals("#445566", now.colour());
            assertNull(now.description());
        }
    }

    @Test
    void noOneIsOverwrittenWhenTheEditorHadReadTheNewestValueOrDidNotSay() throws Exception {
        try (AnnotationStore ann = open("ann"); AnnotationStore bea = open("bea")) {
            long tag = ann.execute(new Change.CreateTag("Gas")).entityId();
            nextMillisecond();
            assertNull(bea.execute(new Change.RenameTag(tag, "Natural gas", bea.tag(tag).orElseThrow()
                    .modifiedAt())).overwrote(), "bea read ann's tag as it is");
            nextMillisecond();
            assertNull(ann.execute(new Change.RenameTag(tag, "LNG")).overwrote(),
                    "a caller that does not say what it read (and journals before issue 17) overwrites nobody");
            String stale = ann.tag(tag).orElseThrow().modifiedAt();
            nextMillisecond();
            ann.execute(new Change.RenameTag(tag, "Liquefied gas"));
            nextMillisecond();
            assertNull(ann.execute(new Change.RenameTag(tag, "Gas", stale)).overwrote(),
                    "the newer edit was ann's own (another window): nobody to tell");
            assertTrue(ann.overwritten(ann.history(1).getFirst().changeId()).isEmpty());
        }
    }
}
