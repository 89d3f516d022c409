package org.rapporteur.annotations;

import java.nio.file.Path;

/** {@link CorrectionsContract} on a fresh PostgreSQL database. */
class PostgresCorrectionsTest extends CorrectionsContract {
    @Override
    StoreBackend backend(Path dir) {
        return StoreBackend.postgres();
    }
}
