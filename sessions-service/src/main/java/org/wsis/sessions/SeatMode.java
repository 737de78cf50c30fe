package org.wsis.sessions;

/** How a participant attends a session: a seat in the room, or online. */
public enum SeatMode {
    IN_PERSON,
    REMOTE
}
