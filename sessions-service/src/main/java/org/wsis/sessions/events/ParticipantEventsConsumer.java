package org.wsis.sessions.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.common.events.CloudEvent;
import org.wsis.common.events.EventHandler;
import org.wsis.sessions.service.ParticipantDirectory;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Keeps the participant read model in step with registration-service's {@code wsis.participants}. */
@ApplicationScoped
public class ParticipantEventsConsumer implements EventHandler {

    private static final String PREFIX = "org.wsis.participant.";

    /** Status implied by the type, for producers that leave {@code status} out. */
    private static final Map<String, String> STATUS_BY_TYPE = Map.of(
            "registered", "PENDING", "confirmed", "CONFIRMED", "waitlisted", "WAITLISTED",
            "rejected", "REJECTED", "cancelled", "CANCELLED", "erased", "ERASED");

    private final ParticipantDirectory directory;
    private final ObjectMapper mapper;

    public ParticipantEventsConsumer(ParticipantDirectory directory, ObjectMapper mapper) {
        this.directory = directory;
        this.mapper = mapper;
    }

    @Override
    public String consumerName() {
        return "sessions-service.participants";
    }

    @Override
    public Collection<String> topics() {
        return List.of("wsis.participants");
    }

    @Override
    public boolean handles(String type) {
        return type != null && type.startsWith(PREFIX) && type.endsWith(".v1");
    }

    @Override
    public void apply(CloudEvent event) {
        String kind = event.type().substring(PREFIX.length(), event.type().length() - ".v1".length());
        ParticipantEventData data = read(event);
        String status = data.status() != null ? data.status() : STATUS_BY_TYPE.getOrDefault(kind, "REGISTERED");
        int edition = data.edition() != null ? data.edition() : Integer.parseInt(event.edition());
        switch (kind) {
            case "erased" -> directory.erased(data.participantId(), edition);
            case "cancelled" -> directory.cancelled(data.participantId(), edition, data.subject());
            default -> directory.upsert(data.participantId(), edition, data.subject(), data.displayName(),
                    data.stakeholderGroup(), status);
        }
    }

    private ParticipantEventData read(CloudEvent event) {
        try {
            ParticipantEventData data = mapper.treeToValue(event.data(), ParticipantEventData.class);
            if (data == null || data.participantId() == null) {
                throw new IllegalArgumentException("participant event without participantId: " + event.id());
            }
            return data;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable participant event " + event.id(), e);
        }
    }
}
