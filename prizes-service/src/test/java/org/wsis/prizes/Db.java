package org.wsis.prizes;

import org.wsis.infra.PostgresServer;
import org.wsis.infra.testing.PostgresResource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads this service's database directly, to check what was really stored. */
final class Db {

    private Db() {
    }

    static long count(String sql) {
        return Long.parseLong(string(sql));
    }

    /** The first column of the first row, or null. */
    static String string(String sql) {
        List<String> rows = column(sql);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Changes stored rows behind the service's back (to stage data as older versions left it). */
    static int update(String sql) {
        try (Connection c = DriverManager.getConnection(System.getProperty(PostgresResource.JDBC_URL_PROPERTY),
                PostgresServer.USER, PostgresServer.PASSWORD)) {
            return c.createStatement().executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static List<String> column(String sql) {
        try (Connection c = DriverManager.getConnection(System.getProperty(PostgresResource.JDBC_URL_PROPERTY),
                PostgresServer.USER, PostgresServer.PASSWORD);
             ResultSet rows = c.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
