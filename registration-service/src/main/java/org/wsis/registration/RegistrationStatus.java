package org.wsis.registration;

import java.util.EnumSet;
import java.util.Set;

public enum RegistrationStatus {
    /** Awaiting accreditation by an organiser. */
    PENDING,
    CONFIRMED,
    /** Accredited for in-person attendance while every seat was taken; promoted in FIFO order. */
    WAITLISTED,
    REJECTED,
    CANCELLED,
    /** Personal data wiped at the person's request (GDPR). */
    ERASED;

    /** Statuses that count as a person's one registration for an edition. */
    public static final Set<RegistrationStatus> LIVE = EnumSet.of(PENDING, CONFIRMED, WAITLISTED);

    public boolean isLive() {
        return LIVE.contains(this);
    }
}
