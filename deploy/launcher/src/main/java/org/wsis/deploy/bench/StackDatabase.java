package org.wsis.deploy.bench;

import org.wsis.infra.PostgresServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** What the services stored, read straight from their databases in the stack's PostgreSQL. */
final class StackDatabase {

    private final int port;

    StackDatabase(int port) {
        this.port = port;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database,
                PostgresServer.USER, PostgresServer.PASSWORD);
    }

    long count(String database, String sql) throws SQLException {
        try (Connection c = connect(database); var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Until prizes-service and sessions-service know {@code expected} confirmed participants of the edition. */
    void awaitKnownEverywhere(int edition, long expected, Duration limit) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline
                && (count("prizes", "SELECT count(*) FROM eligible_voter WHERE edition = " + edition) < expected
                || count("sessions", "SELECT count(*) FROM participant WHERE edition = " + edition
                + " AND status = 'CONFIRMED'") < expected)) {
            TimeUnit.MILLISECONDS.sleep(200); // pacing of a progress poll, bounded by the deadline
        }
    }

    /** Until prizes-service's outbox has sent every event. */
    void awaitOutboxSent(Duration limit) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline
                && count("prizes", "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL") > 0) {
            TimeUnit.MILLISECONDS.sleep(200); // pacing of a progress poll, bounded by the deadline
        }
    }

    /** "voter|category" of each vote of the edition cast at or after {@code from}. */
    Set<String> votesSince(int edition, Instant from) throws SQLException {
        Set<String> votes = new HashSet<>();
        try (Connection c = connect("prizes"); PreparedStatement st = c.prepareStatement(
                "SELECT voter, category FROM vote WHERE edition = ? AND cast_at >= ?")) {
            st.setInt(1, edition);
            st.setTimestamp(2, Timestamp.from(from));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    votes.add(rs.getString(1) + "|" + rs.getString(2));
                }
            }
        }
        return votes;
    }

    /** Milliseconds from each event's time to the consumer's processed_event row for it. */
    long[] hop(String database, String consumer, Map<String, Instant> sentById, Instant from) throws SQLException {
        List<Long> millis = new ArrayList<>();
        try (Connection c = connect(database); PreparedStatement st = c.prepareStatement(
                "SELECT event_id::text, processed_at FROM processed_event WHERE consumer = ? AND processed_at >= ?")) {
            st.setString(1, consumer);
            st.setTimestamp(2, Timestamp.from(from));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Instant sent = sentById.get(rs.getString(1));
                    if (sent != null) {
                        millis.add(Duration.between(sent, rs.getTimestamp(2).toInstant()).toMillis());
                    }
                }
            }
        }
        return millis.stream().mapToLong(Long::longValue).toArray();
    }
}
