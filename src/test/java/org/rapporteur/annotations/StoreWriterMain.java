package org.rapporteur.annotations;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A child process for the kill and concurrency tests: writes a stream of changes to a store and prints one line per
 * committed change, {@code <changeId> <type> <entityId> <label>}, only after the commit returned. Arguments: the
 * database file, a label unique to this writer, how many rounds to write (-1: until killed), and optionally
 * {@code corrections}. Each round is three changes: create a tag, code a selection with it (an anchor and a coding
 * row), note on the tag; with {@code corrections} a fourth renames a speaker label across the report (one correction
 * row applied at every indexing, as the review's "rename this label" writes it).
 */
public final class StoreWriterMain {
    static final String TEXT = """
            The delegates met for two days to review progress on the regional grid. Several speakers noted that \
            cross-border trade in electricity had doubled, while others warned that maintenance budgets were falling \
            behind. The closing session agreed to publish a shared outage register within six months.
            """;

    private StoreWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        String label = args[1];
        long rounds = Long.parseLong(args[2]);
        boolean corrections = args.length > 3 && args[3].equals("corrections");
        ClaimResolver resolver = new ClaimResolver() {
            public Optional<ClaimRef> resolve(String claimId) {
                return Optional.empty();
            }

            public Optional<String> reportText(String reportId) {
                return "grid-report".equals(reportId) ? Optional.of(TEXT) : Optional.empty();
            }
        };
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        try (AnnotationStore store = AnnotationStore.open(db, resolver, label)) {
            for (long i = 0; rounds < 0 || i < rounds; i++) {
                String name = label + "-" + i;
                ChangeEvent tag = store.execute(new Change.CreateTag(name));
                report(out, tag, name);
                int start = (int) (i % 150);
                ChangeEvent coding = store.execute(new Change.AddCoding(tag.entityId(),
                        Target.selection("grid-report", start, start + 40)));
                report(out, coding, name);
                ChangeEvent note = store.execute(new Change.AddNote(new Target.Tag(tag.entityId()), "note " + name));
                report(out, note, name);
                if (corrections) {
                    ChangeEvent relabel = store.execute(new Change.AddCorrection(
                            new CorrectionRequest.RelabelSpeaker("grid-report", "LABEL " + name, name)));
                    report(out, relabel, name);
                }
            }
        }
        out.flush();
    }

    private static void report(PrintStream out, ChangeEvent e, String label) {
        out.println(e.changeId() + " " + e.type() + " " + e.entityId() + " " + label);
        out.flush();
    }
}
