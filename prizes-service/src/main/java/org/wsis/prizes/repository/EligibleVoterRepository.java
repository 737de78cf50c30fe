package org.wsis.prizes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.prizes.EligibleVoter;

import java.util.UUID;

/** The voter roll: this service's copy of registrations (see VoterRoll); batches read it through BallotRepository. */
@ApplicationScoped
public class EligibleVoterRepository implements PanacheRepositoryBase<EligibleVoter, UUID> {
}
