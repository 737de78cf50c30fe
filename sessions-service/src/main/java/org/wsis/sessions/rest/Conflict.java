package org.wsis.sessions.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.sessions.service.SlotConflict;

import java.util.UUID;

/**
 * One reason a slot is taken, as the 409's {@code conflicts} lists it: documents the shape of
 * {@link SlotConflict}, which the refusal carries.
 */
@Schema(name = "SlotConflict")
public record Conflict(@Schema(example = "ROOM_DOUBLE_BOOKED") SlotConflict.Kind kind, UUID sessionId) {
}
