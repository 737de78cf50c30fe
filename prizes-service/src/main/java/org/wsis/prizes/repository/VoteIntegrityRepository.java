package org.wsis.prizes.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.wsis.common.reference.ActionLine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The raw figures of the vote integrity signals, aggregated by PostgreSQL from the window's votes
 * only (index vote_by_time): the rest of the edition's votes are never read.
 */
@ApplicationScoped
public class VoteIntegrityRepository {

    /** One NOMINATED project's votes: all of them, and within the window. */
    public record Row(UUID nominationId, ActionLine category, String title, long totalVotes, long windowVotes,
                      long peakMinuteVotes, long newAccountVotes) {
    }

    private final EntityManager entityManager;

    public VoteIntegrityRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Per NOMINATED project of the edition, most window votes first: the votes cast in
     * {@code (from, to]}, the most of them within any 60 seconds (a sliding span, so a burst across a
     * minute boundary counts whole), and those whose voter was confirmed less than
     * {@code newAccountAge} before casting (an unknown confirmation time is not new).
     */
    public List<Row> signals(int edition, Instant from, Instant to, Duration newAccountAge) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        WITH recent AS (
                            SELECT nomination_id, cast_at, voter_confirmed_at,
                                   count(*) OVER (PARTITION BY nomination_id ORDER BY cast_at
                                       RANGE BETWEEN CURRENT ROW AND INTERVAL '59.999999 seconds' FOLLOWING) AS minute
                              FROM vote
                             WHERE edition = ?1 AND cast_at > ?2 AND cast_at <= ?3
                        ), windowed AS (
                            SELECT nomination_id, count(*) AS votes, max(minute) AS peak,
                                   count(*) FILTER (WHERE voter_confirmed_at > cast_at - make_interval(secs => ?4))
                                       AS new_accounts
                              FROM recent
                             GROUP BY nomination_id
                        )
                        SELECT n.id, n.category, n.title, t.votes,
                               coalesce(w.votes, 0), coalesce(w.peak, 0), coalesce(w.new_accounts, 0)
                          FROM nomination n
                          JOIN nomination_tally t ON t.nomination_id = n.id
                          LEFT JOIN windowed w ON w.nomination_id = n.id
                         WHERE n.edition = ?1 AND n.status = 'NOMINATED'
                         ORDER BY coalesce(w.votes, 0) DESC, n.submitted_at, n.id""")
                .setParameter(1, edition)
                .setParameter(2, from)
                .setParameter(3, to)
                .setParameter(4, (double) newAccountAge.toMillis() / 1000)
                .getResultList();
        return rows.stream().map(row -> new Row((UUID) row[0], ActionLine.valueOf((String) row[1]), (String) row[2],
                number(row[3]), number(row[4]), number(row[5]), number(row[6]))).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
