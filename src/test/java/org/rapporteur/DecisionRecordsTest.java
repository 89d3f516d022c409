package org.rapporteur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The decision records in {@code docs/decisions} keep the MADR shape (so each says what was weighed and how to confirm
 * it still holds), are all listed in the index, and their Confirmation sections name test classes that exist: a
 * renamed or deleted test leaves a decision unconfirmed, and this test says which.
 */
class DecisionRecordsTest {
    private static final Path DECISIONS = Path.of("docs/decisions");
    private static final Pattern RECORD_FILE = Pattern.compile("(\\d{4})-[a-z0-9-]+\\.md");
    private static final List<String> HEADINGS = List.of("## Context and problem statement", "## Considered options",
            "## Decision outcome", "## Consequences", "## Confirmation");
    /** Records not yet in the shape, each with its reason. */
    /** A test or benchmark class named in backticks, optionally with a method: `ClaimIndexTest.retag…`. */
    private static final Pattern NAMED_TEST = Pattern.compile("`([A-Z][A-Za-z0-9]*(?:Test|Benchmark))(?:\\.[a-z]\\w*)?`");

    @TestFactory
    Stream<DynamicTest> everyRecordHasTheMadrShape() {
        return records().stream()
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                    List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                    assertTrue(lines.get(0).startsWith("# " + Integer.parseInt(number(p)) + ". "),
                            p + ": the title must start with '# " + Integer.parseInt(number(p)) + ". '");
                    assertTrue(lines.stream().anyMatch(l -> l.startsWith("- Status: ")), p + ": no '- Status:' line");
                    assertTrue(lines.stream().anyMatch(l -> l.matches("- Date: \\d{4}-\\d{2}-\\d{2}")),
                            p + ": no '- Date: YYYY-MM-DD' line");
                    List<String> headings = lines.stream().filter(HEADINGS::contains).toList();
                    assertEquals(HEADINGS, headings, p + ": the MADR sections, each once and in this order");
                }));
    }

    @Test
    void theIndexListsEveryRecord() throws IOException {
        String index = Files.readString(DECISIONS.resolve("README.md"), StandardCharsets.UTF_8);
        List<String> missing = records().stream().map(p -> p.getFileName().toString())
                .filter(name -> !index.contains("](" + name + ")")).toList();
        assertEquals(List.of(), missing, "docs/decisions/README.md lists every record");
    }

    @Test
    void everyTestAConfirmationNamesExists() throws IOException {
        Set<String> testClasses = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .forEach(n -> testClasses.add(n.substring(0, n.length() - ".java".length())));
        }
        List<String> unknown = new ArrayList<>();
        int named = 0;
        for (Path p : records()) {
            Matcher m = NAMED_TEST.matcher(confirmation(Files.readString(p, StandardCharsets.UTF_8)));
            while (m.find()) {
                named++;
                if (!testClasses.contains(m.group(1))) {
                    unknown.add(p.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertTrue(named > 50, "the Confirmation sections name tests (found " + named + ")");
        assertEquals(List.of(), unknown, "tests named by a Confirmation that are not in src/test/java");
    }

    private static String confirmation(String record) {
        int start = record.indexOf("\n## Confirmation\n");
        if (start < 0) {
            return "";
        }
        int end = record.indexOf("\n## ", start + 1);
        return end < 0 ? record.substring(start) : record.substring(start, end);
    }

    private static String number(Path record) {
        Matcher m = RECORD_FILE.matcher(record.getFileName().toString());
        return m.matches() ? m.group(1) : "";
    }

    private static List<Path> records() {
        try (Stream<Path> files = Files.list(DECISIONS)) {
            List<Path> records = files.filter(p -> RECORD_FILE.matcher(p.getFileName().toString()).matches())
                    .sorted().toList();
            assertTrue(records.size() >= 40, "decision records found in " + DECISIONS.toAbsolutePath());
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
