package org.wsis.infra.testing;

import org.wsis.infra.PostgresServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Row counts of a service's tables (those it writes on requests, outbox_event included): equal
 * counts before and after a refused request show it changed nothing and emitted no event.
 */
public final class TableCounts implements AutoCloseable {

    private final Connection connection;
    private final List<String> tables = new ArrayList<>();

    /** @param excluded tables that change without a request (e.g. read models fed by Kafka) */
    public TableCounts(Set<String> excluded) {
        try {
            connection = DriverManager.getConnection(System.getProperty(PostgresResource.JDBC_URL_PROPERTY),
                    PostgresServer.USER, PostgresServer.PASSWORD);
            try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                            + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    // rate_limit_window counts calls, refused ones too (the rate limiter's bookkeeping, not state)
                    if (!excluded.contains(table) && !table.startsWith("flyway") && !table.equals("rate_limit_window")) {
                        tables.add(table);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the service's tables", e);
        }
    }

    public List<String> tables() {
        return List.copyOf(tables);
    }

    public Map<String, Long> snapshot() {
        StringBuilder sql = new StringBuilder();
        for (String table : tables) {
            if (!sql.isEmpty()) {
                sql.append(" UNION ALL ");
            }
            sql.append("SELECT '").append(table).append("', count(*) FROM \"").append(table).append('"');
        }
        Map<String, Long> counts = new TreeMap<>();
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(sql.toString())) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql.toString(), e);
        }
        return counts;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing to do
        }
    }
}
