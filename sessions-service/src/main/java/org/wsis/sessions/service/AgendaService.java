package org.wsis.sessions.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wsis.common.domain.Refusal;
import org.wsis.sessions.AgendaRelease;
import org.wsis.sessions.ForumSession;
import org.wsis.sessions.Room;
import org.wsis.sessions.Venue;
import org.wsis.sessions.service.outbox.SessionEventData;
import org.wsis.sessions.service.outbox.SessionEvents;
import org.wsis.sessions.repository.AgendaReleaseRepository;
import org.wsis.sessions.repository.RoomRepository;
import org.wsis.sessions.repository.SessionRepository;
import org.wsis.sessions.repository.VenueRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Agenda releases: numbered snapshots of the SCHEDULED sessions, the only thing the public agenda shows. */
@ApplicationScoped
public class AgendaService {

    private static final TypeReference<List<AgendaEntry>> ENTRIES = new TypeReference<>() {
    };

    private final AgendaReleaseRepository releases;
    private final SessionRepository sessions;
    private final RoomRepository rooms;
    private final VenueRepository venues;
    private final SessionQueries queries;
    private final SessionEvents events;
    private final ObjectMapper mapper;
    private final Clock clock;

    public AgendaService(AgendaReleaseRepository releases, SessionRepository sessions, RoomRepository rooms,
                         VenueRepository venues, SessionQueries queries, SessionEvents events, ObjectMapper mapper,
                         Clock clock) {
        this.releases = releases;
        this.sessions = sessions;
        this.rooms = rooms;
        this.venues = venues;
        this.queries = queries;
        this.events = events;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** A release published at the same moment by someone else takes the same version: the primary key refuses one. */
    @Transactional
    public Release release(int edition) {
        Venue venue = venues.findByIdOptional(edition).orElseThrow(() -> Refusal.conflict("venue-not-set",
                "Set the venue of edition " + edition + " before publishing its agenda."));
        AgendaRelease previous = releases.latest(edition).orElse(null);
        Map<UUID, AgendaEntry> before = previous == null ? Map.of()
                : entries(previous).stream().collect(Collectors.toMap(AgendaEntry::sessionId, Function.identity()));

        Map<UUID, Room> roomsById = rooms.ofEdition(edition).stream().collect(Collectors.toMap(r -> r.id, r -> r));
        List<AgendaEntry> now = new ArrayList<>();
        List<UUID> added = new ArrayList<>();
        List<UUID> moved = new ArrayList<>();
        for (ForumSession s : sessions.scheduled(edition)) {
            AgendaEntry entry = snapshot(s, roomsById.get(s.roomId));
            AgendaEntry old = before.get(s.id);
            if (old == null) {
                added.add(s.id);
                // a session back after a removal must not restart below its old SEQUENCE: in release N
                // no entry can have risen above N - 1, so N - 1 is a safe start (0 in the first release)
                entry = entry.withSequence(previous == null ? 0 : previous.key.version());
            } else {
                if (entry.movedFrom(old)) {
                    moved.add(s.id);
                }
                entry = entry.withSequence(entry.sameAs(old) ? old.sequence() : old.sequence() + 1);
            }
            now.add(entry);
        }
        List<UUID> kept = now.stream().map(AgendaEntry::sessionId).toList();
        List<UUID> removed = before.keySet().stream().filter(id -> !kept.contains(id)).sorted().toList();

        AgendaRelease release = new AgendaRelease();
        release.key = new AgendaRelease.Key(edition, previous == null ? 1 : previous.key.version() + 1);
        release.publishedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        release.timeZone = venue.timeZone;
        release.entries = write(now);
        releases.persistAndFlush(release);

        events.agendaReleased(new SessionEventData.Released(edition, release.key.version(), release.publishedAt,
                now.size(), added, removed, moved));
        return new Release(release.key.version(), release.publishedAt, now.size(), added, removed, moved);
    }

    /**
     * The latest release with the speakers' current names, or 404 before the first. The public views
     * read {@link #published} through {@link AgendaCache}; this stays as the plain, uncached path.
     */
    @Transactional
    public PublishedAgenda latest(int edition) {
        return withNames(releases.latest(edition).orElseThrow(() -> noneYet(edition)));
    }

    /** One release (releases are immutable) with the speakers' names as they are now. */
    @Transactional
    public PublishedAgenda published(int edition, int version) {
        return withNames(releases.findByIdOptional(new AgendaRelease.Key(edition, version))
                .orElseThrow(() -> noneYet(edition)));
    }

    static Refusal noneYet(int edition) {
        return Refusal.notFound("No agenda of edition " + edition + " has been published yet.");
    }

    private PublishedAgenda withNames(AgendaRelease release) {
        int edition = release.key.edition();
        List<AgendaEntry> entries = entries(release);
        Map<UUID, String> names = queries.names(entries.stream().flatMap(e -> e.speakerIds().stream())
                .distinct().toList());
        return new PublishedAgenda(edition, release.key.version(), release.publishedAt, release.timeZone, entries,
                names);
    }

    private AgendaEntry snapshot(ForumSession s, Room room) {
        var c = s.content;
        return new AgendaEntry(s.id, c.title, c.summary, c.format, c.mode, List.of(c.actionLines), c.sdgList(),
                s.roomId, room == null ? null : room.name, s.startsAt, s.endsAt, c.speakerList(),
                s.prizeWinners, 0);
    }

    private List<AgendaEntry> entries(AgendaRelease release) {
        try {
            return mapper.readValue(release.entries, ENTRIES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("agenda release is not readable", e);
        }
    }

    private String write(List<AgendaEntry> entries) {
        try {
            return mapper.writeValueAsString(entries);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A release just published, and its changes against the previous one: see {@link #release}. */
    public record Release(int version, Instant publishedAt, int sessionCount, List<UUID> added, List<UUID> removed,
                          List<UUID> moved) {
    }

    /** A release as read: its entries and the speakers' names as they are now. */
    public record PublishedAgenda(int edition, int version, Instant publishedAt, String timeZone,
                                  List<AgendaEntry> entries, Map<UUID, String> speakerNames) {

        public List<String> speakers(AgendaEntry entry) {
            return entry.speakerIds().stream().map(speakerNames::get).filter(java.util.Objects::nonNull).toList();
        }
    }
}
