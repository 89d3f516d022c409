package org.rapporteur.annotations;

/**
 * Where the annotation store keeps its tables: one SQLite file of a single-user workspace ({@link SqliteDatabase}),
 * or a team's PostgreSQL database ({@code PostgresDatabase}). {@link AnnotationStore} is written once against this,
 * so both stores behave the same and one contract test suite runs on both (issue 17).
 *
 * <p>Contract, for every implementation:
 * <ul>
 *   <li>{@link #write} runs its work in one transaction that holds the store's single write lock from its first
 *       statement (SQLite: {@code BEGIN IMMEDIATE}; PostgreSQL: a transaction-scoped advisory lock), so the undo
 *       journal sees one line of changes; it commits entirely or not at all, also when the process is killed.</li>
 *   <li>{@link #read} runs its work in one transaction that sees one consistent snapshot.</li>
 *   <li>A failure becomes an {@link AnnotationException} with a sentence an analyst can act on.</li>
 *   <li>Thread-safe.</li>
 * </ul>
 */
interface StoreDatabase extends AutoCloseable {
    <T> T write(SqlWork<T> work);

    <T> T read(SqlWork<T> work);

    SqlDialect dialect();

    /** Where the store is, for messages and logs: a file path, or {@code postgresql://user@host:port/db}. */
    String location();

    /** {@code "ok"} when the store is sound, else the problems found. */
    String integrityCheck();

    @Override
    void close();
}
