package org.rapporteur.annotations;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/**
 * The base of the store's contract tests (issue 17): each runs once on a SQLite file ({@code Sqlite…Test}) and once
 * on a fresh PostgreSQL database ({@code Postgres…Test}); the test opens its stores with {@link #openStore}.
 */
abstract class StoreContract {
    @TempDir
    Path dir;
    private StoreBackend place;

    /** Where this run's stores live. */
    abstract StoreBackend backend(Path dir);

    /** The test's one place (made on first use), shared by every store the test opens. */
    StoreBackend place() {
        if (place == null) {
            place = backend(dir);
        }
        return place;
    }

    AnnotationStore openStore(ClaimResolver resolver, String user) {
        return place().open(resolver, user);
    }
}
