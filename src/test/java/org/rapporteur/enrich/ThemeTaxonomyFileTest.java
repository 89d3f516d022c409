package org.rapporteur.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.rapporteur.model.Theme;
import org.rapporteur.model.ThemeRule;

/** The taxonomy file as analysts keep and edit it: its layout, what hand edits it takes, and what it refuses. */
class ThemeTaxonomyFileTest {
    @Test
    void writesTwoSpaceIndentsPlainArraysOnOneLineAndObjectsOneALine() {
        ThemeTaxonomy t = ThemeTaxonomy.of(
                List.of(new Theme("Security/Piracy", List.of("pirates", "hijacked")), new Theme("Economy", List.of())),
                List.of(new ThemeRule("Economy", "tariff*")));
        assertEquals("""
                {
                  "version": 1,
                  "themes": [
                    {
                      "theme": "Security/Piracy",
                      "terms": ["pirates", "hijacked"]
                    },
                    {
                      "theme": "Economy",
                      "terms": []
                    }
                  ],
                  "rules": [
                    {
                      "theme": "Economy",
                      "query": "tariff*"
                    }
                  ]
                }
                """, t.toJson());
        assertEquals("""
                {
                  "version": 1,
                  "themes": [],
                  "rules": []
                }
                """, ThemeTaxonomy.of(List.of(), List.of()).toJson());
    }

    @Test
    void aThemeWithADescriptionOrExamplesMakesAVersion2FileThatLoadsBackEqual(@TempDir Path dir) throws IOException {
        ThemeTaxonomy t = ThemeTaxonomy.of(List.of(
                new Theme("Society/Health and pandemics", List.of("pandemic*"), "disease outbreaks and their control",
                        List.of("ICU beds ran out within a week.")),
                new Theme("Economy", List.of("trade"))), List.of());
        assertEquals("""
                {
                  "version": 2,
                  "themes": [
                    {
                      "theme": "Society/Health and pandemics",
                      "description": "disease outbreaks and their control",
                      "terms": ["pandemic*"],
                      "examples": ["ICU beds ran out within a week."]
                    },
                    {
                      "theme": "Economy",
                      "terms": ["trade"]
                    }
                  ],
                  "rules": []
                }
                """, t.toJson());
        Path file = dir.resolve("themes.json");
        t.save(file);
        assertEquals(t, ThemeTaxonomy.load(file));
        assertEquals(t, ThemeTaxonomy.parse(t.toJson()));
    }

    @Test
    void aVersion1FileIsReadAndWrittenBackByteForByte() {
        String v1 = """
                {
                  "version": 1,
                  "themes": [
                    {
                      "theme": "Security/Piracy",
                      "terms": ["pirates"]
                    }
                  ],
                  "rules": []
                }
                """;
        ThemeTaxonomy t = ThemeTaxonomy.parse(v1);
        assertEquals("", t.themes().getFirst().description());
        assertEquals(List.of(), t.themes().getFirst().examples());
        assertEquals(v1, t.toJson());
    }

    @Test
    void quotesBackslashesLineBreaksAndAccentsSurviveSaveAndLoad(@TempDir Path dir) throws IOException {
        ThemeTaxonomy t = ThemeTaxonomy.of(List.of(new Theme("Société/\"Quoted\" \\ theme",
                        List.of("line\nbreak", "tab\there", "€ and ü", "control\u0001char"))),
                List.of(new ThemeRule("Société", "text:\"a b\" AND c\\:d")));
        Path file = dir.resolve("themes.json");
        t.save(file);
        assertEquals(t, ThemeTaxonomy.load(file));
        assertTrue(Files.readString(file).contains("\"line\\nbreak\""), "a line break is escaped, not written raw");
    }

    @Test
    void takesWhatAnalystsTypeByHand() {
        ThemeTaxonomy t = ThemeTaxonomy.parse("""
                {"version": +1, "themes": [{"theme": "A\tB", "terms": ["needless \\- backslash", 3, null]}],
                 "rules": null}
                """);
        assertEquals(List.of(new Theme("A\tB", List.of("needless - backslash"))), t.themes());
        assertTrue(t.rules().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ``                                                        | no value
            `{"themes": [{"theme": "A"}]} {"themes": []}`             | line 1, column 30
            `{"themes": [{"theme": "A",}]}`                           | line 1, column 27
            `{"themes": [{"theme": "A"}`                              | line 1, column 27
            `{"themes": [{"name": "A"}]}`                             | each theme needs a "theme" name
            `{"rules": [{"theme": "A"}]}`                             | each rule needs a "theme" and a "query"
            `{"themes": {"theme": "A"}}`                              | themes must be a list
            `["A"]`                                                   | a taxonomy is a JSON object
            `{"version": 3}`                                          | taxonomy version 3 is newer
            `{"themes": [{"theme": "A", "description": 3}]}`          | the description of A must be a string
            """)
    void refusesWhatIsNotATaxonomyAndSaysWhere(String json, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ThemeTaxonomy.parse(json));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aFaultInAFileNamesTheFileAndTheLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("themes.json");
        String broken = """
                {
                  "version": 1,
                  "themes": [
                    {"theme": "A", "terms": ["a" "b"]}
                  ]
                }
                """;
        Files.writeString(file, broken);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ThemeTaxonomy.load(file));
        assertTrue(e.getMessage().startsWith(file + ": JSON: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("at line 4, column 34"), e.getMessage());
        assertEquals(broken, Files.readString(file));
    }
}
