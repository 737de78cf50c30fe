package org.wsis.common.events.participants;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.wsis.common.events.CloudEvent;
import org.wsis.infra.testing.EventContracts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which read-model call each participant event becomes. */
class ParticipantEventsHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final List<String> calls = new ArrayList<>();
    private final ParticipantEventsHandler handler = new ParticipantEventsHandler(new ParticipantReadModel() {
        @Override
        public void record(ParticipantEventData data, Instant reportedAt) {
            calls.add("record " + data.status() + " at " + reportedAt);
        }

        @Override
        public void erase(UUID participantId, int edition) {
            calls.add("erase " + participantId + " of " + edition);
        }
    }) {
        @Override
        public String consumerName() {
            return "test";
        }
    };

    @Test
    void erasureErasesAndEveryOtherTypeIsRecorded() throws Exception {
        handler.apply(sample(ParticipantEventTypes.CANCELLED));
        handler.apply(sample(ParticipantEventTypes.ERASED));
        assertThat(calls).containsExactly("record CANCELLED at 2026-03-05T16:40:12.004Z",
                "erase 0b8f6a52-2c4e-4e37-9d57-8a0f1c2d3e4f of 2026");
        assertThat(handler.topics()).containsExactly("wsis.participants");
        assertThat(handler.handles("org.wsis.participant.checked-in.v1")).isFalse();
    }

    private static CloudEvent sample(String type) throws Exception {
        return JSON.readValue(EventContracts.sampleText(type), CloudEvent.class);
    }
}
