package org.wsis.web.clients.registration;

/** registration-service's AccreditationRequest. */
public record AccreditationRequest(String decision,
        String reason) {
}
