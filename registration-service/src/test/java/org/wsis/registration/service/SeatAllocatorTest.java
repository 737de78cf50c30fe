package org.wsis.registration.service;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.wsis.registration.Attendance;
import org.wsis.registration.Registration;
import org.wsis.registration.RegistrationSettings;
import org.wsis.registration.RegistrationStatus;
import org.wsis.registration.service.outbox.ParticipantEvents;
import org.wsis.registration.repository.RegistrationRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SeatAllocator} over an in-memory registration table (the queries it uses, as their contracts say):
 * seats are never oversold, no seat stays free while someone waits, and the waitlist is served in arrival order.
 */
class SeatAllocatorTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    /** The three queries SeatAllocator asks, answered from a list instead of PostgreSQL. */
    static final class InMemoryRegistrations extends RegistrationRepository {
        final List<Registration> all = new ArrayList<>();
        long sequence;

        @Override
        public long countInPersonSeatsTaken(int edition) {
            return all.stream().filter(r -> r.edition == edition && r.holdsInPersonSeat()).count();
        }

        @Override
        public List<Registration> oldestWaitlisted(int edition, int limit) {
            return all.stream().filter(r -> r.edition == edition && r.status == RegistrationStatus.WAITLISTED)
                    .sorted(Comparator.comparing(r -> r.waitlistPosition)).limit(limit).toList();
        }

        @Override
        public long nextWaitlistPosition() {
            return ++sequence;
        }
    }

    /** Records who was confirmed, in order, instead of writing to the outbox. */
    static final class RecordedEvents extends ParticipantEvents {
        final List<Registration> confirmed = new ArrayList<>();

        RecordedEvents() {
            super(null);
        }

        @Override
        public void confirmed(Registration r) {
            confirmed.add(r);
        }

        @Override
        public void waitlisted(Registration r) {
        }
    }

    /** One edition's registrations and seat allocator; new for each test and each try of a property. */
    static final class Venue {
        final InMemoryRegistrations registrations = new InMemoryRegistrations();
        final RecordedEvents events = new RecordedEvents();
        final SeatAllocator allocator = new SeatAllocator(null, registrations, events);
        final RegistrationSettings edition = new RegistrationSettings();

        Venue(int capacity) {
            edition.edition = 2026;
            edition.inPersonCapacity = capacity;
        }

        Registration arrive(Attendance attendance) {
            Registration r = new Registration();
            r.id = UUID.randomUUID();
            r.edition = 2026;
            r.attendance = attendance;
            r.status = RegistrationStatus.PENDING;
            registrations.all.add(r);
            allocator.accredit(edition, r, NOW);
            return r;
        }

        /** What RegistrationService.cancel does with the seat allocator. */
        void cancel(Registration r) {
            boolean heldSeat = r.holdsInPersonSeat();
            r.status = RegistrationStatus.CANCELLED;
            r.waitlistPosition = null;
            if (heldSeat) {
                allocator.fillFreeSeats(edition, NOW);
            }
        }

        long seatsTaken() {
            return registrations.countInPersonSeatsTaken(edition.edition);
        }
    }

    @Test
    void seatAllocationConfirmsUpToCapacityThenWaitlistsInArrivalOrder() {
        Venue venue = new Venue(2);
        Registration first = venue.arrive(Attendance.IN_PERSON);
        Registration second = venue.arrive(Attendance.IN_PERSON);
        Registration third = venue.arrive(Attendance.IN_PERSON);
        Registration fourth = venue.arrive(Attendance.IN_PERSON);
        Registration remote = venue.arrive(Attendance.REMOTE);
        assertThat(List.of(first.status, second.status, third.status, fourth.status, remote.status)).containsExactly(
                RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED,
                RegistrationStatus.WAITLISTED, RegistrationStatus.CONFIRMED);
        assertThat(third.waitlistPosition).isLessThan(fourth.waitlistPosition);
        assertThat(first.waitlistPosition).isNull();
    }

    @Test
    void seatAllocationGivesAFreedSeatToTheOldestWaitlisted() {
        Venue venue = new Venue(2);
        Registration first = venue.arrive(Attendance.IN_PERSON);
        venue.arrive(Attendance.IN_PERSON);
        Registration third = venue.arrive(Attendance.IN_PERSON);
        Registration fourth = venue.arrive(Attendance.IN_PERSON);
        venue.cancel(first);
        assertThat(third.status).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(third.waitlistPosition).isNull();
        assertThat(third.updatedAt).isEqualTo(NOW);
        assertThat(fourth.status).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(venue.events.confirmed).endsWith(third);
    }

    @Test
    void seatAllocationGivesAddedCapacityToTheWaitlistAtOnceOldestFirst() {
        Venue venue = new Venue(2);
        venue.arrive(Attendance.IN_PERSON);
        venue.arrive(Attendance.IN_PERSON);
        Registration third = venue.arrive(Attendance.IN_PERSON);
        Registration fourth = venue.arrive(Attendance.IN_PERSON);
        Registration fifth = venue.arrive(Attendance.IN_PERSON);
        venue.edition.inPersonCapacity = 4;
        venue.allocator.fillFreeSeats(venue.edition, NOW);
        assertThat(List.of(third.status, fourth.status, fifth.status)).containsExactly(RegistrationStatus.CONFIRMED,
                RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);
        assertThat(venue.allocator.hasFreeSeat(venue.edition)).isFalse();
    }

    enum Kind { IN_PERSON, REMOTE, CANCEL, ADD_SEAT }

    /** An arrival, a cancellation (of the {@code pick}-th live registration, modulo their number), or one more seat. */
    record Step(Kind kind, int pick) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 1000)).as(Step::new)
                .list().ofMaxSize(60);
    }

    @Property(tries = 300)
    void seatAllocationNeverExceedsCapacityLeavesNoSeatIdleAndServesTheWaitlistInArrivalOrder(
            @ForAll @IntRange(max = 5) int capacity, @ForAll("steps") List<Step> steps) {
        Venue venue = new Venue(capacity);
        List<Registration> waitlistedInOrder = new ArrayList<>();
        for (Step step : steps) {
            switch (step.kind()) {
                case IN_PERSON, REMOTE -> {
                    Registration r = venue.arrive(step.kind() == Kind.IN_PERSON ? Attendance.IN_PERSON : Attendance.REMOTE);
                    if (r.status == RegistrationStatus.WAITLISTED) {
                        waitlistedInOrder.add(r);
                    }
                }
                case CANCEL -> {
                    List<Registration> live = venue.registrations.all.stream().filter(r -> r.status.isLive()).toList();
                    if (!live.isEmpty()) {
                        venue.cancel(live.get(step.pick() % live.size()));
                    }
                }
                case ADD_SEAT -> {
                    venue.edition.inPersonCapacity++;
                    venue.allocator.fillFreeSeats(venue.edition, NOW);
                }
            }
            long taken = venue.seatsTaken();
            List<Registration> waiting = venue.registrations.all.stream()
                    .filter(r -> r.status == RegistrationStatus.WAITLISTED).toList();
            assertThat(taken).as("seats taken after %s", step).isLessThanOrEqualTo(venue.edition.inPersonCapacity);
            if (!waiting.isEmpty()) {
                assertThat(taken).as("a seat is free while %d wait", waiting.size()).isEqualTo(venue.edition.inPersonCapacity);
            }
            List<Registration> promoted = venue.events.confirmed.stream().filter(waitlistedInOrder::contains).toList();
            assertThat(promoted).as("promoted from the waitlist in arrival order")
                    .isSortedAccordingTo(Comparator.comparingInt(waitlistedInOrder::indexOf));
            int lastPromoted = promoted.isEmpty() ? -1 : waitlistedInOrder.indexOf(promoted.get(promoted.size() - 1));
            assertThat(waiting).as("no one still waiting arrived before someone promoted")
                    .allMatch(r -> waitlistedInOrder.indexOf(r) > lastPromoted);
        }
    }
}
