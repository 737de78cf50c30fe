package org.wsis.prizes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wsis.common.reference.ActionLine;
import org.wsis.common.batch.GroupCommit;
import org.wsis.common.domain.Refusal;
import org.wsis.prizes.ContestPhase;
import org.wsis.prizes.Vote;
import org.wsis.prizes.service.outbox.PrizesEvents;
import org.wsis.prizes.repository.BallotRepository;
import org.wsis.prizes.repository.VoteRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Casting votes: one per voter per category, counted in the same transaction. Votes are cast in
 * batches ({@link BallotBox} gathers the requests that arrive while the previous batch commits), so a
 * voting peak costs a few statements and one commit per batch instead of per vote.
 */
@ApplicationScoped
public class VoteService {

    /** A vote asked for: who, in which edition, for which project. */
    public record Ballot(int edition, String voter, UUID nominationId) {
    }

    /** The voter's vote in the category, and whether this request cast it (false: cast before). */
    public record Cast(Vote vote, boolean created) {
    }

    private final PhaseGuard phases;
    private final BallotRepository ballots;
    private final VoteRepository votes;
    private final PrizesEvents events;
    private final VoterKeys voterKeys;
    private final Clock clock;

    public VoteService(PhaseGuard phases, BallotRepository ballots, VoteRepository votes, PrizesEvents events,
                       VoterKeys voterKeys, Clock clock) {
        this.phases = phases;
        this.ballots = ballots;
        this.votes = votes;
        this.events = events;
        this.voterKeys = voterKeys;
        this.clock = clock;
    }

    /**
     * Casts a batch of ballots in the caller's transaction; the outcomes follow the ballots' order. The
     * unique constraint (edition, voter key, category) settles every race, inside the batch and with
     * other instances: a ballot whose insert did nothing reads the vote that won. The same nomination
     * answers that vote's receipt; another nomination of the category is refused. Each edition's phase
     * lock is held until the commit, so no vote commits after VOTING has ended.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<GroupCommit.Outcome<Cast>> castAll(List<Ballot> batch) {
        @SuppressWarnings("unchecked")
        GroupCommit.Outcome<Cast>[] outcomes = new GroupCommit.Outcome[batch.size()];
        Map<Integer, List<Integer>> byEdition = new TreeMap<>(); // editions locked in one order
        for (int i = 0; i < batch.size(); i++) {
            byEdition.computeIfAbsent(batch.get(i).edition(), e -> new ArrayList<>()).add(i);
        }
        byEdition.forEach((edition, indexes) -> castInEdition(edition, batch, indexes, outcomes));
        return Arrays.asList(outcomes);
    }

    private void castInEdition(int edition, List<Ballot> batch, List<Integer> indexes,
                                GroupCommit.Outcome<Cast>[] outcomes) {
        Optional<Refusal> closed = phases.refusal(edition, ContestPhase.VOTING, "Votes can be cast");
        if (closed.isPresent()) {
            indexes.forEach(i -> outcomes[i] = GroupCommit.Outcome.refused(closed.get()));
            return;
        }
        Map<String, BallotRepository.Confirmed> confirmed = ballots.confirmedVoters(edition,
                indexes.stream().map(i -> batch.get(i).voter()).collect(Collectors.toSet()));
        Map<UUID, ActionLine> categories = ballots.nominatedCategories(edition,
                indexes.stream().map(i -> batch.get(i).nominationId()).collect(Collectors.toSet()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<Integer, Vote> proposed = new LinkedHashMap<>();
        Map<String, Vote> firstPerVoterAndCategory = new LinkedHashMap<>();
        for (int i : indexes) {
            Ballot ballot = batch.get(i);
            BallotRepository.Confirmed voter = confirmed.get(ballot.voter());
            ActionLine category = categories.get(ballot.nominationId());
            if (voter == null) {
                outcomes[i] = GroupCommit.Outcome.refused(Refusal.notPermitted(
                        "Only participants with a CONFIRMED registration for edition " + edition + " may vote."));
            } else if (category == null) {
                outcomes[i] = GroupCommit.Outcome.refused(Refusal.notFound("No nominated project "
                        + ballot.nominationId() + " in edition " + edition + "."));
            } else {
                Vote vote = newVote(ballot, category, voter, now);
                proposed.put(i, vote);
                firstPerVoterAndCategory.putIfAbsent(key(vote.voterKey, category), vote);
            }
        }
        if (proposed.isEmpty()) {
            return;
        }
        Set<UUID> inserted = ballots.insertFirstInCategoryAndCount(List.copyOf(firstPerVoterAndCategory.values()));
        List<Vote> cast = firstPerVoterAndCategory.values().stream().filter(v -> inserted.contains(v.id)).toList();
        events.votesCast(cast);
        Map<String, Vote> earlier = castBefore(edition, proposed.values().stream()
                .filter(v -> !inserted.contains(v.id)).toList());
        proposed.forEach((i, vote) -> outcomes[i] = inserted.contains(vote.id)
                ? GroupCommit.Outcome.of(new Cast(vote, true))
                : answerWithEarlier(vote, earlier.get(key(vote.voterKey, vote.category))));
    }

    private Vote newVote(Ballot ballot, ActionLine category, BallotRepository.Confirmed voter, Instant now) {
        Vote vote = new Vote();
        vote.id = UUID.randomUUID();
        vote.edition = ballot.edition();
        vote.voter = ballot.voter();
        vote.voterKey = voterKeys.of(ballot.edition(), ballot.voter());
        vote.category = category;
        vote.nominationId = ballot.nominationId();
        vote.receipt = Pseudonyms.receipt();
        vote.castAt = now;
        vote.voterConfirmedAt = voter.confirmedAt().orElse(null);
        vote.voterParticipantId = voter.participantId();
        return vote;
    }

    private Map<String, Vote> castBefore(int edition, List<Vote> notInserted) {
        if (notInserted.isEmpty()) {
            return Map.of();
        }
        return ballots.castBefore(edition, notInserted.stream().map(v -> v.voterKey).toList(),
                        notInserted.stream().map(v -> v.category).toList()).stream()
                .collect(Collectors.toMap(v -> key(v.voterKey, v.category), v -> v, (a, b) -> a));
    }

    private static GroupCommit.Outcome<Cast> answerWithEarlier(Vote attempted, Vote earlier) {
        if (earlier == null) {
            throw new IllegalStateException("vote conflict without a vote for " + attempted.category);
        }
        if (!earlier.nominationId.equals(attempted.nominationId)) {
            return GroupCommit.Outcome.refused(Refusal.conflict("already-voted-in-category", "You already voted in category "
                            + attempted.category.number() + " (" + attempted.category.name() + ") of edition "
                            + attempted.edition + ": one vote per category.")
                    .with("nominationId", earlier.nominationId)
                    .with("receipt", earlier.receipt));
        }
        return GroupCommit.Outcome.of(new Cast(earlier, false));
    }

    private static String key(String voterKey, ActionLine category) {
        return voterKey + "/" + category.name();
    }

    @Transactional
    public List<Vote> mine(int edition, String voter) {
        return votes.ofVoter(edition, voter);
    }

    @Transactional
    public Vote byReceipt(int edition, String receipt) {
        return votes.findByReceipt(edition, receipt).orElseThrow(() -> Refusal.notFound(
                "No vote with this receipt in edition " + edition + "."));
    }
}
