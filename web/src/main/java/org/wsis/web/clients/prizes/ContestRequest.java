package org.wsis.web.clients.prizes;

/** prizes-service's ContestRequest. */
public record ContestRequest(Integer championsPerCategory) {
}
