package org.wsis.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wsis.common.domain.Refusal;
import org.wsis.sessions.ForumSession;
import org.wsis.sessions.service.outbox.SessionEvents;
import org.wsis.sessions.repository.BookingRepository;
import org.wsis.sessions.repository.SeatRepository;
import org.wsis.sessions.repository.SessionRepository;

import java.time.Clock;
import java.util.UUID;

/** Session life cycle outside scheduling: direct creation, taking a slot back, cancellation. */
@ApplicationScoped
public class SessionService {

    private final SessionRepository sessions;
    private final BookingRepository bookings;
    private final SeatRepository seats;
    private final Speakers speakers;
    private final SessionEvents events;
    private final Clock clock;

    public SessionService(SessionRepository sessions, BookingRepository bookings, SeatRepository seats,
                          Speakers speakers, SessionEvents events, Clock clock) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.seats = seats;
        this.speakers = speakers;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ForumSession create(int edition, SessionDetails details) {
        ForumSession session = ForumSession.of(edition, details.toContent(), null, clock.instant());
        speakers.requireRegistered(edition, session.content.speakerList());
        sessions.persist(session);
        events.accepted(session);
        return session;
    }

    /** Back to UNSCHEDULED: the room and speakers are free again; seats are kept for the next slot. */
    @Transactional
    public ForumSession unschedule(int edition, UUID id) {
        ForumSession session = lock(edition, id);
        session.unschedule(clock.instant());
        bookings.release(id);
        events.unscheduled(session);
        return session;
    }

    /** CANCELLED is final: bookings and seats are released. */
    @Transactional
    public ForumSession cancel(int edition, UUID id) {
        ForumSession session = lock(edition, id);
        session.cancel(clock.instant());
        bookings.release(id);
        seats.freeAllAt(id);
        events.cancelled(session);
        return session;
    }

    ForumSession lock(int edition, UUID id) {
        return sessions.lockInEdition(edition, id).orElseThrow(() -> notFound(id));
    }

    static Refusal notFound(UUID id) {
        return Refusal.notFound("No session " + id + " in this edition.");
    }
}
