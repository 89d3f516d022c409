package org.rapporteur.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes an {@link ExportBundle} in one format. Implementations are stateless and thread-safe; they write to the
 * stream and leave closing it to the caller.
 */
public interface Exporter {
    void write(ExportBundle bundle, ExportOptions options, OutputStream out) throws IOException;
}
