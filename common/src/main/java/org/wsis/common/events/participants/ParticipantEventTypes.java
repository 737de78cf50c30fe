package org.wsis.common.events.participants;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code wsis.participants} topic and its event types, as registration-service publishes them. */
public final class ParticipantEventTypes {

    public static final String TOPIC = "wsis.participants";

    public static final String REGISTERED = "org.wsis.participant.registered.v1";
    public static final String CONFIRMED = "org.wsis.participant.confirmed.v1";
    public static final String WAITLISTED = "org.wsis.participant.waitlisted.v1";
    public static final String UPDATED = "org.wsis.participant.updated.v1";
    public static final String REJECTED = "org.wsis.participant.rejected.v1";
    public static final String CANCELLED = "org.wsis.participant.cancelled.v1";
    public static final String ERASED = "org.wsis.participant.erased.v1";

    /** The catalogue. A type outside it is skipped: what it means cannot be guessed from its name. */
    public static final Set<String> ALL = Set.of(REGISTERED, CONFIRMED, WAITLISTED, UPDATED, REJECTED, CANCELLED,
            ERASED);

    /** An update changes contact fields and says nothing of the status: it has none here. */
    private static final Map<String, ParticipantStatus> STATUS_BY_TYPE = Map.of(
            REGISTERED, ParticipantStatus.PENDING,
            CONFIRMED, ParticipantStatus.CONFIRMED,
            WAITLISTED, ParticipantStatus.WAITLISTED,
            REJECTED, ParticipantStatus.REJECTED,
            CANCELLED, ParticipantStatus.CANCELLED,
            ERASED, ParticipantStatus.ERASED);

    private ParticipantEventTypes() {
    }

    /** Whether the type is in the catalogue. */
    public static boolean isKnown(String type) {
        return type != null && ALL.contains(type); // Set.of rejects null
    }

    /** The status an event of this type reports when its data leaves {@code status} out. */
    public static Optional<ParticipantStatus> impliedStatus(String type) {
        return type == null ? Optional.empty() : Optional.ofNullable(STATUS_BY_TYPE.get(type)); // Map.of rejects null
    }
}
