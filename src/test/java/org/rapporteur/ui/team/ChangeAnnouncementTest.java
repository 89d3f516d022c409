package org.rapporteur.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.ChangeEvent;
import org.rapporteur.annotations.ChangeOrigin;
import org.rapporteur.annotations.ClaimRef;
import org.rapporteur.annotations.ClaimResolver;
import org.rapporteur.annotations.Target;

/**
 * Announcements of changes made elsewhere, from real events: Ayesha's store writes, Bea's store on the same
 * database reads her events as external ones. In a team workspace they name Ayesha and say what she did in a verb;
 * working alone, the program's wording stays.
 */
class ChangeAnnouncementTest {
    private static final String CLAIM = "c-proxies";
    private static final String WORDS = "Proxies were used to keep the border tense";

    /** One claim, said by Asif Durrani, so a coding's summary names the speaker and the words. */
    private static final ClaimResolver ONE_CLAIM = new ClaimResolver() {
        @Override
        public Optional<ClaimRef> resolve(String claimId) {
            return CLAIM.equals(claimId) ? Optional.of(new ClaimRef(CLAIM, "r-1", 0, WORDS.length(), WORDS, "", ""))
                    : Optional.empty();
        }

        @Override
        public Optional<String> speaker(String claimId) {
            return CLAIM.equals(claimId) ? Optional.of("Asif Durrani") : Optional.empty();
        }
    };

    @Test
    void aTeamAnnouncementNamesTheAnalystAndWhatSheDid(@TempDir Path dir) {
        Path file = dir.resolve(AnnotationStore.FILE_NAME);
        try (AnnotationStore ayesha = AnnotationStore.open(file, ONE_CLAIM, "Ayesha", ChangeOrigin.WORKBENCH);
             AnnotationStore bea = AnnotationStore.open(file, ONE_CLAIM, "Bea", ChangeOrigin.WORKBENCH)) {
            long tag = ayesha.execute(new Change.CreateTag("Proxies")).entityId();
            ayesha.execute(new Change.AddCoding(tag, Target.claim(CLAIM)));
            long note = ayesha.execute(new Change.AddNote(Target.claim(CLAIM), "Check the date")).entityId();
            ayesha.execute(new Change.EditNote(note, "Checked: 2022"));
            ayesha.execute(new Change.RenameTag(tag, "Proxy wars"));
            ayesha.undo();

            List<ChangeEvent> seen = bea.pollExternalChanges();
            assertEquals(6, seen.size(), "each of Ayesha's changes reaches Bea once");
            assertTrue(seen.stream().allMatch(e -> e.external() && e.user().equals("Ayesha")));
            List<String> said = seen.stream().map(e -> ChangeAnnouncement.of(e, true)).toList();
            assertEquals("Ayesha created tag \u2018Proxies\u2019", said.get(0));
            assertTrue(said.get(1).startsWith("Ayesha tagged \u2018Proxies\u2019 on Asif Durrani \u201cProxies were"),
                    said.get(1));
            assertTrue(said.get(2).startsWith("Ayesha wrote a note on Asif Durrani"), said.get(2));
            assertTrue(said.get(2).endsWith("Check the date\u201d"), said.get(2));
            assertTrue(said.get(3).startsWith("Ayesha edited the note on Asif Durrani"), said.get(3));
            assertEquals("Ayesha renamed tag \u2018Proxies\u2019 to \u2018Proxy wars\u2019", said.get(4));
            assertTrue(said.get(5).startsWith("Ayesha undid renaming of tag"), said.get(5));

            // working alone, the same event keeps the program's wording: the person is always the user
            assertEquals("Another Rapporteur window changed the annotations: new tag \u2018Proxies\u2019",
                    ChangeAnnouncement.of(seen.get(0), false));
        }
    }

    @Test
    void onATeamServerTheOtherAnalystIsNamed() {
        org.rapporteur.testing.PgTestCluster server = org.rapporteur.testing.PgTestCluster.shared();
        org.rapporteur.annotations.PgEndpoint team = server.newDatabase();
        // the team's owner creates the schema; members only use it
        AnnotationStore.openTeam(team, ONE_CLAIM, null, ChangeOrigin.COMMAND_LINE).close();
        org.rapporteur.annotations.PgEndpoint asAyesha = server.addMember(team, "ayesha", "pw-ayesha");
        org.rapporteur.annotations.PgEndpoint asBea = server.addMember(team, "bea", "pw-bea");
        try (AnnotationStore ayesha = AnnotationStore.openTeam(asAyesha, ONE_CLAIM, null, ChangeOrigin.WORKBENCH);
             AnnotationStore bea = AnnotationStore.openTeam(asBea, ONE_CLAIM, null, ChangeOrigin.WORKBENCH)) {
            long tag = ayesha.execute(new Change.CreateTag("Proxies")).entityId();
            ayesha.execute(new Change.AddCoding(tag, Target.claim(CLAIM)));
            List<String> said = bea.pollExternalChanges().stream().map(e -> ChangeAnnouncement.of(e, true)).toList();
            assertEquals(2, said.size(), said.toString());
            assertEquals("ayesha created tag \u2018Proxies\u2019", said.get(0));
            assertTrue(said.get(1).startsWith("ayesha tagged \u2018Proxies\u2019 on Asif Durrani"), said.get(1));
        }
    }

    @Test
    void aSummaryOfAnotherShapeKeepsItsWordsAfterTheName() {
        assertEquals("changed the annotations: imported 3 codings from dossier.jsonld",
                ChangeAnnouncement.asVerb("imported 3 codings from dossier.jsonld"));
        assertEquals("deleted the note on the report \u201cNSP\u201d",
                ChangeAnnouncement.asVerb("deletion of the note on the report \u201cNSP\u201d"));
    }
}
