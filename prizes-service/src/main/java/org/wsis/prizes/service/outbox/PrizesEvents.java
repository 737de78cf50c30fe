package org.wsis.prizes.service.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.common.events.Outbox;
import org.wsis.prizes.Contest;
import org.wsis.prizes.Nomination;
import org.wsis.prizes.Vote;

import java.util.List;

/**
 * Publishes the contest's state changes on {@code wsis.prizes}, through the outbox. Keys: the
 * edition for contest and prizes events; the nomination id for nomination events and votes, so a
 * nomination's votes follow its nomination on the same partition.
 */
@ApplicationScoped
public class PrizesEvents {

    public static final String TOPIC = "wsis.prizes";

    public static final String PHASE_CHANGED = "org.wsis.contest.phase-changed.v1";
    public static final String SUBMITTED = "org.wsis.nomination.submitted.v1";
    public static final String NOMINATED = "org.wsis.nomination.nominated.v1";
    public static final String REJECTED = "org.wsis.nomination.rejected.v1";
    public static final String VOTE_CAST = "org.wsis.vote.cast.v1";
    public static final String CHAMPIONS_ANNOUNCED = "org.wsis.prizes.champions-announced.v1";
    public static final String WINNERS_ANNOUNCED = "org.wsis.prizes.winners-announced.v1";

    private final Outbox outbox;

    public PrizesEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void phaseChanged(Contest contest) {
        publish(PHASE_CHANGED, String.valueOf(contest.edition), contest.edition,
                new PhaseChangedData(contest.edition, contest.phase, contest.championsPerCategory, contest.updatedAt));
    }

    public void submitted(Nomination n) {
        publish(SUBMITTED, n.id.toString(), n.edition, NominationEventData.of(n));
    }

    public void reviewed(Nomination n) {
        String type = switch (n.status) {
            case NOMINATED -> NOMINATED;
            case REJECTED -> REJECTED;
            case SUBMITTED -> throw new IllegalStateException("nomination " + n.id + " is not reviewed");
        };
        publish(type, n.id.toString(), n.edition, NominationEventData.of(n));
    }

    /** One vote.cast per vote, written with one statement (the votes of a batch). */
    public void votesCast(List<Vote> votes) {
        outbox.publishAll(votes.stream().map(v -> new Outbox.Draft(TOPIC, VOTE_CAST, v.nominationId.toString(),
                String.valueOf(v.edition), new VoteCastData(v.id, v.edition, v.nominationId, v.category.number(),
                v.category.name(), v.castAt))).toList());
    }

    public void championsAnnounced(ChampionsAnnouncedData data) {
        publish(CHAMPIONS_ANNOUNCED, String.valueOf(data.edition()), data.edition(), data);
    }

    public void winnersAnnounced(WinnersAnnouncedData data) {
        publish(WINNERS_ANNOUNCED, String.valueOf(data.edition()), data.edition(), data);
    }

    private void publish(String type, String key, int edition, Object data) {
        outbox.publish(TOPIC, type, key, String.valueOf(edition), data);
    }
}
