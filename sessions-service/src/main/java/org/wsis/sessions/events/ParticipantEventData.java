package org.wsis.sessions.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/**
 * This consumer's tolerant copy of the {@code wsis.participants} data: only the fields it reads,
 * unknown ones ignored, every field but the id optional.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantEventData(UUID participantId, String subject, Integer edition, String displayName,
                                   String stakeholderGroup, String status) {
}
