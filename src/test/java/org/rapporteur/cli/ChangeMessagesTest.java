package org.rapporteur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.ChangeEvent;
import org.rapporteur.annotations.ChangeOrigin;
import org.rapporteur.annotations.Coding;
import org.rapporteur.annotations.CorrectionRequest;
import org.rapporteur.annotations.HistoryEntry;
import org.rapporteur.annotations.LinkType;
import org.rapporteur.annotations.Target;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.SharedData;

/**
 * What the analyst reads about a change — the line a command prints, Ctrl+Z's "Undid …", a window's announcement of
 * a change made elsewhere — names claims by speaker and first words, tags and reports by name, never by id, for every
 * kind of change; and says where a change came from (the command line, another window).
 */
class ChangeMessagesTest {
    /** A claim id, a report id or any other long hex id: what the messages must not show. */
    private static final Pattern RAW_ID = Pattern.compile("[0-9a-f]{12,}");

    @TempDir
    static Path dir;
    private static Workspace workbench;
    private static ClaimRecord first;
    private static ClaimRecord second;

    @BeforeAll
    static void indexSamples() {
        workbench = Workspace.open(dir, ChangeOrigin.WORKBENCH);
        workbench.index(List.of(SharedData.corpus()), ProgressListener.NONE, Cancellation.NEVER);
        List<ClaimRecord> said = new ArrayList<>();
        workbench.corpus().forEachClaim("", r -> {
            if (r.claim().attribution().speaker() != null && r.claim().text().split(" ").length > 8) {
                said.add(r);
            }
        });
        first = said.getFirst();
        second = said.stream().filter(r -> !r.claim().attribution().speakerName()
                .equals(first.claim().attribution().speakerName())).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    /** The speaker's name and the claim's first three words, as a message names the claim. */
    private static void assertNames(ClaimRecord claim, String message) {
        assertTrue(message.contains(claim.claim().attribution().speakerName() + " \u201c"), message);
        String[] words = claim.claim().text().strip().split("\\s+");
        assertTrue(message.contains("\u201c" + words[0] + " " + words[1] + " " + words[2]), message);
    }

    private static void assertNoIds(String message) {
        assertFalse(RAW_ID.matcher(message).find(), "no raw ids: " + message);
    }

    /**
     * Makes a change, then undoes and redoes it: the three messages say the same thing in words, led by nothing, "Undid"
     * and "Redid"; returns what the change said.
     */
    private static ChangeEvent doUndoRedo(Supplier<ChangeEvent> change) {
        var service = workbench.annotations();
        ChangeEvent done = change.get();
        assertNoIds(done.sentence());
        ChangeEvent undone = service.undo().orElseThrow();
        assertEquals("Undid " + done.summary(), undone.sentence());
        ChangeEvent redone = service.redo().orElseThrow();
        assertEquals("Redid " + done.summary(), redone.sentence());
        return done;
    }

    @Test
    void everyKindOfChangeIsNamedInWordsAndSoAreItsUndoAndRedo() {
        var s = workbench.annotations();
        String a = first.claim().id();
        String b = second.claim().id();

        ChangeEvent created = doUndoRedo(() -> s.execute(new Change.CreateTag("Invented proxies")));
        assertEquals("New tag \u2018Invented proxies\u2019", created.sentence());
        long tag = created.entityId();
        long parent = s.execute(new Change.CreateTag("Invented security")).entityId();
        assertTrue(doUndoRedo(() -> s.execute(new Change.RenameTag(tag, "Invented proxy wars"))).sentence()
                .equals("Renaming of tag \u2018Invented proxies\u2019 to \u2018Invented proxy wars\u2019"));
        assertTrue(doUndoRedo(() -> s.execute(new Change.EditTag(tag, "#123456", null))).sentence()
                .contains("colour of tag \u2018Invented proxy wars\u2019"));
        assertTrue(doUndoRedo(() -> s.execute(new Change.MoveTag(tag, parent))).sentence()
                .equals("Move of tag \u2018Invented proxy wars\u2019 under \u2018Invented security\u2019"));

        ChangeEvent coded = doUndoRedo(() -> s.execute(new Change.AddCoding(tag, Target.claim(a))));
        assertTrue(coded.sentence().startsWith("Tag \u2018Invented security/Invented proxy wars\u2019 on "),
                coded.sentence());
        assertNames(first, coded.sentence());
        Coding coding = s.codings(a).getFirst();
        ChangeEvent reattached = doUndoRedo(() -> s.execute(new Change.ReattachAnchor(coding.anchor().id(),
                Target.claim(b))));
        assertNames(second, reattached.sentence());
        ChangeEvent uncoded = doUndoRedo(() -> s.execute(new Change.RemoveCoding(coding.id())));
        assertTrue(uncoded.sentence().startsWith("Removal of tag \u2018Invented security/Invented proxy wars\u2019"
                + " from "), uncoded.sentence());
        assertNames(second, uncoded.sentence());

        // A selection of words inside a claim is named by the claim's speaker and the words themselves.
        int from = first.claim().start();
        String text = workbench.corpus().reportText(first.claim().reportId()).orElseThrow();
        int to = text.indexOf(' ', text.indexOf(' ', from) + 1);
        ChangeEvent selection = doUndoRedo(() -> s.execute(new Change.AddCoding(parent,
                Target.selection(first.claim().reportId(), from, to))));
        assertTrue(selection.sentence().contains(first.claim().attribution().speakerName() + " \u201c"
                + text.substring(from, to) + "\u201d"), selection.sentence());

        ChangeEvent noted = doUndoRedo(() -> s.execute(new Change.AddNote(Target.claim(a),
                "Compare with the invented hearing")));
        assertNames(first, noted.sentence());
        assertTrue(noted.sentence().startsWith("Note on ") && noted.sentence().endsWith(
                ": \u201cCompare with the invented hearing\u201d"), noted.sentence());
        long note = noted.entityId();
        assertNames(first, doUndoRedo(() -> s.execute(new Change.EditNote(note, "Changed my mind"))).sentence());
        assertNames(first, doUndoRedo(() -> s.execute(new Change.DeleteNote(note))).sentence());

        ChangeEvent linked = doUndoRedo(() -> s.execute(new Change.AddLink(a, b, LinkType.CONTRADICTS, null)));
        assertTrue(linked.sentence().startsWith("Link: " + first.claim().attribution().speakerName()),
                linked.sentence());
        assertTrue(linked.sentence().contains(" contradicts " + second.claim().attribution().speakerName()),
                linked.sentence());
        assertNames(first, linked.sentence());
        assertNames(second, linked.sentence());
        ChangeEvent unlinked = doUndoRedo(() -> s.execute(new Change.RemoveLink(linked.entityId())));
        assertEquals("Removal of link: " + linked.summary().substring("link: ".length()), unlinked.sentence());

        ChangeEvent corrected = doUndoRedo(() -> s.execute(new Change.AddCorrection(
                new CorrectionRequest.SetSpeaker(a, "Invented Speakerson"))));
        assertTrue(corrected.sentence().startsWith("Correction: speaker of " + first.claim().attribution()
                .speakerName() + " \u201c") && corrected.sentence().endsWith(" is Invented Speakerson"),
                corrected.sentence());
        ChangeEvent uncorrected = doUndoRedo(() -> s.execute(new Change.RemoveCorrection(corrected.entityId())));
        assertTrue(uncorrected.sentence().startsWith("Removal of correction: speaker of ")
                && uncorrected.sentence().endsWith(" is Invented Speakerson"), uncorrected.sentence());

        // People are named as the analyst wrote them: the merge and split of ADR 0021.
        assertEquals("Merge of the person \u2018Halvard Brenne\u2019 into \u2018Ingrid Solvik\u2019",
                doUndoRedo(() -> s.execute(new Change.MergePeople("Ingrid Solvik", "Halvard Brenne"))).sentence());
        assertEquals("Split of \u2018H. Brenne\u2019 out of the person \u2018Halvard Brenne\u2019",
                doUndoRedo(() -> s.execute(new Change.SplitPerson("Halvard Brenne", "H. Brenne"))).sentence());

        assertTrue(doUndoRedo(() -> s.execute(new Change.MergeTags(tag, parent))).sentence()
                .equals("Merge of tag \u2018Invented security/Invented proxy wars\u2019 into \u2018Invented security\u2019"));
        assertTrue(doUndoRedo(() -> s.execute(new Change.DeleteTag(parent,
                org.rapporteur.annotations.DeletePolicy.DELETE_CODINGS))).sentence()
                .equals("Deletion of tag \u2018Invented security\u2019"));

        // The journal keeps the same words, with where each change came from.
        HistoryEntry last = s.history(1).getFirst();
        assertEquals("deletion of tag \u2018Invented security\u2019", last.summary());
        assertEquals(ChangeOrigin.WORKBENCH, last.origin());
    }

    @Test
    void theCommandLinesUndoAndRedoSayWhatTheyTookBackInWords() {
        String claim = second.claim().id();
        assertEquals(0, CliRun.run(dir, "tag", "add", "Invented cli tag").exit());
        CliRun coded = CliRun.run(dir, "code", claim, "Invented cli tag");
        assertEquals(0, coded.exit(), coded.err());
        assertNames(second, coded.out());
        CliRun undo = CliRun.run(dir, "undo");
        assertEquals(0, undo.exit(), undo.err());
        assertTrue(undo.out().startsWith("Undid tag \u2018Invented cli tag\u2019 on "), undo.out());
        assertNames(second, undo.out());
        assertNoIds(undo.out());
        CliRun redo = CliRun.run(dir, "redo");
        assertTrue(redo.out().startsWith("Redid tag \u2018Invented cli tag\u2019 on "), redo.out());
        CliRun history = CliRun.run(dir, "history", "--limit", "1");
        assertTrue(history.out().contains("(command line)  tag \u2018Invented cli tag\u2019 on "), history.out());
        assertEquals(ChangeOrigin.COMMAND_LINE, workbench.annotations().history(1).getFirst().origin());
    }

    @Test
    void aWindowAnnouncesWhereAChangeItDidNotMakeCameFromAndWhatItWas() throws Exception {
        BlockingQueue<ChangeEvent> heard = new LinkedBlockingQueue<>();
        try (AutoCloseable l = workbench.annotations().addListener(e -> {
            if (e.external()) {
                heard.add(e);
            }
        })) {
            workbench.annotations().watchOtherProcesses();
            CliRun noted = CliRun.run(dir, "note", first.claim().id(), "Seen from the invented terminal");
            assertEquals(0, noted.exit(), noted.err());
            ChangeEvent fromCli = heard.poll(20, TimeUnit.SECONDS);
            assertEquals(ChangeOrigin.COMMAND_LINE, fromCli.origin());
            assertTrue(fromCli.announcement().startsWith("The command line changed the annotations: note on "),
                    fromCli.announcement());
            assertNames(first, fromCli.announcement());
            assertTrue(fromCli.announcement().endsWith("\u201cSeen from the invented terminal\u201d"));

            try (Workspace otherWindow = Workspace.open(dir, ChangeOrigin.WORKBENCH)) {
                otherWindow.annotations().undo();
            }
            ChangeEvent fromWindow = heard.poll(20, TimeUnit.SECONDS);
            assertEquals(ChangeOrigin.WORKBENCH, fromWindow.origin());
            assertTrue(fromWindow.announcement().startsWith("Another Rapporteur window undid note on "),
                    fromWindow.announcement());
        }
    }
}
