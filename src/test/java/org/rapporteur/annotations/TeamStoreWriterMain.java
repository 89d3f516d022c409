package org.rapporteur.annotations;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A child process for {@link TeamKillTest}: writes single changes and batches to a team's store on PostgreSQL and
 * prints one line per change only after it committed: {@code <changeId> <type> <entityId> <label>}. Each round is a
 * new tag (single change), a batch of {@value #BATCH} selection codings with that tag and a note on it (one
 * transaction, one undo step), then a single note on the tag. Arguments: host, port, database, role, analyst name,
 * label prefix; the password in {@code TEAM_PGPASSWORD}. Writes until killed.
 */
public final class TeamStoreWriterMain {
    static final int BATCH = 5;

    private TeamStoreWriterMain() {
    }

    public static void main(String[] args) {
        PgEndpoint endpoint = new PgEndpoint(args[0], Integer.parseInt(args[1]), args[2], args[3],
                System.getenv("TEAM_PGPASSWORD"), "disable");
        String analyst = args[4];
        String prefix = args[5];
        ClaimResolver resolver = new ClaimResolver() {
            public Optional<ClaimRef> resolve(String claimId) {
                return Optional.empty();
            }

            public Optional<String> reportText(String reportId) {
                return "grid-report".equals(reportId) ? Optional.of(StoreWriterMain.TEXT) : Optional.empty();
            }
        };
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        try (AnnotationStore store = AnnotationStore.openTeam(endpoint, resolver, analyst, ChangeOrigin.UNKNOWN)) {
            for (long round = 0; ; round++) {
                long i = round;
                String name = prefix + "-" + i;
                ChangeEvent tag = store.execute(new Change.CreateTag(name));
                report(out, tag, name);
                Optional<ChangeEvent> batch = store.executeAll("batch " + name, sink -> {
                    for (int k = 0; k < BATCH; k++) {
                        int start = (int) ((i * 7 + k * 31) % 150);
                        sink.apply(new Change.AddCoding(tag.entityId(), Target.selection("grid-report", start,
                                start + 40)));
                    }
                    sink.apply(new Change.AddNote(new Target.Tag(tag.entityId()), "batch note " + name));
                });
                report(out, batch.orElseThrow(), name);
                ChangeEvent note = store.execute(new Change.AddNote(new Target.Tag(tag.entityId()), "note " + name));
                report(out, note, name);
            }
        }
    }

    private static void report(PrintStream out, ChangeEvent e, String label) {
        out.println(e.changeId() + " " + e.type() + " " + e.entityId() + " " + label);
        out.flush();
    }
}
