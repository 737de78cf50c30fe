package org.wsis.registration.service;

import org.wsis.registration.Attendance;
import org.wsis.registration.RegistrationStatus;

import java.util.function.LongSupplier;

/**
 * The in-person capacity rule on plain numbers, for {@link SeatAllocator}: REMOTE is always confirmed;
 * IN_PERSON is confirmed while fewer seats are taken than the capacity, and waitlisted otherwise; free
 * seats go to as many of the oldest waitlisted registrations.
 */
final class InPersonSeatRule {

    /** The most waitlisted registrations promoted at once (one page of locked rows). */
    static final int MAX_PROMOTED_AT_ONCE = 10_000;

    private InPersonSeatRule() {
    }

    static boolean hasFreeSeat(int capacity, long seatsTaken) {
        return seatsTaken < capacity;
    }

    /** CONFIRMED or WAITLISTED; the seats taken are counted only for an IN_PERSON registration. */
    static RegistrationStatus statusOnAccreditation(Attendance attendance, int capacity, LongSupplier seatsTaken) {
        return attendance == Attendance.REMOTE || hasFreeSeat(capacity, seatsTaken.getAsLong())
                ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
    }

    /** How many of the oldest waitlisted registrations take a seat now: every free one, none if none is free. */
    static int waitlistedToPromote(int capacity, long seatsTaken) {
        long free = capacity - seatsTaken;
        return free <= 0 ? 0 : (int) Math.min(free, MAX_PROMOTED_AT_ONCE);
    }
}
