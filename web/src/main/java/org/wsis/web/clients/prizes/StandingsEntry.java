package org.wsis.web.clients.prizes;

/** prizes-service's StandingsEntry. */
public record StandingsEntry(String nominationId,
        String title,
        String organisation,
        String country,
        String projectUrl,
        Long votes,
        Integer rank) {
}
