package org.wsis.web.clients.sessions;

/** sessions-service's AttendanceRequest. */
public record AttendanceRequest(String mode) {
}
