package org.rapporteur.annotations;

import java.nio.file.Path;

/** {@link ReanchoringContract} on a SQLite file. */
class SqliteReanchoringTest extends ReanchoringContract {
    @Override
    StoreBackend backend(Path dir) {
        return StoreBackend.sqlite(dir);
    }
}
