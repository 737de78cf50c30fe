package org.wsis.prizes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.prizes.EligibleVoter;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EligibleVoterRepository implements PanacheRepositoryBase<EligibleVoter, UUID> {

    /**
     * The person's CONFIRMED registration for the edition, if any: only these may vote. Should two be
     * CONFIRMED (a late cancellation of an earlier one), the latest confirmed counts.
     */
    public Optional<EligibleVoter> findConfirmed(int edition, String subject) {
        return find("edition = ?1 AND subject = ?2 AND status = ?3 ORDER BY confirmedAt DESC NULLS LAST",
                edition, subject, EligibleVoter.CONFIRMED).firstResultOptional();
    }
}
