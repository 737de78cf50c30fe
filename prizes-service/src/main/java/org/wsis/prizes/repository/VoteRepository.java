package org.wsis.prizes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.common.events.RegistrationErasure;
import org.wsis.prizes.Vote;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class VoteRepository implements PanacheRepositoryBase<Vote, UUID> {

    public Optional<Vote> findByReceipt(int edition, String receipt) {
        return find("edition = ?1 AND receipt = ?2", edition, receipt).firstResultOptional();
    }

    public List<Vote> ofVoter(int edition, String voter) {
        return list("edition = ?1 AND voter = ?2 ORDER BY category", edition, voter);
    }

    /** Erasure of a registration: its votes stay counted under their pseudonym, the readable voter goes. */
    public int forgetVoter(RegistrationErasure erasure) {
        return update("voter = NULL WHERE " + erasure.where("edition", "voter", "voterParticipantId"),
                erasure.parameters());
    }

    public Optional<byte[]> keySecret() {
        return getEntityManager().createNativeQuery("SELECT secret FROM voter_key_secret WHERE id = 1", byte[].class)
                .getResultStream().findFirst();
    }

    public void createKeySecret(byte[] secret) {
        getEntityManager().createNativeQuery(
                        "INSERT INTO voter_key_secret (id, secret) VALUES (1, ?1) ON CONFLICT (id) DO NOTHING")
                .setParameter(1, secret)
                .executeUpdate();
    }
}
