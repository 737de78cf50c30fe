package org.wsis.web.clients.sessions;

/** sessions-service's Speaker. */
public record Speaker(String participantId,
        String displayName,
        Boolean withdrawn) {
}
