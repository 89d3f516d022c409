package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.Coding;
import org.rapporteur.annotations.Link;
import org.rapporteur.annotations.Note;
import org.rapporteur.annotations.Tag;
import org.rapporteur.export.ExportFormat;
import org.rapporteur.export.ExportOptions;
import org.rapporteur.export.ImportException;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/**
 * Our JSON-LD export, imported into an empty workspace over the same corpus, restores every tag, coding, note and
 * link; a file that does not fit changes nothing; importing twice adds nothing; a REFI-QDA codebook becomes tags.
 */
class ImportRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void jsonLdRoundTripRestoresEveryTagCodingNoteAndLink() throws Exception {
        Path backup = dir.resolve("backup.jsonld");
        Path codebook = dir.resolve("codebook.qdc");
        Set<String> tags;
        Set<String> codings;
        Set<String> notes;
        Set<String> links;
        try (AnnotatedCorpus source = AnnotatedCorpus.annotated(dir.resolve("source"))) {
            ExportService export = new ExportService(source.workspace);
            export.export(new ExportSelection.All(), ExportFormat.JSONLD, ExportOptions.DEFAULT, backup,
                    ProgressListener.NONE, Cancellation.NEVER);
            export.export(new ExportSelection.All(), ExportFormat.QDC, ExportOptions.DEFAULT, codebook,
                    ProgressListener.NONE, Cancellation.NEVER);
            tags = tags(source.store);
            codings = codings(source.store);
            notes = notes(source.store);
            links = links(source.store);
        }
        assertEquals(4, tags.size());
        assertEquals(5, codings.size());
        assertEquals(5, notes.size());
        assertEquals(2, links.size());

        try (AnnotatedCorpus target = AnnotatedCorpus.empty(dir.resolve("target"))) {
            ImportService importer = new ImportService(target.workspace);

            // A file naming a report this workspace lacks is refused whole.
            String json = Files.readString(backup, StandardCharsets.UTF_8);
            String otherReport = target.reports.getFirst().id();
            assertTrue(json.contains(otherReport), "the first report carries annotations");
            Path foreign = Files.writeString(dir.resolve("foreign.jsonld"), json.replace(otherReport,
                    "0".repeat(64)), StandardCharsets.UTF_8);
            ImportException e = assertThrows(ImportException.class, () -> importer.importFile(foreign,
                    ProgressListener.NONE, Cancellation.NEVER));
            assertTrue(e.getMessage().contains("nothing was imported"), e.getMessage());
            Path broken = Files.writeString(dir.resolve("broken.jsonld"), json.substring(0, json.length() / 2),
                    StandardCharsets.UTF_8);
            assertThrows(ImportException.class, () -> importer.importFile(broken, ProgressListener.NONE,
                    Cancellation.NEVER));
            assertUnchanged(target.store);

            // A cancelled import is undone.
            Cancellation cancel = new Cancellation();
            int[] steps = {0};
            assertThrows(CancellationException.class, () -> importer.importFile(backup, (done, total, m) -> {
                if (++steps[0] == 3) {
                    cancel.cancel();
                }
            }, cancel));
            assertUnchanged(target.store);

            ImportResult r = importer.importFile(backup, ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(4, r.tagsCreated());
            assertEquals(5, r.codings());
            assertEquals(5, r.notes());
            assertEquals(2, r.links());
            assertEquals(0, r.downgraded(), "same corpus, same claim ids");
            assertEquals(tags, tags(target.store));
            assertEquals(codings, codings(target.store));
            assertEquals(notes, notes(target.store));
            assertEquals(links, links(target.store));

            ImportResult again = importer.importFile(backup, ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(0, again.tagsCreated() + again.codings() + again.notes() + again.links());
            assertEquals(4, again.tagsExisting());
            assertEquals(12, again.duplicates());
            assertEquals(codings, codings(target.store));

            // An annotation the file marks as an orphan and that cannot be placed either is skipped, not refused.
            com.fasterxml.jackson.databind.node.ObjectNode doc = (com.fasterxml.jackson.databind.node.ObjectNode)
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
            var first = (com.fasterxml.jackson.databind.node.ObjectNode) doc.get("first").get("items").get(0);
            var target0 = (com.fasterxml.jackson.databind.node.ObjectNode) first.get("target");
            target0.put("rap:orphan", true);
            String gone = "words that were deleted";
            ((com.fasterxml.jackson.databind.node.ObjectNode) target0.get("selector").get(0)).put("exact", gone);
            var pos = (com.fasterxml.jackson.databind.node.ObjectNode) target0.get("selector").get(1);
            pos.put("end", pos.get("start").asInt() + gone.length());
            Path orphan = dir.resolve("orphan.jsonld");
            Files.writeString(orphan, doc.toString(), StandardCharsets.UTF_8);
            ImportResult withOrphan = importer.importFile(orphan, ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(1, withOrphan.orphansSkipped());
            assertEquals(11, withOrphan.duplicates());
            assertTrue(withOrphan.messages().stream().anyMatch(m -> m.contains("orphaned")), withOrphan.messages()
                    .toString());

            ImportResult book = importer.importFile(codebook, ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(0, book.tagsCreated());
            assertEquals(4, book.tagsExisting());
        }
    }

    @Test
    void aCodebookCreatesTheTagTreeAndUnknownFilesAreRefused() throws Exception {
        Path qdc = Files.writeString(dir.resolve("book.qdc"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Other tool">
                  <Codes>
                    <Code guid="11111111-2222-3333-4444-555555555555" name="Migration" isCodable="true" color="#336699">
                      <Code guid="11111111-2222-3333-4444-555555555556" name="Remittances" isCodable="true"/>
                    </Code>
                  </Codes>
                </CodeBook>
                """, StandardCharsets.UTF_8);
        try (AnnotatedCorpus target = AnnotatedCorpus.empty(dir.resolve("ws"))) {
            ImportService importer = new ImportService(target.workspace);
            ImportResult r = importer.importFile(qdc, ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(2, r.tagsCreated());
            assertEquals(List.of("Migration", "Migration/Remittances"), target.store.tags().stream()
                    .map(Tag::path).toList());
            assertEquals("#336699", target.store.resolveTag("Migration").colour().toUpperCase(Locale.ROOT));
            Path txt = Files.writeString(dir.resolve("notes.txt"), "hello", StandardCharsets.UTF_8);
            assertThrows(ImportException.class, () -> importer.importFile(txt, ProgressListener.NONE,
                    Cancellation.NEVER));
        }
    }

    private static void assertUnchanged(AnnotationStore store) {
        assertTrue(store.tags().isEmpty(), store.tags().toString());
        assertTrue(store.codings().isEmpty());
        assertTrue(store.notes().isEmpty());
        assertTrue(store.links().isEmpty());
        assertFalse(store.canUndo() && !store.tags().isEmpty());
    }

    private static Set<String> tags(AnnotationStore s) {
        Set<String> out = new HashSet<>();
        for (Tag t : s.tags()) {
            out.add(t.path() + "|" + t.colour() + "|" + t.description());
        }
        return out;
    }

    private static Set<String> codings(AnnotationStore s) {
        Set<String> out = new HashSet<>();
        for (Coding k : s.codings()) {
            out.add(k.tagPath() + "|" + k.targetKind() + "|" + k.anchor().reportId() + "|" + k.anchor().claimId() + "|"
                    + k.anchor().position().start() + "|" + k.anchor().position().end() + "|"
                    + k.anchor().quote().exact());
        }
        return out;
    }

    private static Set<String> notes(AnnotationStore s) {
        Set<String> out = new HashSet<>();
        for (Note n : s.notes()) {
            String target = switch (n.targetKind()) {
                case CLAIM, SELECTION -> n.anchor().reportId() + ":" + n.anchor().claimId() + ":"
                        + n.anchor().position().start() + "-" + n.anchor().position().end();
                case REPORT -> n.reportId();
                case PERSON -> n.person();
                case TAG -> s.tag(n.tagId()).orElseThrow().path();
            };
            out.add(n.targetKind() + "|" + target + "|" + n.text());
        }
        return out;
    }

    private static Set<String> links(AnnotationStore s) {
        Set<String> out = new HashSet<>();
        for (Link l : s.links()) {
            out.add(l.type() + "|" + l.source().claimId() + "|" + l.target().claimId() + "|" + l.note());
        }
        return out;
    }
}
