package org.wsis.registration;

import org.junit.jupiter.api.Test;
import org.wsis.common.domain.Refusal;
import org.wsis.common.reference.StakeholderGroup;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The registration's transitions and the rules beside them, without a database. */
class RegistrationTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(60);

    private static PersonalDetails details(Attendance attendance, boolean visa, String nationality) {
        return new PersonalDetails(" Amina ", "Diallo ", "amina@example.org", " Ministry ", "  ", "SN",
                StakeholderGroup.CIVIL_SOCIETY, attendance, visa, nationality, "");
    }

    private static Registration pending(Attendance attendance) {
        return Registration.open(2026, "subject-1", details(attendance, false, null), NOW);
    }

    private static RegistrationChanges noChanges() {
        return new RegistrationChanges(null, null, null, null, null, null, null, null);
    }

    @Test
    void aNewRegistrationIsPendingWithTrimmedTextsAndBlankOptionalsCleared() {
        Registration r = pending(Attendance.IN_PERSON);
        assertThat(r.id).isNotNull();
        assertThat(r.status).isEqualTo(RegistrationStatus.PENDING);
        assertThat(r.firstName).isEqualTo("Amina");
        assertThat(r.lastName).isEqualTo("Diallo");
        assertThat(r.organisation).isEqualTo("Ministry");
        assertThat(r.jobTitle).isNull();
        assertThat(r.accessibilityNeeds).isNull();
        assertThat(r.consentGivenAt).isEqualTo(NOW);
        assertThat(r.isOwnedBy("subject-1")).isTrue();
        assertThat(r.isOwnedBy("someone-else")).isFalse();
    }

    @Test
    void visaSupportNeedsANationalityWhenOpenedAndAfterEveryChange() {
        Refusal opened = catchThrowableOfType(Refusal.class,
                () -> Registration.open(2026, "s", details(Attendance.REMOTE, true, null), NOW));
        assertThat(opened.reason()).isEqualTo(Refusal.Reason.INVALID_FIELD);
        assertThat(opened.field()).isEqualTo("nationality");

        Registration r = pending(Attendance.REMOTE);
        Refusal changed = catchThrowableOfType(Refusal.class, () -> r.change(
                new RegistrationChanges(null, null, null, null, null, true, null, null), LATER));
        assertThat(changed.field()).isEqualTo("nationality");
        assertThat(r.visaSupportRequested).isFalse();

        r.change(new RegistrationChanges(null, null, null, null, null, true, "KE", null), LATER);
        assertThat(r.visaSupportRequested).isTrue();
        assertThat(r.nationality).isEqualTo("KE");
    }

    @Test
    void changesReplaceOnlyTheGivenFieldsAndABlankOptionalClearsIt() {
        Registration r = pending(Attendance.REMOTE);
        r.jobTitle = "Director";
        r.change(new RegistrationChanges(null, " Smith ", null, "", "FR", null, null, null), LATER);
        assertThat(r.firstName).isEqualTo("Amina");
        assertThat(r.lastName).isEqualTo("Smith");
        assertThat(r.jobTitle).isNull();
        assertThat(r.country).isEqualTo("FR");
        assertThat(r.updatedAt).isEqualTo(LATER);
    }

    @Test
    void onlyAPendingRegistrationIsDecidedOn() {
        Registration r = pending(Attendance.REMOTE);
        r.reject(" not eligible ", LATER);
        assertThat(r.status).isEqualTo(RegistrationStatus.REJECTED);
        assertThat(r.decisionReason).isEqualTo("not eligible");

        Refusal again = catchThrowableOfType(Refusal.class, () -> r.decide("approve after all"));
        assertThat(again.reason()).isEqualTo(Refusal.Reason.STATE_CONFLICT);
        assertThat(again.code()).isEqualTo("not-pending");
        assertThat(r.decisionReason).isEqualTo("not eligible");
    }

    @Test
    void confirmingEndsTheWaitAndAConfirmedInPersonRegistrationHoldsASeat() {
        Registration r = pending(Attendance.IN_PERSON);
        r.waitlist(7, NOW);
        assertThat(r.status).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(r.waitlistPosition).isEqualTo(7);
        assertThat(r.holdsInPersonSeat()).isFalse();
        r.confirm(LATER);
        assertThat(r.status).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(r.waitlistPosition).isNull();
        assertThat(r.holdsInPersonSeat()).isTrue();
    }

    @Test
    void goingRemoteFreesTheSeatOfAConfirmedParticipantAndConfirmsAWaitlistedOne() {
        Registration seated = pending(Attendance.IN_PERSON);
        seated.confirm(NOW);
        assertThat(seated.attendRemotely(LATER)).isTrue();
        assertThat(seated.attendance).isEqualTo(Attendance.REMOTE);

        Registration waiting = pending(Attendance.IN_PERSON);
        waiting.waitlist(3, NOW);
        assertThat(waiting.attendRemotely(LATER)).isFalse();
        assertThat(waiting.status).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(waiting.waitlistPosition).isNull();
    }

    @Test
    void aConfirmedParticipantGoesInPersonOnlyToAFreeSeat() {
        Registration r = pending(Attendance.REMOTE);
        r.confirm(NOW);
        Refusal full = catchThrowableOfType(Refusal.class, () -> r.attendInPerson(false));
        assertThat(full.code()).isEqualTo("in-person-full");
        assertThat(r.attendance).isEqualTo(Attendance.REMOTE);
        r.attendInPerson(true);
        assertThat(r.attendance).isEqualTo(Attendance.IN_PERSON);

        Registration undecided = pending(Attendance.REMOTE);
        undecided.attendInPerson(false); // still to be accredited: the seat is decided then
        assertThat(undecided.attendance).isEqualTo(Attendance.IN_PERSON);
    }

    @Test
    void aCancelledOrErasedRegistrationCannotBeChangedOrCancelledAgain() {
        Registration r = pending(Attendance.IN_PERSON);
        r.waitlist(1, NOW);
        r.cancel(LATER);
        assertThat(r.status).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(r.waitlistPosition).isNull();
        assertThat(catchThrowableOfType(Refusal.class, () -> r.cancel(LATER)).code()).isEqualTo("not-live");
        assertThat(catchThrowableOfType(Refusal.class, () -> r.change(noChanges(), LATER)).getMessage())
                .isEqualTo("A CANCELLED registration cannot be changed.");

        Registration erased = pending(Attendance.REMOTE);
        erased.erase(LATER);
        assertThat(erased.subject).isNull();
        assertThat(erased.email).isNull();
        assertThat(erased.displayName()).isNull();
        assertThat(catchThrowableOfType(Refusal.class, () -> erased.cancel(LATER)).code()).isEqualTo("not-live");
    }

    @Test
    void settingsNeedARealWindowAndAcceptRegistrationsOnlyInsideIt() {
        Refusal backwards = catchThrowableOfType(Refusal.class,
                () -> RegistrationSettings.of(2026, 10, LATER, NOW, NOW));
        assertThat(backwards.field()).isEqualTo("closesAt");
        RegistrationSettings settings = RegistrationSettings.of(2026, 10, NOW, LATER, NOW);
        assertThat(settings.refusalAt(NOW)).isEmpty();
        assertThat(settings.refusalAt(LATER).orElseThrow().code())
                .isEqualTo("registration-closed");
        assertThat(settings.refusalAt(NOW.minusSeconds(1)).orElseThrow().code())
                .isEqualTo("registration-closed");
    }
}
