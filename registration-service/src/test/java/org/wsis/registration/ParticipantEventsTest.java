package org.wsis.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.EventContracts;
import org.wsis.infra.testing.TestEditions;
import org.wsis.infra.testing.TopicProbe;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wsis.registration.Api.as;
import static org.wsis.registration.Api.newSubject;
import static org.wsis.registration.Api.organiser;
import static org.wsis.registration.Api.participant;
import static org.wsis.registration.Api.register;
import static org.wsis.registration.Api.registration;

/** Every state change reaches wsis.participants as a CloudEvent, as its contract sample says. */
@QuarkusTest
class ParticipantEventsTest {

    private static final int EDITION = TestEditions.next();
    private static final String REGISTRATIONS = "/editions/" + EDITION + "/registrations";
    private static final String PREFIX = "org.wsis.participant.";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachStateChangeEmitsItsEvent() throws Exception {
        Api.openRegistration(EDITION, 1);
        try (TopicProbe probe = TopicProbe.fromNow("wsis.participants")) {
            // registered -> confirmed -> updated -> cancelled
            String subject = newSubject();
            Map<String, Object> body = registration("CIVIL_SOCIETY", "IN_PERSON");
            String first = register(EDITION, subject, body);
            as(organiser()).body(Map.of("decision", "APPROVE")).post(REGISTRATIONS + "/" + first + "/accreditation")
                    .then().statusCode(200);
            as(participant(subject)).body(Map.of("jobTitle", "Programme lead")).patch(REGISTRATIONS + "/" + first)
                    .then().statusCode(200);
            as(participant(subject)).post(REGISTRATIONS + "/" + first + "/cancellation").then().statusCode(200);

            // registered -> waitlisted (the one seat is taken) -> erased
            String second = register(EDITION, newSubject(), registration("GOVERNMENT", "IN_PERSON"));
            String blocker = register(EDITION, newSubject(), registration("GOVERNMENT", "IN_PERSON"));
            as(organiser()).delete(REGISTRATIONS + "/" + blocker).then().statusCode(204);

            // registered -> rejected
            String third = register(EDITION, newSubject(), registration("MEDIA", "REMOTE"));
            as(organiser()).body(Map.of("decision", "REJECT")).post(REGISTRATIONS + "/" + third + "/accreditation")
                    .then().statusCode(200);

            assertThat(types(probe, first, 4)).containsExactly("registered", "confirmed", "updated", "cancelled");
            // the first's cancellation freed the seat before `second` arrived: it is confirmed at once
            assertThat(types(probe, second, 2)).containsExactly("registered", "confirmed");
            assertThat(types(probe, blocker, 3)).containsExactly("registered", "waitlisted", "erased");
            assertThat(types(probe, third, 2)).containsExactly("registered", "rejected");

            ConsumerRecord<String, String> confirmed = events(probe, first, 4).get(1);
            JsonNode event = JSON.readTree(confirmed.value());
            assertThat(event.get("specversion").asText()).isEqualTo("1.0");
            assertThat(UUID.fromString(event.get("id").asText())).isNotNull();
            assertThat(event.get("source").asText()).isEqualTo("/registration-service");
            assertThat(event.get("type").asText()).isEqualTo("org.wsis.participant.confirmed.v1");
            assertThat(event.get("subject").asText()).isEqualTo(first);
            assertThat(Instant.parse(event.get("time").asText())).isBefore(Instant.now().plusSeconds(1));
            assertThat(event.get("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(event.get("edition").asText()).isEqualTo(String.valueOf(EDITION));
            JsonNode data = event.get("data");
            assertThat(data.get("participantId").asText()).isEqualTo(first);
            assertThat(data.get("subject").asText()).isEqualTo(subject);
            assertThat(data.get("edition").asInt()).isEqualTo(EDITION);
            assertThat(data.get("displayName").asText()).isEqualTo("Amina " + body.get("lastName"));
            assertThat(data.get("organisation").asText()).isEqualTo(body.get("organisation"));
            assertThat(data.get("country").asText()).isEqualTo("SN");
            assertThat(data.get("stakeholderGroup").asText()).isEqualTo("CIVIL_SOCIETY");
            assertThat(data.get("attendance").asText()).isEqualTo("IN_PERSON");
            assertThat(data.get("status").asText()).isEqualTo("CONFIRMED");

            JsonNode erased = JSON.readTree(events(probe, blocker, 3).get(2).value()).get("data");
            assertThat(erased.has("displayName")).isFalse();
            assertThat(erased.has("subject")).isFalse();
            assertThat(erased.get("participantId").asText()).isEqualTo(blocker);

            // every emitted event has exactly its contract sample's shape
            for (String id : List.of(first, second, blocker, third)) {
                for (ConsumerRecord<String, String> record : probe.received()) {
                    if (id.equals(record.key())) {
                        EventContracts.assertConforms(record.value(), JSON.readTree(record.value()).get("type").asText());
                    }
                }
            }
        }
    }

    private static List<ConsumerRecord<String, String>> events(TopicProbe probe, String key, int count) {
        return probe.await(r -> key.equals(r.key()), count, Duration.ofSeconds(20));
    }

    private static List<String> types(TopicProbe probe, String key, int count) {
        return events(probe, key, count).stream().map(r -> {
            try {
                return JSON.readTree(r.value()).get("type").asText().replace(PREFIX, "").replace(".v1", "");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
