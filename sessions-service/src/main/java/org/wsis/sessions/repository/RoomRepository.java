package org.wsis.sessions.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.sessions.Room;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RoomRepository implements PanacheRepositoryBase<Room, UUID> {

    public List<Room> ofEdition(int edition) {
        return list("edition = ?1 order by name", edition);
    }

    public Optional<Room> inEdition(int edition, UUID id) {
        return findByIdOptional(id).filter(room -> room.edition == edition);
    }
}
