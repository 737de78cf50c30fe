package org.wsis.web.clients.sessions;

/** sessions-service's AgendaRoom. */
public record AgendaRoom(String id,
        String name) {
}
