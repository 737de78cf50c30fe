package org.wsis.prizes.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.wsis.common.SqlArrays;
import org.wsis.common.reference.ActionLine;
import org.wsis.prizes.Vote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The statements of a batch of votes (group commit): each reads or writes the whole batch with
 * PostgreSQL arrays, so a batch costs the same few round trips whatever its size. Plain JDBC on the
 * transaction's own connection: these statements are the voting peak's hot path.
 */
@ApplicationScoped
public class BallotRepository {

    /** The voter's CONFIRMED registration: its id, and when it was confirmed (empty when unknown). */
    public record Confirmed(UUID participantId, Optional<Instant> confirmedAt) {
    }

    private final EntityManager entityManager;

    public BallotRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Which of these subjects have a CONFIRMED registration for the edition (the latest confirmed counts). */
    public Map<String, Confirmed> confirmedVoters(int edition, Collection<String> subjects) {
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT DISTINCT ON (subject) subject, participant_id, confirmed_at FROM eligible_voter
                     WHERE edition = ? AND subject = ANY (?::varchar[]) AND status = 'CONFIRMED'
                     ORDER BY subject, confirmed_at DESC NULLS LAST""")) {
                select.setInt(1, edition);
                select.setArray(2, SqlArrays.text(connection, subjects));
                Map<String, Confirmed> found = new HashMap<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getString(1), new Confirmed(rows.getObject(2, UUID.class),
                                Optional.ofNullable(instant(rows, 3))));
                    }
                }
                return found;
            }
        });
    }

    /** The category of each of these ids that is a NOMINATED project of the edition. */
    public Map<UUID, ActionLine> nominatedCategories(int edition, Collection<UUID> ids) {
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, category FROM nomination WHERE edition = ? AND id = ANY (?::uuid[]) AND status = 'NOMINATED'")) {
                select.setInt(1, edition);
                select.setArray(2, SqlArrays.text(connection, ids));
                Map<UUID, ActionLine> found = new HashMap<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getObject(1, UUID.class), ActionLine.valueOf(rows.getString(2)));
                    }
                }
                return found;
            }
        });
    }

    /**
     * Inserts the votes whose voter has not voted in their category yet and counts each inserted one
     * in its nomination's tally, in one statement; the unique constraint decides every race. Answers
     * the ids inserted. The votes must not repeat a (voter key, category) pair.
     */
    public Set<UUID> insertFirstInCategoryAndCount(List<Vote> votes) {
        return work(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    WITH cast_vote AS (
                        INSERT INTO vote (id, edition, voter, voter_key, category, nomination_id, receipt, cast_at,
                                          voter_confirmed_at, voter_participant_id)
                        SELECT * FROM unnest(?::uuid[], ?::int[], ?::varchar[], ?::varchar[], ?::varchar[], ?::uuid[],
                                             ?::varchar[], ?::timestamptz[], ?::timestamptz[], ?::uuid[])
                        ON CONFLICT ON CONSTRAINT vote_one_per_voter_and_category DO NOTHING
                        RETURNING id, nomination_id),
                    counted AS (
                        UPDATE nomination_tally t SET votes = t.votes + c.votes
                          FROM (SELECT nomination_id, count(*) AS votes FROM cast_vote GROUP BY nomination_id) c
                         WHERE t.nomination_id = c.nomination_id)
                    SELECT id FROM cast_vote""")) {
                insert.setArray(1, SqlArrays.text(connection, votes.stream().map(v -> v.id)));
                insert.setArray(2, connection.createArrayOf("int4", votes.stream().map(v -> v.edition).toArray(Integer[]::new)));
                insert.setArray(3, SqlArrays.text(connection, votes.stream().map(v -> v.voter)));
                insert.setArray(4, SqlArrays.text(connection, votes.stream().map(v -> v.voterKey)));
                insert.setArray(5, SqlArrays.text(connection, votes.stream().map(v -> v.category.name())));
                insert.setArray(6, SqlArrays.text(connection, votes.stream().map(v -> v.nominationId)));
                insert.setArray(7, SqlArrays.text(connection, votes.stream().map(v -> v.receipt)));
                insert.setArray(8, SqlArrays.text(connection, votes.stream().map(v -> v.castAt)));
                insert.setArray(9, SqlArrays.text(connection, votes.stream().map(v -> v.voterConfirmedAt)));
                insert.setArray(10, SqlArrays.text(connection, votes.stream().map(v -> v.voterParticipantId)));
                Set<UUID> inserted = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        inserted.add(rows.getObject(1, UUID.class));
                    }
                }
                return inserted;
            }
        });
    }

    /** The votes already cast under these (voter key, category) pairs of the edition. */
    public List<Vote> castBefore(int edition, List<String> voterKeys, List<ActionLine> categories) {
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT v.id, v.voter, v.voter_key, v.category, v.nomination_id, v.receipt, v.cast_at,
                           v.voter_confirmed_at, v.voter_participant_id
                      FROM vote v JOIN unnest(?::varchar[], ?::varchar[]) AS k(voter_key, category)
                        ON v.voter_key = k.voter_key AND v.category = k.category
                     WHERE v.edition = ?""")) {
                select.setArray(1, SqlArrays.text(connection, voterKeys));
                select.setArray(2, SqlArrays.text(connection, categories.stream().map(ActionLine::name)));
                select.setInt(3, edition);
                List<Vote> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Vote vote = new Vote();
                        vote.id = rows.getObject(1, UUID.class);
                        vote.edition = edition;
                        vote.voter = rows.getString(2);
                        vote.voterKey = rows.getString(3);
                        vote.category = ActionLine.valueOf(rows.getString(4));
                        vote.nominationId = rows.getObject(5, UUID.class);
                        vote.receipt = rows.getString(6);
                        vote.castAt = instant(rows, 7);
                        vote.voterConfirmedAt = instant(rows, 8);
                        vote.voterParticipantId = rows.getObject(9, UUID.class);
                        found.add(vote);
                    }
                }
                return found;
            }
        });
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T work(Work<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work::on);
    }
}
