package org.wsis.prizes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.wsis.prizes.Contest;

import java.util.Optional;

@ApplicationScoped
public class ContestRepository implements PanacheRepositoryBase<Contest, Integer> {

    /**
     * FOR SHARE: operations of a phase (votes, submissions, reviews) run in parallel with each other
     * but never overlap a phase change, which takes the row FOR UPDATE.
     */
    public Optional<Contest> findForShare(int edition) {
        return findByIdOptional(edition, LockModeType.PESSIMISTIC_READ);
    }

    public Optional<Contest> findForUpdate(int edition) {
        return findByIdOptional(edition, LockModeType.PESSIMISTIC_WRITE);
    }
}
