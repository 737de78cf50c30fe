package org.wsis.web.clients.prizes;

/** prizes-service's NominationTally. */
public record NominationTally(String nominationId,
        String title,
        String organisation,
        Long votes) {
}
