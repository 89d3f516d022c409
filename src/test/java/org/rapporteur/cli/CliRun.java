package org.rapporteur.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Runs one CLI command in-process against a workspace and captures exit code, stdout and stderr. */
record CliRun(int exit, String out, String err) {
    static CliRun run(Path workspace, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = RapporteurCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        if (workspace != null && args.length > 0) {
            int at = 1;
            if (args.length > 1 && (args[0].equals("tag") || args[0].equals("themes") || (args[0].equals("people")
                    || args[0].equals("suggest")) && !args[1].startsWith("-"))) {
                at = 2;
            }
            all.add(at, "--workspace=" + workspace);
        }
        int exit = cl.execute(all.toArray(String[]::new));
        return new CliRun(exit, out.toString(), err.toString());
    }

    JsonNode json() {
        try {
            return Json.MAPPER.readTree(out);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + out + "\nstderr: " + err, e);
        }
    }
}
