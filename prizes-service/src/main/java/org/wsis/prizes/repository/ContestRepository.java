package org.wsis.prizes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.wsis.prizes.Contest;

import java.util.Optional;

/**
 * Contests, and the phase lock that orders phase-bound operations against phase changes: a
 * transaction-scoped PostgreSQL advisory lock per edition, shared by votes, submissions and reviews,
 * exclusive for a phase change. Shared advisory locks live in the lock table only; taking the contest
 * row FOR SHARE instead wrote every voter's transaction into that one row (multixacts), the hottest
 * spot of a voting peak.
 */
@ApplicationScoped
public class ContestRepository implements PanacheRepositoryBase<Contest, Integer> {

    /** First key of the two-key advisory locks naming the phase lock; the edition is the second. */
    private static final int PHASE_LOCK = 0x57534950;

    /** The contest; its phase cannot change before the caller's transaction ends. */
    public Optional<Contest> findForShare(int edition) {
        advisoryLock("pg_advisory_xact_lock_shared", edition);
        return findByIdOptional(edition);
    }

    /** The contest, exclusively: waits for the phase-bound transactions in flight, and holds off new ones. */
    public Optional<Contest> findForUpdate(int edition) {
        advisoryLock("pg_advisory_xact_lock", edition);
        return findByIdOptional(edition, LockModeType.PESSIMISTIC_WRITE);
    }

    private void advisoryLock(String function, int edition) {
        // count(*) gives the void lock function a result type Hibernate can read
        getEntityManager().createNativeQuery("SELECT count(*) FROM (SELECT " + function + "(?1, ?2)) AS locked")
                .setParameter(1, PHASE_LOCK)
                .setParameter(2, edition)
                .getSingleResult();
    }
}
