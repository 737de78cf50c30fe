package org.wsis.prizes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.query.NativeQuery;
import org.wsis.common.reference.ActionLine;
import org.wsis.prizes.Vote;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class VoteRepository implements PanacheRepositoryBase<Vote, UUID> {

    /**
     * Inserts the vote unless the voter already voted in its category, and counts an inserted vote in
     * its nomination's tally, in one statement (one round trip less on the voting peak's hot path).
     * The unique constraint decides, so parallel requests of one voter cannot both count. Answers
     * whether it was inserted.
     */
    public boolean insertIfFirstInCategoryAndCount(Vote vote) {
        NativeQuery<?> insert = getEntityManager().createNativeQuery("""
                        WITH cast_vote AS (
                            INSERT INTO vote (id, edition, voter, voter_key, category, nomination_id, receipt, cast_at,
                                              voter_confirmed_at)
                            VALUES (?1, ?2, ?3, ?8, ?4, ?5, ?6, ?7, ?9)
                            ON CONFLICT ON CONSTRAINT vote_one_per_voter_and_category DO NOTHING
                            RETURNING nomination_id)
                        UPDATE nomination_tally SET votes = votes + 1
                         WHERE nomination_id IN (SELECT nomination_id FROM cast_vote)""")
                .unwrap(NativeQuery.class);
        return insert.setParameter(1, vote.id)
                .setParameter(2, vote.edition)
                .setParameter(3, vote.voter)
                .setParameter(4, vote.category.name())
                .setParameter(5, vote.nominationId)
                .setParameter(6, vote.receipt)
                .setParameter(7, vote.castAt)
                .setParameter(8, vote.voterKey)
                .setParameter(9, vote.voterConfirmedAt, Instant.class) // typed: it may be null
                .executeUpdate() == 1;
    }

    public Optional<Vote> findByVoterKey(int edition, String voterKey, ActionLine category) {
        return find("edition = ?1 AND voterKey = ?2 AND category = ?3", edition, voterKey, category)
                .firstResultOptional();
    }

    public Optional<Vote> findByReceipt(int edition, String receipt) {
        return find("edition = ?1 AND receipt = ?2", edition, receipt).firstResultOptional();
    }

    public List<Vote> ofVoter(int edition, String voter) {
        return list("edition = ?1 AND voter = ?2 ORDER BY category", edition, voter);
    }

    /** Erasure: the votes stay counted under their pseudonym, the readable voter goes. */
    public int forgetVoter(int edition, String voter) {
        return update("voter = NULL WHERE edition = ?1 AND voter = ?2", edition, voter);
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
