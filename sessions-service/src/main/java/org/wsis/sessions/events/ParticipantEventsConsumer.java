package org.wsis.sessions.events;

import jakarta.inject.Singleton;
import org.wsis.common.events.participants.ParticipantEventsHandler;
import org.wsis.sessions.service.ParticipantDirectory;

/** Keeps the participant directory in step with registration-service's {@code wsis.participants}. */
@Singleton
public class ParticipantEventsConsumer extends ParticipantEventsHandler {

    public ParticipantEventsConsumer(ParticipantDirectory directory) {
        super(directory);
    }

    /**
     * Kept as deployed although prizes-service names its group otherwise: the name is the Kafka group id
     * and the key of this consumer's processed events, so renaming it would re-apply the whole topic.
     */
    @Override
    public String consumerName() {
        return "sessions-service.participants";
    }
}
