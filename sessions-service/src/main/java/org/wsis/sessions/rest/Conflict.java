package org.wsis.sessions.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** One reason a slot is taken: the session already holding the room or a speaker then. */
@Schema(name = "SlotConflict")
public record Conflict(@Schema(example = "ROOM_DOUBLE_BOOKED") Kind kind, UUID sessionId) {

    public enum Kind {
        ROOM_DOUBLE_BOOKED,
        SPEAKER_DOUBLE_BOOKED
    }
}
