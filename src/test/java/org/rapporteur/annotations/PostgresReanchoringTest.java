package org.rapporteur.annotations;

import java.nio.file.Path;

/** {@link ReanchoringContract} on a fresh PostgreSQL database. */
class PostgresReanchoringTest extends ReanchoringContract {
    @Override
    StoreBackend backend(Path dir) {
        return StoreBackend.postgres();
    }
}
