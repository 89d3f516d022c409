package org.rapporteur.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The content of the default taxonomy (themes.json, version 2), read with plain Jackson so that it checks the file
 * itself and not the program's parser: every leaf of the fixed taxonomy in order, each with a description, enough
 * keyword terms and invented examples, no term claimed by two themes and no example written twice.
 */
class DefaultTaxonomyContentTest {
    private static final String RESOURCE = "/org/rapporteur/enrich/themes.json";

    /** The fixed taxonomy of issue 19, in its order. */
    private static final List<String> LEAVES = List.of(
            "Security/Terrorism and militancy",
            "Security/Counter-terrorism policy",
            "Security/Military and defence",
            "Security/Nuclear and strategic stability",
            "Security/Border security",
            "Security/Intelligence and covert action",
            "Security/Cyber and information warfare",
            "Governance/Democracy and parliament",
            "Governance/Civil-military relations",
            "Governance/Public administration and ethics",
            "Governance/Rule of law and human rights",
            "Governance/Corruption and organised crime",
            "Economy/Economy and trade",
            "Economy/Public finance and debt",
            "Economy/Financial regulation and banking",
            "Economy/Technology and digital policy",
            "Economy/Connectivity and infrastructure",
            "Economy/Energy",
            "Economy/Development and poverty",
            "Society/Health and pandemics",
            "Society/Climate and environment",
            "Society/Human security",
            "Society/Refugees and migration",
            "Society/Religion and extremism",
            "Society/Education",
            "Society/Media and public narrative",
            "Society/Gender and rights",
            "Society/Culture and identity",
            "International relations/Diplomacy and alliances",
            "International relations/Great power competition",
            "International relations/Regional organisations and cooperation",
            "International relations/United Nations and multilateralism",
            "International relations/Self-determination and decolonisation",
            "International relations/Sanctions",
            "International relations/Conflict and peace processes",
            "International relations/Territorial disputes");

    private static final Set<String> PARENTS =
            Set.of("Security", "Governance", "Economy", "Society", "International relations");

    private static JsonNode root;

    @BeforeAll
    static void readFile() throws IOException {
        try (InputStream in = DefaultTaxonomyContentTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE + " is on the class path");
            root = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void isVersionTwoWithRulesArray() {
        assertEquals(2, root.path("version").asInt());
        assertTrue(root.path("rules").isArray(), "rules is an array");
    }

    @Test
    void holdsEveryLeafOfTheTaxonomyInOrderUnderTheFiveParents() {
        List<String> names = new ArrayList<>();
        for (JsonNode theme : root.path("themes")) {
            names.add(theme.path("theme").asText());
        }
        assertEquals(LEAVES, names);
        for (String name : names) {
            String[] parts = name.split("/", -1);
            assertEquals(2, parts.length, () -> name + " is Parent/Leaf");
            assertTrue(PARENTS.contains(parts[0]), () -> name + " has one of the five parents");
        }
    }

    @Test
    void everyThemeHasADescriptionTenTermsAndTwelveExamplesOfTenToFortyFiveWords() {
        for (JsonNode theme : root.path("themes")) {
            String name = theme.path("theme").asText();
            assertFalse(theme.path("description").asText().isBlank(), () -> name + " has a description");
            assertTrue(theme.path("terms").size() >= 10, () -> name + " has at least 10 terms");
            for (JsonNode term : theme.path("terms")) {
                assertFalse(term.asText().isBlank(), () -> name + " has no blank term");
            }
            JsonNode examples = theme.path("examples");
            assertTrue(examples.size() >= 12, () -> name + " has at least 12 examples, has " + examples.size());
            for (JsonNode example : examples) {
                int words = example.asText().trim().split("\\s+").length;
                assertTrue(words >= 10 && words <= 45,
                        () -> name + ": example of " + words + " words: " + example.asText());
            }
        }
    }

    @Test
    void noTermBelongsToTwoThemes() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (JsonNode theme : root.path("themes")) {
            String name = theme.path("theme").asText();
            for (JsonNode term : theme.path("terms")) {
                String key = term.asText().trim().toLowerCase(Locale.ROOT);
                String before = owner.putIfAbsent(key, name);
                if (before != null && !before.equals(name)) {
                    clashes.add(key + " in " + before + " and " + name);
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void noExampleIsWrittenTwice() {
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        for (JsonNode theme : root.path("themes")) {
            for (JsonNode example : theme.path("examples")) {
                if (!seen.add(example.asText().trim().toLowerCase(Locale.ROOT))) {
                    repeated.add(example.asText());
                }
            }
        }
        assertEquals(List.of(), repeated);
    }
}
