package org.wsis.common.events.participants;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.wsis.common.events.CloudEvent;

import java.util.UUID;

/**
 * The consumers' tolerant copy of a {@code wsis.participants} event's data: the fields they read, unknown
 * ones ignored, every one optional on the wire (cancelled and erased events carry ids only). The producer
 * keeps its own, complete record; the committed samples keep the two in step.
 *
 * @param subject          the person's token subject (not the envelope's subject, which is the participant id)
 * @param stakeholderGroup as received: a new group on the producer's side never fails the event
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantEventData(UUID participantId, String subject, Integer edition, String displayName,
                                   String stakeholderGroup, ParticipantStatus status) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads the event's data; what the data leaves out comes from the envelope: the participant id from
     * its subject, the edition from its extension, the status from its type (none for an update without one).
     *
     * @throws IllegalArgumentException when the data cannot be read or no participant id can be found
     */
    public static ParticipantEventData from(CloudEvent event) {
        JsonNode node = event.data();
        ParticipantEventData data;
        try {
            data = node == null || node.isNull() ? null : JSON.treeToValue(node, ParticipantEventData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable participant event " + event.id(), e);
        }
        if (data == null) {
            data = new ParticipantEventData(null, null, null, null, null, null);
        }
        UUID participantId = data.participantId != null ? data.participantId
                : event.subject() != null ? UUID.fromString(event.subject()) : null;
        if (participantId == null) {
            throw new IllegalArgumentException("participant event without participantId: " + event.id());
        }
        Integer edition = data.edition != null ? data.edition : Integer.valueOf(event.edition());
        ParticipantStatus status = data.status != null ? data.status
                : ParticipantEventTypes.impliedStatus(event.type()).orElse(null);
        return new ParticipantEventData(participantId, data.subject, edition, data.displayName,
                data.stakeholderGroup, status);
    }

    /** The status to keep: the reported one, else the one already known, else {@link ParticipantStatus#OTHER}. */
    public ParticipantStatus statusOr(ParticipantStatus known) {
        return status != null ? status : known != null ? known : ParticipantStatus.OTHER;
    }
}
