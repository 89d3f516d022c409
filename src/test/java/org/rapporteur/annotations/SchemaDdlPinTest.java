package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Released migrations are never edited: the DDL every step runs on each database stays byte for byte what the
 * release ran. The resources were written by running the migrations of c14581f, when each database had its own list,
 * before the two were written once with the dialect's words; a step added later is appended to the resources.
 */
class SchemaDdlPinTest {

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void everyReleasedStepRunsTheDdlItRanWhenReleased(SqlDialect dialect) throws IOException {
        String name = "schema-" + dialect.name().toLowerCase(Locale.ROOT) + ".sql";
        String pinned;
        try (InputStream in = SchemaDdlPinTest.class.getResourceAsStream(name)) {
            pinned = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(pinned, ddl(dialect));
    }

    private static String ddl(SqlDialect dialect) {
        StringBuilder sb = new StringBuilder();
        for (SchemaMigrations.Migration m : SchemaMigrations.migrations(dialect)) {
            sb.append("-- migration ").append(m.version()).append(": ").append(m.description()).append('\n');
            for (String s : m.statements()) {
                sb.append(s).append(";\n");
            }
        }
        return sb.toString();
    }
}
