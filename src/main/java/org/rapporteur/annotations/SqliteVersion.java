package org.rapporteur.annotations;

/**
 * The version of the SQLite JDBC driver (xerial sqlite-jdbc) this program runs with, as the driver reports it; its
 * first three numbers are the SQLite it bundles. Read without opening a database, so it loads no native code.
 */
public final class SqliteVersion {
    private SqliteVersion() {
    }

    public static String current() {
        return org.sqlite.SQLiteJDBCLoader.getVersion();
    }
}
