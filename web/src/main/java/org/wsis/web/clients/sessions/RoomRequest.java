package org.wsis.web.clients.sessions;

/** sessions-service's RoomRequest. */
public record RoomRequest(String name,
        Integer capacity,
        Boolean hybrid) {
}
