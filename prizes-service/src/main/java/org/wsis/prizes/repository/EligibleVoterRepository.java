package org.wsis.prizes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.prizes.EligibleVoter;

import java.util.UUID;

@ApplicationScoped
public class EligibleVoterRepository implements PanacheRepositoryBase<EligibleVoter, UUID> {

    /** Whether the person holds a CONFIRMED registration for the edition. */
    public boolean isEligible(int edition, String subject) {
        return count("edition = ?1 AND subject = ?2 AND status = ?3", edition, subject, EligibleVoter.CONFIRMED) > 0;
    }
}
