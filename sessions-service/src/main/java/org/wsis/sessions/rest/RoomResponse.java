package org.wsis.sessions.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.sessions.Room;

import java.util.UUID;

@Schema(name = "Room")
public record RoomResponse(
        @Schema(example = "3f1e2d4c-5b6a-4789-9abc-def012345678") UUID id,
        @Schema(example = "2026") int edition,
        @Schema(example = "Room A (CICG level 1)") String name,
        @Schema(example = "120") int capacity,
        @Schema(example = "true") boolean hybrid) {

    public static RoomResponse of(Room r) {
        return new RoomResponse(r.id, r.edition, r.name, r.capacity, r.hybrid);
    }
}
