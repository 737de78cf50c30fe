package org.wsis.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.EventContracts;
import org.wsis.infra.testing.TestEditions;
import org.wsis.infra.testing.TopicProbe;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wsis.sessions.Api.as;
import static org.wsis.sessions.Api.base;
import static org.wsis.sessions.Api.organiser;
import static org.wsis.sessions.Api.participant;
import static org.wsis.sessions.Api.session;
import static org.wsis.sessions.Api.slot;

/** Every state change reaches wsis.sessions as a CloudEvent with exactly its contract sample's shape. */
@QuarkusTest
class SessionEventsTest {

    private static final int EDITION = TestEditions.next();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource db;

    @Test
    void eachStateChangeEmitsItsEvent() throws Exception {
        Api.venue(EDITION);
        String room = Api.room(EDITION, "Events room", 100, true);
        Api.Person speaker = Api.participantIn(db, EDITION, "CONFIRMED", "Hiroshi Tanaka");
        try (TopicProbe probe = TopicProbe.fromNow("wsis.sessions")) {
            String accepted = as(participant(speaker.subject()))
                    .body(session("Accepted", "HYBRID", 50, List.of(speaker.id())))
                    .post(base(EDITION) + "/proposals").then().statusCode(201).extract().path("id");
            String rejected = as(participant(speaker.subject()))
                    .body(session("Rejected", "HYBRID", 50, List.of(speaker.id())))
                    .post(base(EDITION) + "/proposals").then().statusCode(201).extract().path("id");
            String sessionId = as(organiser()).body(Map.of("decision", "ACCEPT"))
                    .post(base(EDITION) + "/proposals/" + accepted + "/decision").then().statusCode(200)
                    .extract().path("sessionId");
            as(organiser()).body(Map.of("decision", "REJECT", "note", "internal note"))
                    .post(base(EDITION) + "/proposals/" + rejected + "/decision").then().statusCode(200);
            Api.schedule(EDITION, sessionId, slot(room, "2026-07-07T10:00:00+02:00", "2026-07-07T11:00:00+02:00"));
            as(organiser()).post(base(EDITION) + "/agenda/releases").then().statusCode(201);
            as(organiser()).delete(base(EDITION) + "/sessions/" + sessionId + "/slot").then().statusCode(200);
            as(organiser()).post(base(EDITION) + "/sessions/" + sessionId + "/cancellation").then().statusCode(200);

            assertThat(types(probe, accepted, 1)).containsExactly("session.proposed");
            assertThat(types(probe, rejected, 2)).containsExactly("session.proposed", "session.rejected");
            assertThat(types(probe, sessionId, 4)).containsExactly("session.accepted", "session.scheduled",
                    "session.unscheduled", "session.cancelled");
            assertThat(types(probe, String.valueOf(EDITION), 1)).containsExactly("agenda.released");

            JsonNode scheduled = JSON.readTree(events(probe, sessionId, 4).get(1).value());
            assertThat(scheduled.get("source").asText()).isEqualTo("/sessions-service");
            assertThat(scheduled.get("subject").asText()).isEqualTo(sessionId);
            assertThat(scheduled.get("edition").asText()).isEqualTo(String.valueOf(EDITION));
            assertThat(scheduled.at("/data/roomId").asText()).isEqualTo(room);
            assertThat(scheduled.at("/data/start").asText()).isEqualTo("2026-07-07T08:00:00Z");
            JsonNode released = JSON.readTree(events(probe, String.valueOf(EDITION), 1).get(0).value());
            assertThat(released.at("/data/version").asInt()).isEqualTo(1);
            assertThat(released.at("/data/added/0").asText()).isEqualTo(sessionId);
            JsonNode rejection = JSON.readTree(events(probe, rejected, 2).get(1).value());
            assertThat(rejection.toString()).doesNotContain("internal note");

            for (ConsumerRecord<String, String> record : probe.received()) {
                if (List.of(accepted, rejected, sessionId, String.valueOf(EDITION)).contains(record.key())) {
                    EventContracts.assertConforms(record.value(), JSON.readTree(record.value()).get("type").asText());
                }
            }
        }
    }

    private static List<ConsumerRecord<String, String>> events(TopicProbe probe, String key, int count) {
        return probe.await(r -> key.equals(r.key()), count, Duration.ofSeconds(20));
    }

    private static List<String> types(TopicProbe probe, String key, int count) throws Exception {
        List<String> types = new java.util.ArrayList<>();
        for (ConsumerRecord<String, String> r : events(probe, key, count)) {
            types.add(JSON.readTree(r.value()).get("type").asText().replace("org.wsis.", "").replace(".v1", ""));
        }
        return types;
    }
}
