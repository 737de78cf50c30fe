package org.wsis.web.clients.sessions;

/** sessions-service's DecisionRequest. */
public record DecisionRequest(String decision,
        String note) {
}
