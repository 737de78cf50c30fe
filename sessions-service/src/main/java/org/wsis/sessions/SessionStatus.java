package org.wsis.sessions;

public enum SessionStatus {
    UNSCHEDULED,
    SCHEDULED,
    CANCELLED
}
