package org.wsis.web.clients.sessions;

/** sessions-service's Seats. */
public record Seats(Long inPerson,
        Long remote,
        Integer capacity) {
}
