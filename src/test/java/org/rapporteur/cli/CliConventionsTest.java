package org.rapporteur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.testing.SharedData;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line's conventions (ADR 0020): help and version on every command, one exit-code table kept by every
 * class of error, reports named by any unique prefix, no workspace made by a command that only reads, no missing
 * folder remembered as a corpus root, and tag names without '/'.
 */
class CliConventionsTest {
    @TempDir
    static Path tmp;
    static Path workspace;

    @BeforeAll
    static void indexSamples() {
        workspace = tmp.resolve("ws");
        CliRun r = CliRun.run(workspace, "index", "--corpus", SharedData.corpus().toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
    }

    /** Every registered command, at every depth, as the words that call it ("tag add"). */
    private static List<List<String>> commandPaths(CommandLine cl, List<String> prefix) {
        List<List<String>> out = new ArrayList<>();
        for (var e : cl.getSubcommands().entrySet()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(e.getKey());
            out.add(path);
            out.addAll(commandPaths(e.getValue(), path));
        }
        return out;
    }

    private static CliRun runBare(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = RapporteurCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new CliRun(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void everyCommandAnswersHelpAndVersionWithExitZero() {
        List<List<String>> paths = commandPaths(RapporteurCommand.commandLine(), List.of());
        assertTrue(paths.size() >= 25, "commands found: " + paths);
        for (List<String> path : paths) {
            for (String flag : List.of("--help", "-h")) {
                List<String> args = new ArrayList<>(path);
                args.add(flag);
                CliRun r = runBare(args.toArray(String[]::new));
                assertEquals(ExitCodes.OK, r.exit(), args + ": " + r.err());
                assertTrue(r.out().contains("Usage: rapporteur " + String.join(" ", path)), args + ": " + r.out());
            }
            if (path.getFirst().equals("help")) {
                continue; // picocli's help command: 'help -V' would be a command named -V
            }
            List<String> args = new ArrayList<>(path);
            args.add("-V");
            CliRun v = runBare(args.toArray(String[]::new));
            assertEquals(ExitCodes.OK, v.exit(), args + ": " + v.err());
            assertTrue(v.out().contains(RapporteurCommand.VERSION), args + ": " + v.out());
        }
        CliRun index = runBare("index", "--help");
        assertTrue(index.out().contains("--corpus"), index.out());
    }

    @Test
    void theRootHelpShowsTheExitCodeTable() {
        CliRun r = runBare("--help");
        assertEquals(ExitCodes.OK, r.exit());
        for (String row : List.of("Exit codes:", "0   done", "1   user or data error", "2   usage error",
                "3   internal error")) {
            assertTrue(r.out().contains(row), "missing '" + row + "' in:\n" + r.out());
        }
    }

    @Test
    void usageErrorsExitTwoWithTheMessageAndWhereTheHelpIs() {
        CliRun unknown = CliRun.run(workspace, "search", "x", "--no-such-option");
        assertEquals(ExitCodes.USAGE, unknown.exit());
        assertTrue(unknown.err().contains("Unknown option: '--no-such-option'"), unknown.err());
        assertTrue(unknown.err().contains("See 'rapporteur search --help'"), unknown.err());
        assertFalse(unknown.err().contains("Print version information"), "not the whole help page: " + unknown.err());

        CliRun badValue = CliRun.run(workspace, "search", "x", "--sort", "sideways");
        assertEquals(ExitCodes.USAGE, badValue.exit(), badValue.err());

        CliRun missing = CliRun.run(workspace, "export", "--format", "csv", "-o", tmp.resolve("x.csv").toString());
        assertEquals(ExitCodes.USAGE, missing.exit(), missing.err());

        CliRun query = CliRun.run(workspace, "search", "security AND (trade");
        assertEquals(ExitCodes.USAGE, query.exit(), "a query syntax error is a usage error");
        assertTrue(query.err().contains("Query syntax error at position"), query.err());
    }

    @Test
    void userAndDataErrorsExitOneWithOneLine() {
        CliRun noReport = CliRun.run(workspace, "export", "--report", "no-such-report", "--format", "csv", "-o",
                tmp.resolve("none.csv").toString());
        assertEquals(ExitCodes.USER_ERROR, noReport.exit());
        assertTrue(noReport.err().contains("No report 'no-such-report'"), noReport.err());
        assertFalse(Files.exists(tmp.resolve("none.csv")));

        CliRun noClaim = CliRun.run(workspace, "note", "0000no-such-claim", "a memo");
        assertEquals(ExitCodes.USER_ERROR, noClaim.exit(), noClaim.err());

        CliRun noFile = CliRun.run(workspace, "import", tmp.resolve("missing.jsonld").toString());
        assertEquals(ExitCodes.USER_ERROR, noFile.exit(), noFile.err());
        assertTrue(noFile.err().contains("missing.jsonld"), noFile.err());
        for (CliRun r : List.of(noReport, noClaim, noFile)) {
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        }
    }

    /** A command that fails as a bug would: the internal-error path every command shares. */
    @Command(name = "boom")
    static final class FailingCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug in a command");
        }
    }

    @Test
    void anUnexpectedFailureExitsThreeWithOneLineAndNoStackTrace() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = RapporteurCommand.commandLine();
        cl.addSubcommand("boom", new FailingCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        assertEquals(ExitCodes.INTERNAL, cl.execute("boom"));
        String[] lines = err.toString().strip().split("\n");
        assertEquals(1, lines.length, err.toString());
        assertTrue(lines[0].startsWith("rapporteur: internal error: java.lang.IllegalStateException: a bug in a "
                + "command"), lines[0]);
        assertTrue(lines[0].contains("details in"), lines[0]);
    }

    @Test
    void aReportIsNamedByAnyUniquePrefixOfItsIdOrFileName() {
        JsonNode reports = CliRun.run(workspace, "reports", "--json").json();
        JsonNode first = reports.get(0);
        String source = first.get("source").asText();
        String stem = source.replaceFirst("\\.[a-z]+$", "");
        for (String name : List.of(first.get("id").asText().substring(0, 10), source, stem,
                stem.substring(0, stem.length() - 3))) {
            CliRun one = CliRun.run(workspace, "reports", name, "--json");
            assertEquals(ExitCodes.OK, one.exit(), name + ": " + one.err());
            assertEquals(1, one.json().size(), name);
            assertEquals(first.get("id").asText(), one.json().get(0).get("id").asText(), name);

            CliRun claims = CliRun.run(workspace, "claims", "--report", name, "--json");
            assertEquals(ExitCodes.OK, claims.exit(), claims.err());
            assertEquals(first.get("claims").asInt(), claims.json().size(), name);
            for (JsonNode c : claims.json()) {
                assertEquals(source, c.get("source").asText());
            }
        }
        CliRun ambiguous = CliRun.run(workspace, "claims", "--report", "0");
        assertEquals(ExitCodes.USER_ERROR, ambiguous.exit());
        assertTrue(ambiguous.err().contains("'0' matches"), ambiguous.err());
    }

    @Test
    void aReadingCommandRefusesAFolderThatIsNotAWorkspaceAndMakesNone() throws Exception {
        Path typo = tmp.resolve("typo");
        CliRun missing = CliRun.run(typo, "search", "security");
        assertEquals(ExitCodes.USER_ERROR, missing.exit());
        assertTrue(missing.err().contains(typo.toString()), missing.err());
        assertTrue(missing.err().contains("rapporteur index --workspace " + typo), missing.err());
        assertFalse(Files.exists(typo), "no workspace made");

        Path unrelated = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(unrelated.resolve("holiday.txt"), "not a workspace");
        for (String[] args : List.of(new String[] {"reports"}, new String[] {"tag", "add", "Proxies"},
                new String[] {"undo"})) {
            CliRun r = CliRun.run(unrelated, args);
            assertEquals(ExitCodes.USER_ERROR, r.exit(), List.of(args) + ": " + r.err());
            assertTrue(r.err().contains("is not a Rapporteur workspace"), r.err());
        }
        try (var files = Files.list(unrelated)) {
            assertEquals(1, files.count(), "nothing written into the folder");
        }
    }

    @Test
    void aMissingCorpusFolderIsNeverRememberedAsARoot() throws Exception {
        Path fresh = tmp.resolve("fresh");
        CliRun none = CliRun.run(fresh, "index", "--corpus", tmp.resolve("nonexistent").toString());
        assertEquals(ExitCodes.USER_ERROR, none.exit());
        assertTrue(none.err().contains("nonexistent"), none.err());
        assertFalse(Files.exists(fresh), "a mistyped corpus makes no workspace");

        Path ws = tmp.resolve("roots");
        Path corpus = Files.createDirectories(tmp.resolve("corpus-one"));
        Files.writeString(corpus.resolve("brief.txt"), "The Harbour Institute said trade across the strait grew.\n"
                + "Ms. Ada Quill: Ports need rules that every neighbour can live with.\n");
        assertEquals(ExitCodes.OK, CliRun.run(ws, "index", "--corpus", corpus.toString()).exit());
        CliRun partly = CliRun.run(ws, "index", "--corpus", corpus.toString(), "--corpus",
                tmp.resolve("nonexistent").toString());
        assertTrue(partly.out().contains("corpus folder not found"), partly.out());
        CliRun alone = CliRun.run(ws, "index", "--corpus", tmp.resolve("nonexistent").toString());
        assertEquals(ExitCodes.USER_ERROR, alone.exit());
        try (Workspace w = Workspace.open(ws)) {
            assertEquals(List.of(corpus.toAbsolutePath().normalize().toString()), w.settings().corpusRoots());
        }
    }

    @Test
    void aTagNameWithASlashIsRefusedWithHowToMakeAChildTag() {
        CliRun r = CliRun.run(workspace, "tag", "add", "Security/Proxies");
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().contains("cannot contain '/'"), r.err());
        assertTrue(r.err().contains("rapporteur tag add \"Proxies\" --parent \"Security\""), r.err());
        assertTrue(CliRun.run(workspace, "tag", "list").out().contains("0 tags"), "nothing created");
        assertTrue(runBare("tag", "add", "--help").out().contains("cannot contain '/'"));

        assertEquals(ExitCodes.OK, CliRun.run(workspace, "tag", "add", "Security").exit());
        CliRun child = CliRun.run(workspace, "tag", "add", "Proxies", "--parent", "Security");
        assertEquals(ExitCodes.OK, child.exit(), child.err());
        assertTrue(CliRun.run(workspace, "tag", "list").out().contains("  Proxies"));
    }
}
