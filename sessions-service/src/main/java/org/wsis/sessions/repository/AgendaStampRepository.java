package org.wsis.sessions.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.sessions.AgendaStamp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Reads an edition's {@link AgendaStamp}: the one database query an agenda read makes.
 *
 * <p>Why a query on every read: each instance caches rendered views in its own memory, and a
 * release or a speaker's erasure may be committed by another instance (or another instance's
 * consumer, as the participant events' partitions are shared out between instances). Asking the
 * database, the one place every instance shares, makes a change committed anywhere visible on
 * every instance from the next request on, with no invalidation messages, clocks or time-to-live.
 * The query is cheap: a backward scan of agenda_release's primary key (edition, version) stopped
 * after one row, joined to agenda_names_revision by its primary key; plain JDBC on a pooled
 * connection in auto-commit, without a JTA transaction or a Hibernate session, since nothing is
 * written. A cache hit then costs this round trip and copying the bytes.
 */
@ApplicationScoped
public class AgendaStampRepository {

    private static final String SQL = "SELECT r.version, coalesce(n.revision, 0) FROM agenda_release r "
            + "LEFT JOIN agenda_names_revision n ON n.edition = r.edition "
            + "WHERE r.edition = ? ORDER BY r.version DESC LIMIT 1";

    private final AgroalDataSource dataSource;

    public AgendaStampRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Empty before the edition's first release. */
    public Optional<AgendaStamp> current(int edition) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setInt(1, edition);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new AgendaStamp(row.getInt(1), row.getLong(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            // ProblemMappers reads the cause: an outage or an exhausted pool answers 503 with Retry-After
            throw new IllegalStateException("cannot read the agenda stamp of edition " + edition, e);
        }
    }
}
