package org.rapporteur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.testing.SharedData;
import picocli.CommandLine;

/**
 * Every command line the README shows, run in the README's order through the in-process CLI against the sample corpus
 * in a temporary workspace: each must exit 0 and print something sensible. The README is parsed when the test runs,
 * so an example that stops working (or a new one that never did) fails here.
 *
 * <p>What the test changes in a command, and why: {@code --workspace TMP} is added (the user's own workspace is not
 * touched); the placeholders {@code CLAIM_ID}, {@code CLAIM_A}, {@code CLAIM_B} become the first hits of the README's
 * first {@code search ... --json}; a relative output file ({@code -o proxies.md}, {@code import backup.jsonld}) is
 * written to and read from the temporary folder, not the repository. The commands that cannot run here are in
 * {@link #SKIPPED}, each with its reason; any other command outside {@code bin/rapporteur} fails the test.
 */
class ReadmeCommandsTest {
    /** Commands (as written, after the comment is cut) this test does not run, and why. */
    static final Map<String, String> SKIPPED = Map.ofEntries(
            Map.entry("bin/rapporteur", "opens the workbench (UI tests drive it headless)"),
            Map.entry("bin/test", "runs this very test suite"),
            Map.entry("bin/eval", "scores attribution on the dev corpus against its keys (~40 s); the suite checks "
                    + "the same keys against thresholds"),
            Map.entry("bin/robustness", "minutes of hostile files in a 1 GB JVM; bin/robustness is its own harness"),
            Map.entry("bin/bench-compare", "a 17-25 minute benchmark, not a test"),
            Map.entry("bin/package", "minutes of jlink, jpackage and a training run; CI runs it, then "
                    + "bin/package-smoke"),
            Map.entry("sudo apt install ./target/package/rapporteur_*.deb", "installs a package on the machine "
                    + "(ADR 0026)"),
            Map.entry("rapporteur", "the installed workbench (bin/package-smoke starts the packaged one)"),
            Map.entry("bin/rapporteur index --corpus ../shared/ungdc", "reads all 10,952 UN speeches (minutes); "
                    + "--corpus runs on the sample corpus in CommandLineTest, and the UN speeches are indexed by "
                    + "their own tests"),
            Map.entry("bin/rapporteur team connect postgresql://maria@db.example.org/policy_team --move-annotations",
                    "needs a PostgreSQL server; TeamCommandTest runs connect, status and disconnect against a "
                    + "throwaway one"),
            Map.entry("bin/rapporteur team sync", "needs a team's PostgreSQL server and a shared folder; "
                    + "TeamSyncCommandTest runs it against a throwaway one"),
            Map.entry("bin/rapporteur team disconnect --copy-annotations", "leaves a team, and this test's "
                    + "workspace is in none; TeamCommandTest runs it against a throwaway PostgreSQL server"),
            Map.entry("bin/rapporteur suggest CLAIM_B", "needs the claims' vectors, which this test's workspace does "
                    + "not embed; SuggestCommandTest runs it on embedded samples"),
            Map.entry("bin/rapporteur suggest --tag Proxies --limit 10", "needs the claims' vectors, which this "
                    + "test's workspace does not embed; SuggestCommandTest runs it on embedded samples"));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\bCLAIM_(ID|A|B)\\b");
    private static final List<String> OUTPUT_OPTIONS = List.of("-o", "--output");

    @TempDir
    static Path tmp;

    /** The claim ids the placeholders stand for, from the first search that printed JSON hits. */
    private static final Map<String, String> CLAIMS = new HashMap<>();

    record ReadmeCommand(int line, String text, List<String> words) {
    }

    @TestFactory
    Stream<DynamicTest> everyReadmeCommandRunsOnTheSampleCorpus() throws IOException {
        SharedData.corpus(); // the default corpus root, corpus/samples, links to it
        Path workspace = tmp.resolve("workspace");
        List<ReadmeCommand> commands = readmeCommands(Path.of("README.md"));
        assertTrue(commands.size() >= 20, "the README's command lines were not found: " + commands);
        return commands.stream().map(c -> DynamicTest.dynamicTest("README line " + c.line() + ": " + c.text(),
                () -> runOrSkip(c, workspace)));
    }

    @Test
    void theParserReadsQuotesAndCommentsAsAShellDoes() {
        assertEquals(List.of("bin/rapporteur", "search", "theme:terrorism", "--filter", "speaker=Farhatullah Babar"),
                words("bin/rapporteur search 'theme:terrorism' --filter speaker=\"Farhatullah Babar\"  # a comment"));
        assertEquals(List.of("bin/rapporteur", "tag", "add", "Proxies", "--colour", "#c0392b"),
                words("bin/rapporteur tag add Proxies --colour '#c0392b'     # the codebook"));
        assertEquals(List.of("bin/rapporteur", "search", "\"non-state actors\"", "--json"),
                words("bin/rapporteur search '\"non-state actors\"' --json"));
    }

    private static void runOrSkip(ReadmeCommand c, Path workspace) throws IOException {
        String key = String.join(" ", c.words());
        if (SKIPPED.containsKey(key)) {
            System.out.println("README line " + c.line() + " not run: " + SKIPPED.get(key));
            return;
        }
        if (!c.words().getFirst().equals("bin/rapporteur")) {
            fail("README line " + c.line() + " runs '" + c.text() + "', which this test can neither run nor skip: "
                    + "add it to ReadmeCommandsTest.SKIPPED with the reason");
        }
        List<String> args = new ArrayList<>(c.words().subList(1, c.words().size()));
        List<Path> outputs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            Matcher m = PLACEHOLDER.matcher(a);
            if (m.find()) {
                String id = CLAIMS.get(m.group());
                assertNotNull(id, "README line " + c.line() + " uses " + m.group() + " before any search printed "
                        + "claim ids");
                args.set(i, m.replaceAll(id));
            }
            boolean outputFile = i > 0 && OUTPUT_OPTIONS.contains(args.get(i - 1));
            boolean importedFile = args.getFirst().equals("import") && i == 1;
            if ((outputFile || importedFile) && !Path.of(a).isAbsolute()) {
                Path redirected = tmp.resolve(a);
                args.set(i, redirected.toString());
                if (outputFile) {
                    outputs.add(redirected);
                }
            }
        }
        addWorkspace(args, workspace);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = RapporteurCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args.toArray(String[]::new));
        String context = "README line " + c.line() + ": " + c.text() + "\nran: " + args + "\nstdout:\n" + out
                + "\nstderr:\n" + err;
        assertEquals(ExitCodes.OK, exit, context);
        assertFalse(err.toString().contains("rapporteur:"), "an error message on stderr: " + context);
        String printed = out.toString();
        assertFalse(printed.isBlank(), "printed nothing: " + context);
        for (Path p : outputs) {
            assertTrue(Files.isRegularFile(p) && Files.size(p) > 0, "no output file " + p + ": " + context);
        }
        if (args.contains("--json")) {
            JsonNode json = json(printed, context);
            if (args.getFirst().equals("search")) {
                rememberClaims(json);
            }
        }
        if (args.getFirst().equals("search")) {
            assertFalse(printed.startsWith("0 claims") || printed.contains("\"total\" : 0,"),
                    "a README search example that finds nothing: " + context);
        }
        if (args.contains("--help")) {
            assertTrue(printed.contains("Exit codes"), "the help shows the exit codes: " + context);
        }
    }

    /** {@code --workspace TMP} after the (sub)command it belongs to, when that command takes one. */
    private static void addWorkspace(List<String> args, Path workspace) {
        CommandLine cl = RapporteurCommand.commandLine();
        int at = 0;
        while (at < args.size() && cl.getSubcommands().containsKey(args.get(at))) {
            cl = cl.getSubcommands().get(args.get(at));
            at++;
        }
        if (cl.getCommandSpec().findOption("--workspace") != null) {
            args.add(at, "--workspace=" + workspace);
        }
    }

    private static void rememberClaims(JsonNode json) {
        JsonNode hits = json.get("hits");
        if (CLAIMS.isEmpty() && hits != null && hits.size() >= 2) {
            CLAIMS.put("CLAIM_ID", hits.get(0).get("claim").get("id").asText());
            CLAIMS.put("CLAIM_A", hits.get(0).get("claim").get("id").asText());
            CLAIMS.put("CLAIM_B", hits.get(1).get("claim").get("id").asText());
        }
    }

    private static JsonNode json(String text, String context) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("--json printed no JSON: " + context, e);
        }
    }

    /** The command lines of the README's {@code ```sh} blocks, with their line numbers; comments cut. */
    static List<ReadmeCommand> readmeCommands(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        List<ReadmeCommand> out = new ArrayList<>();
        boolean inSh = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) {
                inSh = !inSh && line.strip().equals("```sh");
                continue;
            }
            if (!inSh) {
                continue;
            }
            List<String> w = words(line);
            if (!w.isEmpty()) {
                out.add(new ReadmeCommand(i + 1, String.join(" ", w), w));
            }
        }
        return out;
    }

    /**
     * A line split into words as a POSIX shell would for these examples: single and double quotes (joined to their
     * neighbours: {@code speaker="A B"} is one word), backslash escapes in double quotes, and a {@code #} that starts
     * a word starts a comment.
     */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\'') {
                int end = line.indexOf('\'', i + 1);
                w.append(line, i + 1, end < 0 ? line.length() : end);
                i = end < 0 ? line.length() : end;
                inWord = true;
            } else if (ch == '"') {
                i++;
                for (; i < line.length() && line.charAt(i) != '"'; i++) {
                    char d = line.charAt(i);
                    if (d == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                        d = line.charAt(++i);
                    }
                    w.append(d);
                }
                inWord = true;
            } else if (Character.isWhitespace(ch)) {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else if (ch == '#' && !inWord) {
                break;
            } else {
                w.append(ch);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(w.toString());
        }
        return words;
    }
}
