package org.wsis.web.clients.sessions;

/** sessions-service's Room. */
public record Room(String id,
        Integer edition,
        String name,
        Integer capacity,
        Boolean hybrid) {
}
