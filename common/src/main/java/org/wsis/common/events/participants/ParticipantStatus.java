package org.wsis.common.events.participants;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.EnumSet;
import java.util.Set;

/**
 * A registration's status as {@code wsis.participants} reports it. The names are registration-service's
 * and are stored as they are in the consumers' read models. A value this build does not know reads as
 * {@link #OTHER} instead of failing, so a new status on the producer's side never breaks a consumer.
 */
public enum ParticipantStatus {
    /** Awaiting accreditation. */
    PENDING,
    CONFIRMED,
    WAITLISTED,
    REJECTED,
    CANCELLED,
    /** Personal data wiped at the person's request: final, no later event changes it. */
    ERASED,
    /** A status newer than this build: live (it never ends a registration by mistake), not confirmed. */
    OTHER;

    /** The statuses after which a registration is over: the person may register again. */
    public static final Set<ParticipantStatus> ENDED = EnumSet.of(REJECTED, CANCELLED, ERASED);

    /** PENDING, CONFIRMED, WAITLISTED (and OTHER): the registration still holds. */
    public boolean isLive() {
        return !ENDED.contains(this);
    }

    /** The status of that name; null for none, {@link #OTHER} for a name this build does not know. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ParticipantStatus of(String name) {
        if (name == null) {
            return null;
        }
        try {
            return valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return OTHER;
        }
    }
}
