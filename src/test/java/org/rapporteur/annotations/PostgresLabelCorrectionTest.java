package org.rapporteur.annotations;

import java.nio.file.Path;

/** {@link LabelCorrectionContract} on a fresh PostgreSQL database. */
class PostgresLabelCorrectionTest extends LabelCorrectionContract {
    @Override
    StoreBackend backend(Path dir) {
        return StoreBackend.postgres();
    }
}
