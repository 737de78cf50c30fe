package org.wsis.sessions.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.wsis.common.events.RegistrationErasure;
import org.wsis.sessions.Proposal;
import org.wsis.sessions.ProposalStatus;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProposalRepository implements PanacheRepositoryBase<Proposal, UUID> {

    public Optional<Proposal> inEdition(int edition, UUID id) {
        return findByIdOptional(id).filter(p -> p.edition == edition);
    }

    public Optional<Proposal> lockInEdition(int edition, UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).filter(p -> p.edition == edition);
    }

    /** All proposals of the edition, or only one proposer's when {@code proposer} is given. */
    public PanacheQuery<Proposal> search(int edition, String proposer, ProposalStatus status) {
        StringBuilder where = new StringBuilder("edition = :edition");
        var params = new java.util.HashMap<String, Object>();
        params.put("edition", edition);
        if (proposer != null) {
            where.append(" and proposerSubject = :proposer");
            params.put("proposer", proposer);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        return find(where.toString(), Sort.by("createdAt").and("id"), params);
    }

    /** Erasure of a registration: the proposals made under it stay, without the link to the person. */
    public int forgetProposer(RegistrationErasure erasure) {
        return update("proposerSubject = null where "
                + erasure.where("edition", "proposerSubject", "proposerParticipantId"), erasure.parameters());
    }
}
