package org.wsis.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wsis.common.domain.Page;
import org.wsis.sessions.ForumSession;
import org.wsis.sessions.Participant;
import org.wsis.sessions.Room;
import org.wsis.sessions.SeatMode;
import org.wsis.sessions.SessionStatus;
import org.wsis.sessions.Venue;
import org.wsis.sessions.repository.ParticipantRepository;
import org.wsis.sessions.repository.RoomRepository;
import org.wsis.sessions.repository.SeatRepository;
import org.wsis.sessions.repository.SessionRepository;
import org.wsis.sessions.repository.VenueRepository;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads sessions for the API. The public sees SCHEDULED sessions without organiser details; names
 * come from the participant read model at read time, so erasure reaches every view at once.
 */
@ApplicationScoped
public class SessionQueries {

    private final SessionRepository sessions;
    private final RoomRepository rooms;
    private final ParticipantRepository participants;
    private final SeatRepository seats;
    private final VenueRepository venues;

    public SessionQueries(SessionRepository sessions, RoomRepository rooms, ParticipantRepository participants,
                          SeatRepository seats, VenueRepository venues) {
        this.sessions = sessions;
        this.rooms = rooms;
        this.participants = participants;
        this.seats = seats;
        this.venues = venues;
    }

    @Transactional
    public Page<SessionView> list(int edition, SessionFilter filter, boolean organiser, int page, int size) {
        ZoneId zone = venues.findByIdOptional(edition).map(Venue::zone).orElse(ZoneOffset.UTC);
        List<ForumSession> matching = sessions.ofEdition(edition).stream()
                .filter(s -> organiser || s.status == SessionStatus.SCHEDULED)
                .filter(s -> filter.matches(s, zone))
                .toList();
        List<ForumSession> slice = matching.stream().skip((long) page * size).limit(size).toList();
        return new Page<>(views(edition, slice, organiser), page, size, matching.size());
    }

    @Transactional
    public SessionView get(int edition, UUID id, boolean organiser) {
        ForumSession session = sessions.inEdition(edition, id)
                .filter(s -> organiser || s.status == SessionStatus.SCHEDULED)
                .orElseThrow(() -> SessionService.notFound(id));
        return views(edition, List.of(session), organiser).get(0);
    }

    /** The organisers' view of a session they just changed. */
    @Transactional
    public SessionView view(ForumSession session) {
        return views(session.edition, List.of(session), true).get(0);
    }

    private List<SessionView> views(int edition, List<ForumSession> page, boolean organiser) {
        Map<UUID, Room> roomsById = rooms.ofEdition(edition).stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.id, r -> r));
        Map<UUID, Participant> people = participants.byIds(page.stream()
                .flatMap(s -> s.content.speakerList().stream()).distinct().toList());
        Map<UUID, Map<SeatMode, Long>> counts = organiser
                ? seats.countsBySession(page.stream().map(s -> s.id).toList()) : Map.of();
        return page.stream().map(s -> view(s, roomsById.get(s.roomId), people, counts, organiser)).toList();
    }

    private static SessionView view(ForumSession s, Room room, Map<UUID, Participant> people,
                                    Map<UUID, Map<SeatMode, Long>> counts, boolean organiser) {
        List<SessionView.Speaker> speakers = s.content.speakerList().stream()
                .map(id -> speaker(id, people.get(id)))
                .filter(speaker -> organiser || speaker.displayName() != null)
                .toList();
        SessionView.Seats seatCounts = null;
        if (organiser) {
            Map<SeatMode, Long> mine = counts.getOrDefault(s.id, Map.of());
            seatCounts = new SessionView.Seats(mine.getOrDefault(SeatMode.IN_PERSON, 0L),
                    mine.getOrDefault(SeatMode.REMOTE, 0L), room == null ? null : room.capacity);
        }
        return new SessionView(s, room, speakers, seatCounts, organiser);
    }

    /** The public sees names only, and nothing for an erased speaker (see SessionView). */
    private static SessionView.Speaker speaker(UUID id, Participant p) {
        return new SessionView.Speaker(id, p == null ? null : p.displayName, p != null && p.hasWithdrawn());
    }

    /** Display names of those who still have one (erased people have none). */
    @Transactional
    public Map<UUID, String> names(Collection<UUID> ids) {
        Map<UUID, String> names = new java.util.HashMap<>();
        participants.byIds(ids).forEach((id, p) -> {
            if (p.displayName != null) {
                names.put(id, p.displayName);
            }
        });
        return names;
    }

}
