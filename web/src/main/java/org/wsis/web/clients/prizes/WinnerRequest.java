package org.wsis.web.clients.prizes;

/** prizes-service's WinnerRequest. */
public record WinnerRequest(String nominationId) {
}
