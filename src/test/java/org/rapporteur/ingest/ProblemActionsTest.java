package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapporteur.model.Problem;
import org.rapporteur.model.ProblemKind;

/**
 * The problems window's "What to do" is never empty: every kind of problem has a plain action sentence, a problem
 * made without specific advice gets its kind's, and the problems the ingest makes of bad files all say what to do.
 */
class ProblemActionsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ProblemKind.class)
    void everyKindOfProblemSaysWhatToDoInASentence(ProblemKind kind) {
        String action = kind.action();
        assertTrue(action != null && action.length() > 15, kind + ": " + action);
        assertTrue(Character.isUpperCase(action.charAt(0)) && action.endsWith("."),
                kind + " reads as a sentence: " + action);
    }

    @Test
    void aProblemWithoutAdviceOfItsOwnTakesItsKindsAction() {
        Problem p = Problem.warning("a.pdf", ProblemKind.DUPLICATE, "same content as b.pdf: indexed once", null);
        assertEquals(ProblemKind.DUPLICATE.action(), p.hint());
        assertTrue(p.line().endsWith("(" + ProblemKind.DUPLICATE.action() + ")"), p.line());
        Problem specific = Problem.error("c.pdf", ProblemKind.ENCRYPTED, "encrypted PDF", "ask the author for a copy");
        assertEquals("ask the author for a copy", specific.hint());
        assertEquals("d.pdf", specific.at("d.pdf").path());
        assertEquals(ProblemKind.ENCRYPTED, specific.at("d.pdf").kind());
    }

    @Test
    void everyProblemTheIngestMakesOfBadFilesSaysWhatToDo() throws Exception {
        List<Path> bad = new ArrayList<>();
        bad.add(Files.createFile(dir.resolve("empty.txt")));
        bad.add(Files.writeString(dir.resolve("blank.md"), " \n\t\n"));
        bad.add(Files.writeString(dir.resolve("notes.xyz"), "what is this"));
        bad.add(Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 0, 7, 8, 0}));
        bad.add(Files.writeString(dir.resolve("fake.pdf"), "not a pdf at all, just words", StandardCharsets.UTF_8));
        bad.add(Files.writeString(dir.resolve("fake.docx"), "not a zip either", StandardCharsets.UTF_8));
        bad.add(Files.createDirectory(dir.resolve("folder.pdf")));
        bad.add(dir.resolve("gone.pdf"));
        Ingestor ingestor = new Ingestor();
        Set<ProblemKind> seen = EnumSet.noneOf(ProblemKind.class);
        for (Path f : bad) {
            IngestResult r = ingestor.read(f);
            assertFalse(r.problems().isEmpty(), f + " is not a report");
            for (Problem p : r.problems()) {
                assertFalse(p.hint() == null || p.hint().isBlank(), p.line());
                seen.add(p.kind());
            }
        }
        // the files above are of different kinds of trouble, and the kinds say so
        assertTrue(seen.containsAll(Set.of(ProblemKind.EMPTY, ProblemKind.NO_TEXT, ProblemKind.UNSUPPORTED_FORMAT,
                ProblemKind.DAMAGED, ProblemKind.NOT_A_FILE, ProblemKind.NOT_FOUND)), seen.toString());
    }
}
