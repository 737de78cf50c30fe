package org.wsis.web.clients.prizes;

/** prizes-service's VoteRequest. */
public record VoteRequest(String nominationId) {
}
