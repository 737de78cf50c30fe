package org.wsis.web.clients.sessions;

import java.time.OffsetDateTime;

/** sessions-service's SlotRequest: When and where a session takes place; no room for a VIRTUAL session. */
public record SlotRequest(String roomId,
        OffsetDateTime start,
        OffsetDateTime end) {
}
