package org.rapporteur.annotations;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rapporteur.testing.ChildJvm;

/** Starts {@link StoreWriterMain} in a child JVM; each line it reports is a committed change. */
final class ChildWriters {
    private ChildWriters() {
    }

    static ChildJvm start(Path db, String label, long rounds, Path stderr) throws IOException {
        return start(db, label, rounds, stderr, false);
    }

    /** As above; with {@code corrections} each round also writes a report-wide speaker label correction. */
    static ChildJvm start(Path db, String label, long rounds, Path stderr, boolean corrections) throws IOException {
        List<String> args = new ArrayList<>(List.of(db.toString(), label, Long.toString(rounds)));
        if (corrections) {
            args.add("corrections");
        }
        return ChildJvm.start(List.of(), Map.of(), stderr, StoreWriterMain.class.getName(), args);
    }
}
