package org.rapporteur.annotations;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on the store's connection, run inside one transaction. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection c) throws SQLException;
}
