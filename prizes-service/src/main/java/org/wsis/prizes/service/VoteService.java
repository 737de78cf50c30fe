package org.wsis.prizes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wsis.common.rest.ProblemException;
import org.wsis.prizes.ContestPhase;
import org.wsis.prizes.EligibleVoter;
import org.wsis.prizes.Nomination;
import org.wsis.prizes.NominationStatus;
import org.wsis.prizes.Vote;
import org.wsis.prizes.events.PrizesEvents;
import org.wsis.prizes.repository.EligibleVoterRepository;
import org.wsis.prizes.repository.NominationRepository;
import org.wsis.prizes.repository.VoteRepository;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Casting votes: one per voter per category, counted in the same transaction. */
@ApplicationScoped
public class VoteService {

    /** The voter's vote in the category, and whether this request cast it (false: cast before). */
    public record Cast(Vote vote, Nomination nomination, boolean created) {
    }

    private final PhaseGuard phases;
    private final EligibleVoterRepository voters;
    private final NominationRepository nominations;
    private final VoteRepository votes;
    private final PrizesEvents events;
    private final VoterKeys voterKeys;
    private final Clock clock;

    public VoteService(PhaseGuard phases, EligibleVoterRepository voters, NominationRepository nominations,
                       VoteRepository votes, PrizesEvents events, VoterKeys voterKeys,
                       Clock clock) {
        this.voterKeys = voterKeys;
        this.phases = phases;
        this.voters = voters;
        this.nominations = nominations;
        this.votes = votes;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The unique constraint (edition, voter, category) settles parallel requests: the insert of all
     * but one does nothing, and each then reads the vote that won. The same nomination answers that
     * vote's receipt; another nomination of the category is refused.
     */
    @Transactional
    public Cast cast(int edition, String voter, UUID nominationId) {
        phases.require(edition, ContestPhase.VOTING, "Votes can be cast");
        EligibleVoter eligible = voters.findConfirmed(edition, voter).orElseThrow(() -> ProblemException.forbidden(
                "Only participants with a CONFIRMED registration for edition " + edition + " may vote."));
        Nomination nomination = nominations.findInEdition(edition, nominationId)
                .filter(n -> n.status == NominationStatus.NOMINATED)
                .orElseThrow(() -> ProblemException.notFound("No nominated project " + nominationId
                        + " in edition " + edition + "."));
        Vote vote = new Vote();
        vote.id = UUID.randomUUID();
        vote.edition = edition;
        vote.voter = voter;
        vote.voterKey = voterKeys.of(edition, voter);
        vote.category = nomination.category;
        vote.nominationId = nominationId;
        vote.receipt = Pseudonyms.receipt();
        vote.castAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        vote.voterConfirmedAt = eligible.confirmedAt;
        if (votes.insertIfFirstInCategoryAndCount(vote)) {
            events.voteCast(vote);
            return new Cast(vote, nomination, true);
        }
        Vote earlier = votes.findByVoterKey(edition, vote.voterKey, nomination.category).orElseThrow(() ->
                new IllegalStateException("vote conflict without a vote for " + nomination.category));
        if (!earlier.nominationId.equals(nominationId)) {
            throw ProblemException.conflict("already-voted-in-category", "You already voted in category "
                            + nomination.category.number() + " (" + nomination.category.name()
                            + ") of edition " + edition + ": one vote per category.")
                    .with("nominationId", earlier.nominationId)
                    .with("receipt", earlier.receipt);
        }
        return new Cast(earlier, nomination, false);
    }

    @Transactional
    public List<Vote> mine(int edition, String voter) {
        return votes.ofVoter(edition, voter);
    }

    @Transactional
    public Vote byReceipt(int edition, String receipt) {
        return votes.findByReceipt(edition, receipt).orElseThrow(() -> ProblemException.notFound(
                "No vote with this receipt in edition " + edition + "."));
    }
}
