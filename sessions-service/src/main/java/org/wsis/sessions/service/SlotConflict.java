package org.wsis.sessions.service;

import java.util.UUID;

/** One reason a slot is taken: the session already holding the room or a speaker then. */
public record SlotConflict(Kind kind, UUID sessionId) {

    public enum Kind {
        ROOM_DOUBLE_BOOKED,
        SPEAKER_DOUBLE_BOOKED
    }
}
