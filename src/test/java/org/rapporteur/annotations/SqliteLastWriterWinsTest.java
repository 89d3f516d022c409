package org.rapporteur.annotations;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The last-writer-wins contract on one workspace file shared by two analysts' stores. */
class SqliteLastWriterWinsTest extends LastWriterWinsContract {
    @TempDir
    Path dir;

    @Override
    AnnotationStore open(String user) {
        return AnnotationStore.open(dir.resolve(AnnotationStore.FILE_NAME), reports, user);
    }
}
