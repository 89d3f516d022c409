package org.rapporteur.annotations;

import java.nio.file.Path;

/** {@link CorrectionsContract} on a SQLite file. */
class SqliteCorrectionsTest extends CorrectionsContract {
    @Override
    StoreBackend backend(Path dir) {
        return StoreBackend.sqlite(dir);
    }
}
