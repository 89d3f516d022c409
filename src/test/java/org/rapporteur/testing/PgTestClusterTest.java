package org.rapporteur.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.rapporteur.annotations.PgEndpoint;

/** The throwaway server really is PostgreSQL, really checks passwords, and gives each test its own database. */
class PgTestClusterTest {
    private static Connection connect(PgEndpoint e, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", e.user());
        p.setProperty("password", password);
        p.setProperty("sslmode", "disable");
        return DriverManager.getConnection("jdbc:postgresql://" + e.host() + ":" + e.port() + "/" + e.database(), p);
    }

    @Test
    void eachDatabaseIsNewEmptyAndOwnedByItsRole() throws SQLException {
        PgEndpoint a = PgTestCluster.shared().newDatabase();
        PgEndpoint b = PgTestCluster.shared().newDatabase();
        assertTrue(!a.database().equals(b.database()));
        try (Connection c = connect(a, a.password()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x int)");
            try (ResultSet rs = s.executeQuery("SELECT current_user, version()")) {
                rs.next();
                assertEquals(a.user(), rs.getString(1));
                assertTrue(rs.getString(2).startsWith("PostgreSQL"), rs.getString(2));
            }
        }
        try (Connection c = connect(b, b.password()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        PgEndpoint a = PgTestCluster.shared().newDatabase();
        SQLException e = assertThrows(SQLException.class, () -> connect(a, "not-the-password"));
        assertEquals("28P01", e.getSQLState(), e.getMessage());
    }
}
