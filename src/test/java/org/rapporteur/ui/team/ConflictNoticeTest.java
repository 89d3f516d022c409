package org.rapporteur.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.ChangeEvent;
import org.rapporteur.annotations.ChangeOrigin;
import org.rapporteur.annotations.ClaimResolver;
import org.rapporteur.annotations.Note;
import org.rapporteur.annotations.OverwrittenEdit;
import org.rapporteur.annotations.Target;

/**
 * The conflict notice from a real overwrite: Bea edits a note she read before Ayesha's edit of it; Ayesha's
 * workbench hears an event naming her as overwritten, and the notice says who, what Bea wrote and what Ayesha's
 * was; putting it back is one new change that restores Ayesha's words.
 */
class ConflictNoticeTest {
    @Test
    void theNoticeSaysWhoReplacedYourEditAndWhatYoursWas(@TempDir Path dir) {
        Path file = dir.resolve(AnnotationStore.FILE_NAME);
        try (AnnotationStore ayesha = AnnotationStore.open(file, ClaimResolver.none(), "Ayesha",
                ChangeOrigin.WORKBENCH);
             AnnotationStore bea = AnnotationStore.open(file, ClaimResolver.none(), "Bea", ChangeOrigin.WORKBENCH)) {
            long tag = ayesha.execute(new Change.CreateTag("Proxies")).entityId();
            long noteId = ayesha.execute(new Change.AddNote(new Target.Tag(tag), "First words")).entityId();
            Note read = bea.notes(new Target.Tag(tag)).getFirst(); // what Bea's editor shows
            ayesha.execute(new Change.EditNote(noteId, "Ayesha's careful wording", ayesha.notes(new Target.Tag(tag))
                    .getFirst().modifiedAt()));
            ayesha.pollExternalChanges();
            bea.execute(new Change.EditNote(noteId, "Bea's shorter note", read.modifiedAt()));

            List<ChangeEvent> seen = ayesha.pollExternalChanges();
            ChangeEvent overwrite = seen.getLast();
            assertTrue(ConflictNoticeViewModel.overwroteMe(overwrite, "Ayesha"), overwrite.toString());
            assertTrue(!ConflictNoticeViewModel.overwroteMe(overwrite, "Bea"));
            OverwrittenEdit edit = ayesha.overwritten(overwrite.changeId()).orElseThrow();
            String notice = ConflictNoticeViewModel.sentence(ChangeAnnouncement.of(overwrite, true), edit);
            assertTrue(notice.startsWith("Bea edited the note on tag \u2018Proxies\u2019"), notice);
            assertTrue(notice.contains("Bea's shorter note"), notice);
            assertTrue(notice.endsWith("replacing your edit. Yours was \u201cAyesha's careful wording\u201d."), notice);

            ayesha.putBack(overwrite.changeId());
            assertEquals("Ayesha's careful wording", ayesha.notes(new Target.Tag(tag)).getFirst().text());
        }
    }
}
