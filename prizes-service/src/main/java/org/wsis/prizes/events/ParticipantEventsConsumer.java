package org.wsis.prizes.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.common.events.CloudEvent;
import org.wsis.common.events.EventHandler;
import org.wsis.prizes.service.VoterRoll;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Keeps the voter roll from {@code wsis.participants}. Tolerant reader: it takes the few fields it
 * needs and ignores the rest; a missing status is taken from the event type.
 */
@ApplicationScoped
public class ParticipantEventsConsumer implements EventHandler {

    static final String PREFIX = "org.wsis.participant.";
    static final String SUFFIX = ".v1";
    static final String ERASED = PREFIX + "erased" + SUFFIX;

    private final VoterRoll roll;

    public ParticipantEventsConsumer(VoterRoll roll) {
        this.roll = roll;
    }

    @Override
    public String consumerName() {
        return "prizes-service-participants";
    }

    @Override
    public Collection<String> topics() {
        return List.of("wsis.participants");
    }

    @Override
    public boolean handles(String type) {
        return type != null && type.startsWith(PREFIX) && type.endsWith(SUFFIX);
    }

    @Override
    public void apply(CloudEvent event) {
        JsonNode data = event.data();
        UUID participantId = UUID.fromString(text(data, "participantId", event.subject()));
        int edition = data.path("edition").isInt() ? data.get("edition").asInt() : Integer.parseInt(event.edition());
        if (ERASED.equals(event.type())) {
            roll.erase(participantId);
            return;
        }
        String status = text(data, "status", statusOf(event.type()));
        roll.record(new VoterRoll.Registration(participantId, edition, text(data, "subject", null),
                text(data, "displayName", null), status, event.time()));
    }

    /** {@code org.wsis.participant.confirmed.v1} -> CONFIRMED. */
    private static String statusOf(String type) {
        return type.substring(PREFIX.length(), type.length() - SUFFIX.length()).toUpperCase(Locale.ROOT);
    }

    private static String text(JsonNode data, String field, String fallback) {
        JsonNode value = data.path(field);
        return value.isTextual() ? value.asText() : fallback;
    }
}
