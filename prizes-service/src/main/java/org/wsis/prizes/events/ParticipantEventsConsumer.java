package org.wsis.prizes.events;

import jakarta.inject.Singleton;
import org.wsis.common.events.participants.ParticipantEventsHandler;
import org.wsis.prizes.service.VoterRoll;

/** Keeps the voter roll from registration-service's {@code wsis.participants}. */
@Singleton
public class ParticipantEventsConsumer extends ParticipantEventsHandler {

    public ParticipantEventsConsumer(VoterRoll roll) {
        super(roll);
    }

    /**
     * Kept as deployed although sessions-service names its group otherwise: the name is the Kafka group id
     * and the key of this consumer's processed events, so renaming it would re-apply the whole topic.
     */
    @Override
    public String consumerName() {
        return "prizes-service-participants";
    }
}
