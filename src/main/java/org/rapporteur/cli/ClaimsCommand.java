package org.rapporteur.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rapporteur claims --json}: every claim (or those matching a query) as a JSON array, streamed. */
@Command(name = "claims", description = "List claims with their speaker, attribution, countries and themes.")
final class ClaimsCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    JsonOption json;

    @Option(names = "--query", paramLabel = "Q", description = "Only claims matching this query.")
    String query = "";

    @Option(names = "--report", paramLabel = "R", description = "Only the claims of this report: id, a unique prefix "
            + "of the id or of the file name, or the file name.")
    String report;


    @Override
    public Integer call() throws IOException {
        PrintWriter out = workspace.out();
        try (Workspace ws = workspace.open()) {
            if (json.wanted()) {
                try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
                    g.setPrettyPrinter(new DefaultPrettyPrinter());
                    g.writeStartArray();
                    eachClaim(ws, r -> {
                        try {
                            Json.MAPPER.writeValue(g, ClaimJson.of(r));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    g.writeEndArray();
                }
                out.println();
            } else {
                long n = eachClaim(ws, r -> {
                    var c = r.claim();
                    String who = c.attribution().speakerName() != null ? c.attribution().speakerName()
                            : c.attribution().attributedTo() != null ? c.attribution().attributedTo() : "—";
                    out.printf(Locale.ROOT, "%s  %s%s  %s: %s%n", c.id(), r.source(),
                            c.page() == null ? "" : " p." + c.page(), who, c.text());
                });
                out.printf(Locale.ROOT, "%d claims%n", n);
            }
            out.flush();
        }
        return 0;
    }

    /** The claims asked for: all, a query's, one report's, or the query's within one report. */
    private long eachClaim(Workspace ws, Consumer<ClaimRecord> sink) {
        if (report == null) {
            return ws.corpus().forEachClaim(query, sink);
        }
        String id = ws.findReport(report).id();
        if (query.isBlank()) {
            List<ClaimRecord> claims = ws.corpus().claimsOf(id);
            claims.forEach(sink);
            return claims.size();
        }
        long[] n = {0};
        ws.corpus().forEachClaim(query, r -> {
            if (r.claim().reportId().equals(id)) {
                n[0]++;
                sink.accept(r);
            }
        });
        return n[0];
    }
}
