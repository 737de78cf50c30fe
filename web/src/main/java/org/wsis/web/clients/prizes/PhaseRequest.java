package org.wsis.web.clients.prizes;

/** prizes-service's PhaseRequest. */
public record PhaseRequest(String phase) {
}
