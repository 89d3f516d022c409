package org.rapporteur.annotations;

import java.nio.file.Path;

/** {@link LabelCorrectionContract} on a SQLite file. */
class SqliteLabelCorrectionTest extends LabelCorrectionContract {
    @Override
    StoreBackend backend(Path dir) {
        return StoreBackend.sqlite(dir);
    }
}
