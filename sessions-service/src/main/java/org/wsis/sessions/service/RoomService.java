package org.wsis.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wsis.common.domain.Refusal;
import org.wsis.sessions.Room;
import org.wsis.sessions.repository.RoomRepository;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RoomService {

    private final RoomRepository rooms;
    private final Clock clock;

    public RoomService(RoomRepository rooms, Clock clock) {
        this.rooms = rooms;
        this.clock = clock;
    }

    /** Names are unique per edition; a parallel duplicate is refused by the unique constraint. */
    @Transactional
    public Room create(int edition, String requestedName, int capacity, boolean hybrid) {
        String name = requestedName.strip();
        if (rooms.count("edition = ?1 and lower(name) = lower(?2)", edition, name) > 0) {
            throw Refusal.conflict("room-name-taken", "Edition " + edition + " already has a room named '"
                    + name + "'.");
        }
        Room room = new Room();
        room.id = UUID.randomUUID();
        room.edition = edition;
        room.name = name;
        room.capacity = capacity;
        room.hybrid = hybrid;
        room.createdAt = clock.instant();
        rooms.persistAndFlush(room);
        return room;
    }

    @Transactional
    public List<Room> list(int edition) {
        return rooms.ofEdition(edition);
    }
}
