package org.wsis.web.clients.prizes;

/** prizes-service's ReviewRequest. */
public record ReviewRequest(String decision,
        String reason) {
}
