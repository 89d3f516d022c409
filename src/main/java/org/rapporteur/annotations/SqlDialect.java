package org.rapporteur.annotations;

/**
 * The SQL the two stores differ in. Queries are written in the SQL both accept ({@code coalesce},
 * {@code INSERT ... ON CONFLICT}, {@code RETURNING id}, {@code lower(x) = lower(?)}); only schema and a few
 * administrative statements go through the dialect.
 */
enum SqlDialect {
    SQLITE,
    POSTGRESQL
}
