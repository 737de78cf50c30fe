package org.wsis.common;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.stream.Stream;

/**
 * Batch statements take a column of values as one array parameter ({@code = ANY (?)}, {@code unnest}).
 * Every value travels as text and the statement casts the array to its type ({@code ?::uuid[]},
 * {@code ?::timestamptz[]}): one encoding for every type, and instants as ISO-8601 UTC, never in the
 * JVM's zone.
 */
public final class SqlArrays {

    private SqlArrays() {
    }

    public static Array text(Connection connection, Stream<?> values) throws SQLException {
        return connection.createArrayOf("text", values.map(v -> v == null ? null : v.toString()).toArray(String[]::new));
    }

    public static Array text(Connection connection, Collection<?> values) throws SQLException {
        return text(connection, values.stream());
    }
}
