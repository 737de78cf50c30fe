package org.wsis.prizes.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.wsis.common.reference.ActionLine;
import org.wsis.prizes.Nomination;

import java.util.List;
import java.util.UUID;

/**
 * The vote counter per nomination. Incremented in the vote's own statement
 * ({@link BallotRepository#insertFirstInCategoryAndCount}), so a tally always equals
 * the committed votes, and reading all tallies costs one row per nomination, not per vote.
 */
@ApplicationScoped
public class TallyRepository {

    /** One counted nomination, as ranked: most votes first, then the earliest submitted. */
    public record Row(ActionLine category, UUID nominationId, String title, String organisation, String country,
                      long votes) {
    }

    /**
     * What moves whenever the tallies change, read far more cheaply than they are: the edition's votes
     * counted and its nominated projects. Both only grow (a vote is never taken back, a review is
     * final), so an equal mark means equal tallies.
     */
    public record Mark(long votes, long nominated) {
    }

    private final EntityManager entityManager;

    public TallyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void create(Nomination nomination) {
        entityManager.createNativeQuery(
                        "INSERT INTO nomination_tally (nomination_id, edition, category, votes) VALUES (?1, ?2, ?3, 0)")
                .setParameter(1, nomination.id)
                .setParameter(2, nomination.edition)
                .setParameter(3, nomination.category.name())
                .executeUpdate();
    }

    public Mark mark(int edition) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        SELECT (SELECT coalesce(sum(votes), 0) FROM nomination_tally WHERE edition = ?1),
                               (SELECT count(*) FROM nomination WHERE edition = ?1 AND status = 'NOMINATED')""")
                .setParameter(1, edition)
                .getSingleResult();
        return new Mark(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** Every NOMINATED nomination of the edition with its votes, ranked within its category. */
    public List<Row> ranked(int edition) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT n.category, n.id, n.title, n.organisation, n.country, t.votes
                          FROM nomination_tally t JOIN nomination n ON n.id = t.nomination_id
                         WHERE t.edition = ?1 AND n.status = 'NOMINATED'
                         ORDER BY n.category, t.votes DESC, n.submitted_at, n.id""")
                .setParameter(1, edition)
                .getResultList();
        return rows.stream().map(row -> new Row(ActionLine.valueOf((String) row[0]), (UUID) row[1], (String) row[2],
                (String) row[3], (String) row[4], ((Number) row[5]).longValue())).toList();
    }
}
