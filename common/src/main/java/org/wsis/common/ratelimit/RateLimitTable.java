package org.wsis.common.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import org.wsis.common.SqlArrays;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * The counts in the service's database ({@code rate_limit_window}, common's migration V0_2): a batch of
 * calls is one statement, whatever the number of keys.
 */
@ApplicationScoped
public class RateLimitTable implements RateLimitCounts {

    /**
     * One upsert for the whole batch. A window that started at or before {@code now - window} has ended:
     * the row restarts at {@code now} with this batch's calls; otherwise they are added. The row lock each
     * row takes serialises the batches of every instance on that key, and RETURNING gives the count
     * after this batch's addition. The keys come sorted, so two instances lock rows in the same order.
     */
    private static final String ADD = """
            INSERT INTO rate_limit_window AS w (key_hash, window_start, hits)
            SELECT k, ?::timestamptz, h FROM unnest(?::bytea[], ?::int[]) AS u(k, h)
            ON CONFLICT (key_hash) DO UPDATE SET
                window_start = CASE WHEN w.window_start <= ?::timestamptz THEN excluded.window_start ELSE w.window_start END,
                hits = CASE WHEN w.window_start <= ?::timestamptz THEN excluded.hits ELSE w.hits + excluded.hits END
            RETURNING encode(key_hash, 'hex'), window_start, hits""";

    /** Rows another transaction holds (a batch counting on them) are left for the next clean-up: it never waits. */
    private static final String DELETE_OPENED_BEFORE = """
            DELETE FROM rate_limit_window WHERE key_hash IN (
                SELECT key_hash FROM rate_limit_window WHERE window_start < ?::timestamptz FOR UPDATE SKIP LOCKED)""";

    private final AgroalDataSource dataSource;

    public RateLimitTable(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Map<String, Window> add(Instant now, Duration window, SortedMap<String, Integer> hits) {
        String ended = now.minus(window).toString();
        // the connection joins the caller's (the batch's) transaction
        try (Connection connection = dataSource.getConnection();
             PreparedStatement add = connection.prepareStatement(ADD)) {
            add.setString(1, now.toString());
            add.setArray(2, SqlArrays.text(connection, hits.keySet().stream().map(key -> "\\x" + key)));
            add.setArray(3, connection.createArrayOf("int4", hits.values().toArray(Integer[]::new)));
            add.setString(4, ended);
            add.setString(5, ended);
            Map<String, Window> windows = new HashMap<>(hits.size() * 2);
            try (ResultSet rows = add.executeQuery()) {
                while (rows.next()) {
                    windows.put(rows.getString(1), new Window(
                            rows.getObject(2, OffsetDateTime.class).toInstant().toEpochMilli(), rows.getInt(3)));
                }
            }
            return windows;
        } catch (SQLException e) {
            throw new PersistenceException("Could not count rate-limited calls", e);
        }
    }

    @Override
    public void deleteOpenedBefore(Instant cutoff) {
        QuarkusTransaction.requiringNew().run(() -> update(DELETE_OPENED_BEFORE, cutoff.toString()));
    }

    @Override
    public void clear() {
        // TRUNCATE waits for the batches in progress and holds the next ones meanwhile: no lock cycle with them
        QuarkusTransaction.requiringNew().run(() -> update("TRUNCATE rate_limit_window", null));
    }

    private void update(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Could not clean up rate-limit counts", e);
        }
    }
}
