package org.wsis.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wsis.common.domain.Refusal;
import org.wsis.sessions.ForumSession;
import org.wsis.sessions.Participant;
import org.wsis.sessions.Room;
import org.wsis.sessions.Seat;
import org.wsis.sessions.SeatMode;
import org.wsis.sessions.SessionStatus;
import org.wsis.sessions.repository.ParticipantRepository;
import org.wsis.sessions.repository.RoomRepository;
import org.wsis.sessions.repository.SeatRepository;

import java.time.Clock;
import java.util.UUID;

/** Seat reservations: CONFIRMED participants only, never more in the room than it seats. */
@ApplicationScoped
public class SeatService {

    private final SessionService sessions;
    private final ParticipantRepository participants;
    private final RoomRepository rooms;
    private final SeatRepository seats;
    private final Clock clock;

    public SeatService(SessionService sessions, ParticipantRepository participants, RoomRepository rooms,
                       SeatRepository seats, Clock clock) {
        this.sessions = sessions;
        this.participants = participants;
        this.rooms = rooms;
        this.seats = seats;
        this.clock = clock;
    }

    /**
     * The session row is locked first, so reservations for one session are counted one at a time:
     * parallel requests can never take more in-person seats than the room has.
     */
    @Transactional
    public Seat reserve(int edition, UUID sessionId, String subject, SeatMode mode) {
        Participant participant = confirmed(edition, subject);
        ForumSession session = sessions.lock(edition, sessionId);
        if (session.status != SessionStatus.SCHEDULED) {
            throw Refusal.conflict("session-not-scheduled", "Session " + sessionId + " is " + session.status
                    + "; seats open once it is scheduled.");
        }
        if (mode == SeatMode.REMOTE && !session.content.mode.allowsRemote()) {
            throw Refusal.unprocessable("remote-not-offered", "Session " + sessionId
                    + " is IN_PERSON only; remote attendance is for HYBRID and VIRTUAL sessions.");
        }
        if (mode == SeatMode.IN_PERSON && !session.content.mode.needsRoom()) {
            throw Refusal.unprocessable("virtual-session", "Session " + sessionId
                    + " is VIRTUAL; attend it REMOTE.");
        }
        Seat.Key key = new Seat.Key(sessionId, participant.id);
        if (seats.findByIdOptional(key).isPresent()) {
            throw Refusal.conflict("already-attending", "You already hold a seat at session " + sessionId
                    + "; leave it first to change the mode.");
        }
        if (mode == SeatMode.IN_PERSON) {
            Room room = rooms.findById(session.roomId);
            if (seats.count(sessionId, SeatMode.IN_PERSON) >= room.capacity) {
                throw Refusal.conflict("session-full", "Every in-person seat of session " + sessionId
                        + " is taken (" + room.capacity + ").");
            }
        }
        Seat seat = new Seat();
        seat.key = key;
        seat.mode = mode;
        seat.reservedAt = clock.instant();
        seats.persist(seat);
        return seat;
    }

    @Transactional
    public void leave(int edition, UUID sessionId, String subject) {
        Participant participant = participants.bySubject(edition, subject).orElseThrow(SeatService::noSeat);
        sessions.lock(edition, sessionId);
        if (!seats.deleteById(new Seat.Key(sessionId, participant.id))) {
            throw noSeat();
        }
    }

    /** Locks the person's row first (same order as a cancellation: participant, then sessions). */
    private Participant confirmed(int edition, String subject) {
        return participants.lockBySubject(edition, subject).filter(Participant::isConfirmed)
                .orElseThrow(() -> Refusal.notPermitted(
                        "Only CONFIRMED participants of edition " + edition + " may reserve seats."));
    }

    private static Refusal noSeat() {
        return Refusal.notFound("You hold no seat at this session.");
    }
}
