package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ChangeCodecTest {
    private final ChangeCodec codec = new ChangeCodec();

    static Stream<Change> everyKindOfChange() {
        return Stream.of(
                new Change.CreateTag("Proxies", 3L, "#AABBCC", "wars by others"),
                new Change.RenameTag(4, "x'); DROP TABLE coding; --", "2026-12-03T20:01:02.003Z"),
                new Change.EditTag(4, null, "", null),
                new Change.MoveTag(4, null),
                new Change.MergeTags(4, 5),
                new Change.DeleteTag(4, DeletePolicy.REFUSE_IF_USED),
                new Change.DeleteTag(4, DeletePolicy.moveCodingsTo(5)),
                new Change.DeleteTag(4, DeletePolicy.DELETE_CODINGS),
                new Change.AddCoding(4, Target.selection("r1", 3, 9)),
                Change.AddCoding.accepted(4, "c1", 0.75),
                new Change.RejectSuggestion("c1", 4, null),
                new Change.RemoveCoding(7),
                new Change.AddNote(Target.claim("c1"), "line one\nline \"two\""),
                new Change.AddNote(new Target.Report("r1"), "report note"),
                new Change.AddNote(new Target.Person("Asif Durrani"), "person note"),
                new Change.AddNote(new Target.Tag(4), "tag note"),
                new Change.EditNote(8, "edited", "2026-12-03T20:01:02.003Z"),
                new Change.DeleteNote(8),
                new Change.AddLink("c1", "c2", LinkType.values()[0], null),
                new Change.RemoveLink(9),
                new Change.AddCorrection(new CorrectionRequest.SetSpeaker("c1", "Babar")),
                new Change.AddCorrection(new CorrectionRequest.MergePersons(null, "A. Durrani", "Asif Durrani")),
                new Change.RemoveCorrection(10),
                new Change.MergePeople("Asif Durrani", "A. Durrani"),
                new Change.SplitPerson("Asif Durrani", "A. Durrani"),
                new Change.ReattachAnchor(11, Target.claim("c3")),
                new Change.Batch("two steps", List.of(new Change.CreateTag("A"), new Change.AddCoding(1,
                        Target.claim("c1")))));
    }

    @ParameterizedTest
    @MethodSource("everyKindOfChange")
    void everyChangeComesBackEqualFromItsLine(Change change) {
        String line = codec.write(change);
        assertEquals(-1, line.indexOf('\n'), "one line");
        assertEquals(change, codec.read(line));
    }

    @Test
    void aLineWithoutTheFieldsAddedLaterReadsThemAsNull() {
        Change c = codec.read("{\"@type\":\"Change.RenameTag\",\"tagId\":3,\"newName\":\"Power\"}");
        assertEquals(new Change.RenameTag(3, "Power"), c);
        assertNull(((Change.RenameTag) c).readModifiedAt());
    }

    @Test
    void anUnknownKindOfChangeIsRefusedWithASentence() {
        AnnotationException e = assertThrows(AnnotationException.class,
                () -> codec.read("{\"@type\":\"Change.Teleport\",\"to\":\"Mars\"}"));
        assertEquals(true, e.getMessage().startsWith("A change kept on this machine cannot be read"));
    }
}
