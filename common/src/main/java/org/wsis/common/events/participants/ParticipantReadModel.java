package org.wsis.common.events.participants;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/**
 * A service's copy of the participants, kept from {@code wsis.participants}. The two calls are the
 * contract; what follows from them (who may vote, speak, sit) is the service's own rule.
 */
public interface ParticipantReadModel {

    /**
     * Applies what every event but erasure reports. An erased participant stays erased.
     *
     * @param reportedAt the event's time; null when it has none
     */
    void record(ParticipantEventData data, Instant reportedAt);

    /**
     * Deletes every personal field held for the registration. An unknown one leaves a tombstone
     * (status ERASED, no personal field), so that a late or replayed event cannot bring the person back.
     */
    void erase(UUID participantId, int edition);

    /**
     * Loads, in one query, the rows these participants already have, before a batch of their events is
     * recorded one by one (which then finds them in the persistence context).
     */
    default void preload(Collection<UUID> participantIds) {
    }
}
