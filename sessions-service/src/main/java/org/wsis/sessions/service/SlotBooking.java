package org.wsis.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wsis.common.domain.Refusal;
import org.wsis.sessions.ForumSession;
import org.wsis.sessions.Room;
import org.wsis.sessions.SeatMode;
import org.wsis.sessions.SessionContent;
import org.wsis.sessions.SessionMode;
import org.wsis.sessions.Venue;
import org.wsis.sessions.service.outbox.SessionEvents;
import org.wsis.sessions.repository.BookingRepository;
import org.wsis.sessions.repository.RoomRepository;
import org.wsis.sessions.repository.SeatRepository;
import org.wsis.sessions.repository.VenueRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One attempt to give a session its slot, in one transaction; see {@link Scheduler}. */
@ApplicationScoped
public class SlotBooking {

    private final SessionService sessions;
    private final VenueRepository venues;
    private final RoomRepository rooms;
    private final BookingRepository bookings;
    private final SeatRepository seats;
    private final Speakers speakers;
    private final SessionEvents events;
    private final Clock clock;

    public SlotBooking(SessionService sessions, VenueRepository venues, RoomRepository rooms,
                       BookingRepository bookings, SeatRepository seats, Speakers speakers, SessionEvents events,
                       Clock clock) {
        this.sessions = sessions;
        this.venues = venues;
        this.rooms = rooms;
        this.bookings = bookings;
        this.seats = seats;
        this.speakers = speakers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Checks the rules, then books the room and every speaker. A booking that overlaps one committed
     * meanwhile fails on the exclusion constraints (SQLState 23P01), and the transaction rolls back.
     */
    @Transactional
    public ForumSession book(int edition, UUID id, UUID roomId, Instant start, Instant end) {
        ForumSession session = sessions.lock(edition, id);
        session.requireSchedulable();
        Venue venue = venues.findByIdOptional(edition).orElseThrow(() -> Refusal.conflict("venue-not-set",
                "Set the venue of edition " + edition + " before scheduling."));
        if (!venue.contains(start, end)) {
            throw Refusal.unprocessable("outside-venue-hours", "The slot must lie within one forum day ("
                    + venue.startDate + " to " + venue.endDate + ") between " + venue.dailyStart + " and "
                    + venue.dailyEnd + " " + venue.timeZone + ".");
        }
        SessionContent content = session.content;
        Room room = roomId == null ? null : rooms.inEdition(edition, roomId).orElseThrow(() ->
                Refusal.unprocessable("unknown-room", "No room " + roomId + " in edition " + edition + "."));
        checkRoom(content, room, id);
        speakers.requireConfirmed(edition, content.speakerList());

        bookings.release(id); // a move replaces the session's own bookings
        List<SlotConflict> conflicts = conflicts(id, content.speakerList(), roomId, start, end);
        if (!conflicts.isEmpty()) {
            throw Scheduler.slotTaken(conflicts);
        }
        if (roomId != null) {
            bookings.bookRoom(id, roomId, start, end);
        }
        for (UUID speaker : content.speakerList()) {
            bookings.bookSpeaker(id, speaker, start, end);
        }
        session.schedule(roomId, start, end, clock.instant());
        events.scheduled(session);
        return session;
    }

    /** The sessions standing in the way of this slot, as committed now. */
    @Transactional
    public List<SlotConflict> conflictsNow(int edition, UUID id, UUID roomId, Instant start, Instant end) {
        ForumSession session = sessions.lock(edition, id);
        return conflicts(id, session.content.speakerList(), roomId, start, end);
    }

    private List<SlotConflict> conflicts(UUID id, List<UUID> speakerIds, UUID roomId, Instant start, Instant end) {
        List<SlotConflict> conflicts = new ArrayList<>();
        if (roomId != null) {
            bookings.roomConflicts(id, roomId, start, end)
                    .forEach(other -> conflicts.add(new SlotConflict(SlotConflict.Kind.ROOM_DOUBLE_BOOKED, other)));
        }
        bookings.speakerConflicts(id, speakerIds, start, end)
                .forEach(other -> conflicts.add(new SlotConflict(SlotConflict.Kind.SPEAKER_DOUBLE_BOOKED, other)));
        return conflicts;
    }

    private void checkRoom(SessionContent content, Room room, UUID id) {
        if (content.mode == SessionMode.VIRTUAL) {
            if (room != null) {
                throw Refusal.unprocessable("virtual-takes-no-room", "A VIRTUAL session takes no room.");
            }
            return;
        }
        if (room == null) {
            throw Refusal.unprocessable("room-required", "An " + content.mode + " session needs a room.");
        }
        if (content.mode == SessionMode.HYBRID && !room.hybrid) {
            throw Refusal.unprocessable("room-not-hybrid", "Room '" + room.name
                    + "' is not equipped for HYBRID sessions.");
        }
        if (room.capacity < content.expectedAudience) {
            throw Refusal.unprocessable("room-too-small", "Room '" + room.name + "' seats " + room.capacity
                    + "; the session expects " + content.expectedAudience + ".");
        }
        long seated = seats.count(id, SeatMode.IN_PERSON);
        if (seated > room.capacity) {
            throw Refusal.conflict("seats-exceed-room", seated + " in-person seats are reserved; room '"
                    + room.name + "' seats " + room.capacity + ".");
        }
    }
}
