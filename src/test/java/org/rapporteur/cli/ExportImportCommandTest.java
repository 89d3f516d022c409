package org.rapporteur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.Target;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.testing.SharedData;
import picocli.CommandLine;

class ExportImportCommandTest {
    @TempDir
    static Path dir;
    static Path source;
    static Path target;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = RapporteurCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void workspaces() {
        Path corpus = SharedData.corpus();
        source = dir.resolve("source");
        target = dir.resolve("target");
        for (Path ws : List.of(source, target)) {
            try (Workspace w = Workspace.open(ws)) {
                w.index(List.of(corpus), (d, t, m) -> { }, org.rapporteur.progress.Cancellation.NEVER);
                if (ws.equals(source)) {
                    var store = w.annotations();
                    long tag = store.execute(new Change.CreateTag("Governance")).entityId();
                    var claim = w.corpus().claimsOf(w.corpus().reports().getFirst().id()).getFirst().claim();
                    store.execute(new Change.AddCoding(tag, Target.claim(claim.id())));
                    store.execute(new Change.AddNote(Target.claim(claim.id()), "First claim."));
                }
            }
        }
    }

    @Test
    void exportsEveryFormatAndImportsTheBackupElsewhere() throws Exception {
        for (String format : List.of("csv", "md", "html", "jsonld", "qdpx", "qdc", "csl-json", "ris", "bibtex")) {
            Path file = dir.resolve("coded." + format);
            Run r = run("export", "--workspace", source.toString(), "--coded", "--format", format, "-o",
                    file.toString());
            assertEquals(0, r.code(), format + ": " + r.err());
            assertTrue(r.out().contains(": 1 claim from 1 report, 1 coding, 1 note, 0 links ("), r.out());
            assertTrue(Files.size(file) > 0);
        }
        Run grouped = run("export", "--workspace", source.toString(), "--tag", "Governance", "--format", "md",
                "--group-by", "speaker", "-o", dir.resolve("by-speaker.md").toString());
        assertEquals(0, grouped.code(), grouped.err());

        Run in = run("import", "--workspace", target.toString(), dir.resolve("coded.jsonld").toString());
        assertEquals(0, in.code(), in.err());
        assertTrue(in.out().contains("1 tag created, 1 coding, 1 note, 0 links imported"), in.out());
        Run again = run("import", "--workspace", target.toString(), dir.resolve("coded.jsonld").toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("0 tags created, 0 codings, 0 notes"), again.out());
    }

    @Test
    void badInputGivesAClearMessageAndAnExitCode() throws Exception {
        Run format = run("export", "--workspace", source.toString(), "--coded", "--format", "docx", "-o",
                dir.resolve("x.docx").toString());
        assertEquals(2, format.code());
        assertTrue(format.err().contains("Unknown export format 'docx'"), format.err());

        Run two = run("export", "--workspace", source.toString(), "--coded", "--tag", "X", "--format", "csv", "-o",
                dir.resolve("x.csv").toString());
        assertEquals(2, two.code());

        Run tag = run("export", "--workspace", source.toString(), "--tag", "Nope", "--format", "csv", "-o",
                dir.resolve("x.csv").toString());
        assertEquals(1, tag.code());
        assertTrue(tag.err().contains("No tag named 'Nope'"), tag.err());

        Path xxe = Files.writeString(dir.resolve("evil.qdc"), "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e SYSTEM"
                + " \"file:///etc/passwd\">]><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\""
                + "11111111-2222-3333-4444-555555555555\" name=\"&e;\" isCodable=\"true\"/></Codes></CodeBook>",
                StandardCharsets.UTF_8);
        Run evil = run("import", "--workspace", target.toString(), xxe.toString());
        assertEquals(1, evil.code());
        assertTrue(evil.err().contains("DOCTYPE"), evil.err());
    }
}
