package org.wsis.registration.service;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.wsis.registration.Attendance;
import org.wsis.registration.RegistrationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-person capacity rule on plain numbers: confirm or waitlist, and how many of the waitlist to promote. */
class InPersonSeatRuleTest {

    @Test
    void inPersonIsConfirmedWhileASeatIsFreeAndWaitlistedWhenAllAreTaken() {
        assertThat(InPersonSeatRule.statusOnAccreditation(Attendance.IN_PERSON, 3, () -> 2))
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(InPersonSeatRule.statusOnAccreditation(Attendance.IN_PERSON, 3, () -> 3))
                .isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(InPersonSeatRule.statusOnAccreditation(Attendance.IN_PERSON, 0, () -> 0))
                .isEqualTo(RegistrationStatus.WAITLISTED);
    }

    @Test
    void remoteIsConfirmedWithoutCountingTheSeats() {
        assertThat(InPersonSeatRule.statusOnAccreditation(Attendance.REMOTE, 0, () -> {
            throw new AssertionError("a REMOTE accreditation must not count in-person seats");
        })).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void waitlistedPromotedAreAsManyAsTheFreeSeats() {
        assertThat(InPersonSeatRule.waitlistedToPromote(10, 7)).isEqualTo(3);
        assertThat(InPersonSeatRule.waitlistedToPromote(10, 10)).isZero();
        assertThat(InPersonSeatRule.waitlistedToPromote(10, 12)).isZero();
    }

    @Test
    void waitlistedPromotedAtOnceAreCappedAtOnePage() {
        assertThat(InPersonSeatRule.waitlistedToPromote(Integer.MAX_VALUE, 0))
                .isEqualTo(InPersonSeatRule.MAX_PROMOTED_AT_ONCE);
    }

    @Property(tries = 500)
    void inPersonAccreditationNeverTakesASeatBeyondCapacity(@ForAll @IntRange(max = 50) int capacity,
                                                           @ForAll @IntRange(max = 60) int taken) {
        RegistrationStatus status = InPersonSeatRule.statusOnAccreditation(Attendance.IN_PERSON, capacity, () -> taken);
        long takenAfter = taken + (status == RegistrationStatus.CONFIRMED ? 1 : 0);
        assertThat(takenAfter).isLessThanOrEqualTo(Math.max(capacity, taken));
        assertThat(status == RegistrationStatus.CONFIRMED).isEqualTo(InPersonSeatRule.hasFreeSeat(capacity, taken));
    }

    @Property(tries = 500)
    void waitlistPromotionFillsCapacityExactlyAndNeverBeyond(@ForAll @IntRange(max = 50) int capacity,
                                                            @ForAll @IntRange(max = 60) int taken) {
        int promoted = InPersonSeatRule.waitlistedToPromote(capacity, taken);
        assertThat(promoted).isNotNegative();
        assertThat(taken + promoted).isEqualTo(Math.max(capacity, taken));
        assertThat(InPersonSeatRule.hasFreeSeat(capacity, taken + promoted)).isFalse();
    }
}
