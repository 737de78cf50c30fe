package org.wsis.prizes.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.wsis.common.events.RegistrationErasure;
import org.wsis.prizes.Nomination;
import org.wsis.prizes.NominationStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class NominationRepository implements PanacheRepositoryBase<Nomination, UUID> {

    public Optional<Nomination> findInEdition(int edition, UUID id) {
        return find("id = ?1 AND edition = ?2", id, edition).firstResultOptional();
    }

    public Optional<Nomination> lockInEdition(int edition, UUID id) {
        return find("id = ?1 AND edition = ?2", id, edition).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public PanacheQuery<Nomination> search(int edition, NominationFilter filter) {
        List<String> conditions = new ArrayList<>(List.of("edition = :edition"));
        Parameters parameters = Parameters.with("edition", edition);
        if (filter.category() != null) {
            conditions.add("category = :category");
            parameters.and("category", filter.category());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (!filter.everything()) {
            List<String> visible = new ArrayList<>();
            if (filter.nominatedArePublic()) {
                visible.add("status = :nominated");
                parameters.and("nominated", NominationStatus.NOMINATED);
            }
            if (filter.proposer() != null) {
                visible.add("proposer = :proposer");
                parameters.and("proposer", filter.proposer());
            }
            conditions.add(visible.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", visible) + ")");
        }
        return find(String.join(" AND ", conditions), Sort.by("submittedAt").and("id"), parameters);
    }

    /** Erasure of a registration: the proposer's identity goes from what it submitted, the projects stay. */
    public int forgetProposer(RegistrationErasure erasure) {
        return update("proposer = null WHERE " + erasure.where("edition", "proposer", "proposerParticipantId"),
                erasure.parameters());
    }
}
