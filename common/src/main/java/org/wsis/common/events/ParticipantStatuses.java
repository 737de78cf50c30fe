package org.wsis.common.events;

import java.util.List;

/**
 * The registration statuses of {@code wsis.participants} that its consumers reason about. A consumer
 * keeps statuses as received; any status not listed here as ended counts as live, so a new value on
 * registration-service's side never ends a registration by mistake.
 */
public final class ParticipantStatuses {

    /** The statuses after which a registration is over: the person may register again. */
    public static final List<String> ENDED = List.of("REJECTED", "CANCELLED", "ERASED");

    private ParticipantStatuses() {
    }

    /** PENDING, CONFIRMED, WAITLISTED (and anything new): the registration still holds. */
    public static boolean isLive(String status) {
        return !ENDED.contains(status);
    }
}
