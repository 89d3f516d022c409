package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.model.DeclaredMetadata;
import org.rapporteur.model.SourceDocument;

/** YAML and TOML front matter on invented posts: what is declared, and that only real front matter is cut. */
class FrontMatterTest {
    @TempDir
    Path dir;

    static Stream<Arguments> declarations() {
        return Stream.of(
                Arguments.of("plain keys, quoted title, time-stamped date", """
                        ---
                        title: 'Tides and Trade: What Harbours Owe the Sea'
                        date: 2021-06-03 09:15:00 +0000
                        author: Mara Quill
                        publisher: Harbour Policy Forum
                        description: A short look at ports.
                        type: commentary
                        ---
                        Body text.
                        """, new DeclaredMetadata("Tides and Trade: What Harbours Owe the Sea", List.of("Mara Quill"),
                        "Harbour Policy Forum", "2021-06-03", "A short look at ports.", "commentary")),
                Arguments.of("author list, nested names, folded excerpt, published", """
                        ---
                        title: "Rivers Rising"
                        authors:
                          - name: Ola Brandt
                          - name: "Teo Varga"
                        excerpt:
                          Floods are getting worse, and the maps
                          have not kept up.
                        published: March 4, 2019
                        organization: Delta Watch
                        layout: post
                        ---
                        Body.
                        """, new DeclaredMetadata("Rivers Rising", List.of("Ola Brandt", "Teo Varga"), "Delta Watch",
                        "2019-03-04", "Floods are getting worse, and the maps have not kept up.", "post")),
                Arguments.of("inline list, event date wins, site slug author is the publisher", """
                        ---
                        title: Forum Notes
                        author: [lakeside-policy-institute]
                        date: 2020-01-02
                        event_date: 2019-12-12
                        categories: [notes, events]
                        ---
                        Body.
                        """, new DeclaredMetadata("Forum Notes", List.of(), "Lakeside Policy Institute", "2019-12-12",
                        null, "notes")),
                Arguments.of("author slug path becomes the name; a handle is not a person", """
                        ---
                        title:\t\tSlug Test
                        authors:
                          - _authors/ines-okafor.md
                          - quietwriter
                        ---
                        Body.
                        """, new DeclaredMetadata("Slug Test", List.of("Ines Okafor"), null, null, null, null)),
                Arguments.of("excerpt byline names the author only when none is declared", """
                        ---
                        title: Reading the Grain
                        excerpt: A field report by Hanne K. Lund from the wheat belt.
                        ---
                        Body.
                        """, new DeclaredMetadata("Reading the Grain", List.of("Hanne K. Lund"), null, null,
                        "A field report by Hanne K. Lund from the wheat belt.", null)),
                Arguments.of("excerpt byline ignored beside a declared author", """
                        ---
                        title: Reading the Grain
                        author: Pia Moretti
                        excerpt: A field report by Hanne K. Lund from the wheat belt.
                        ---
                        Body.
                        """, new DeclaredMetadata("Reading the Grain", List.of("Pia Moretti"), null, null,
                        "A field report by Hanne K. Lund from the wheat belt.", null)),
                Arguments.of("TOML with an authors table", """
                        +++
                        title = "Cold Chains"
                        date = 2022-11-30T08:00:00Z
                        site = "Freight Quarterly"
                        [[authors]]
                        name = "Rosa Dlamini"
                        +++
                        Body.
                        """, new DeclaredMetadata("Cold Chains", List.of("Rosa Dlamini"), "Freight Quarterly",
                        "2022-11-30", null, null)),
                Arguments.of("staff and URLs are not people or publishers", """
                        ---
                        title: Notice
                        author: Staff
                        site: https://example.org
                        ---
                        Body.
                        """, new DeclaredMetadata("Notice", List.of(), null, null, null, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declarations")
    void declaresWhatTheBlockSays(String name, String text, DeclaredMetadata expected) {
        FrontMatter f = FrontMatter.read(text);
        assertEquals(expected, f.declared());
        assertTrue(f.body().startsWith("Body"), f.body());
    }

    static Stream<Arguments> notFrontMatter() {
        return Stream.of(
                Arguments.of("no front matter", "Title\n\nSome text: with a colon.\n"),
                Arguments.of("a rule over prose", "---\nThis is a paragraph after a rule.\nIt goes on for a while.\n---\nMore.\n"),
                Arguments.of("a rule not on the first line", "Heading\n---\ntitle: not front matter\n---\n"),
                Arguments.of("never closed", "---\ntitle: Open ended\nauthor: Someone Else\n\nBody without an end.\n"),
                Arguments.of("a dashed line of text", "--- draft ---\ntitle: x\n---\n"),
                Arguments.of("empty block", "---\n---\nBody.\n"),
                Arguments.of("speaker turns between rules", "---\nChair: Good morning everyone.\nWitness: Thank you.\n---\nMore.\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notFrontMatter")
    void leavesOtherTextAlone(String name, String text) {
        FrontMatter f = FrontMatter.read(text);
        assertTrue(f.declared().isEmpty(), f.declared().toString());
        assertEquals(text, f.body());
    }

    @Test
    void oddInputNeverThrows() {
        for (String s : List.of("", "---", "---\n", "+++\n+++", "---\n: :\n- - -\n  -\n---\n", "---\ntitle: [unclosed\n---\n",
                "---\nauthors:\n  - {name: \"A B\", x\n---\n", "\uFEFF---\ntitle: T\n---\nB")) {
            FrontMatter f = FrontMatter.read(s);
            assertTrue(f.body() != null);
        }
    }

    @Test
    void ingestedMarkdownKeepsOnlyTheBodyAndDeclaresTheRest() throws Exception {
        Path f = Files.writeString(dir.resolve("post.md"), """
                ---
                title: "Ports in Transition"
                date: 2018-05-09
                author: Lena Haas
                ---

                # Ports in Transition

                The harbour board *said* the dredging would finish in June.
                """);
        SourceDocument doc = new Ingestor().read(f).document();
        assertEquals("Ports in Transition\n\nThe harbour board said the dredging would finish in June.", doc.text().strip());
        assertFalse(doc.text().contains("title:"));
        assertEquals("Ports in Transition", doc.declared().title());
        assertEquals("2018-05-09", doc.declared().date());
        assertEquals(List.of("Lena Haas"), doc.declared().authors());
        int at = doc.text().indexOf("harbour board");
        assertEquals("harbour board", doc.text().substring(at, at + 13), "offsets index the stored text");
    }

    @Test
    void plainTextWithoutFrontMatterDeclaresNothing() throws Exception {
        Path f = Files.writeString(dir.resolve("notes.txt"), "Minutes\n\n---\n\nitem: one\n");
        SourceDocument doc = new Ingestor().read(f).document();
        assertTrue(doc.declared().isEmpty());
        assertTrue(doc.text().contains("item: one"));
        assertNull(doc.declared().title());
    }
}
