package org.wsis.sessions.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.sessions.Seat;
import org.wsis.sessions.SeatMode;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Attendance")
public record AttendanceResponse(UUID sessionId, UUID participantId, @Schema(example = "IN_PERSON") SeatMode mode,
                                 Instant reservedAt) {

    public static AttendanceResponse of(Seat seat) {
        return new AttendanceResponse(seat.key.sessionId(), seat.key.participantId(), seat.mode, seat.reservedAt);
    }
}
