package org.rapporteur.annotations;

import java.nio.file.Path;

/** {@link SuggestionStoreContract} on a fresh PostgreSQL database. */
class PostgresSuggestionStoreTest extends SuggestionStoreContract {
    @Override
    StoreBackend backend(Path dir) {
        return StoreBackend.postgres();
    }
}
