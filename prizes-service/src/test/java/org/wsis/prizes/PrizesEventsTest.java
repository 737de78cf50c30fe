package org.wsis.prizes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.EventContracts;
import org.wsis.infra.testing.TestEditions;
import org.wsis.infra.testing.TopicProbe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wsis.prizes.Api.as;
import static org.wsis.prizes.Api.reviewer;

/** Every state change reaches wsis.prizes as a CloudEvent with its contract sample's shape. */
@QuarkusTest
class PrizesEventsTest {

    private static final int EDITION = TestEditions.next();
    private static final String KEY = String.valueOf(EDITION);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aWholeContestEmitsEveryEventType() {
        try (TopicProbe probe = TopicProbe.fromNow("wsis.prizes")) {
            Api.openContest(EDITION, 1);
            String health = Api.submit(EDITION, "C7_E_HEALTH", "Kenya Digital Health Agency");
            String cooperation = Api.submit(EDITION, "C11", "West Africa Internet Exchange");
            String rejected = Api.submit(EDITION, "C1", "Off Topic Ltd");
            Api.advanceTo(EDITION, "REVIEW");
            Api.review(EDITION, health, "NOMINATE");
            Api.review(EDITION, cooperation, "NOMINATE");
            Api.review(EDITION, rejected, "REJECT");
            Api.advanceTo(EDITION, "VOTING");
            Participants.Registration voter = Participants.confirmed(EDITION);
            String voteId = Api.vote(EDITION, voter.subject(), health).then().statusCode(201).extract().path("voteId");
            Api.advanceTo(EDITION, "EVALUATION");
            as(reviewer()).body(Map.of("nominationId", health))
                    .put("/editions/{e}/categories/C7_E_HEALTH/winner", EDITION).then().statusCode(200);
            as(reviewer()).body(Map.of("nominationId", cooperation))
                    .put("/editions/{e}/categories/C11/winner", EDITION).then().statusCode(200);
            Api.advanceTo(EDITION, "CLOSED");

            // the contest's events, keyed by the edition, in order
            List<String> contest = types(probe.await(r -> KEY.equals(r.key()), 7, Duration.ofSeconds(30)));
            assertThat(contest).containsExactly("contest.phase-changed", "contest.phase-changed",
                    "contest.phase-changed", "prizes.champions-announced", "contest.phase-changed",
                    "prizes.winners-announced", "contest.phase-changed");
            // a nomination's events and votes, keyed by the nomination
            assertThat(types(probe.await(r -> health.equals(r.key()), 3, Duration.ofSeconds(30))))
                    .containsExactly("nomination.submitted", "nomination.nominated", "vote.cast");
            assertThat(types(probe.await(r -> rejected.equals(r.key()), 2, Duration.ofSeconds(30))))
                    .containsExactly("nomination.submitted", "nomination.rejected");

            Set<String> mine = Set.of(KEY, health, cooperation, rejected);
            List<ConsumerRecord<String, String>> records = probe.received().stream()
                    .filter(r -> mine.contains(r.key())).toList();
            for (ConsumerRecord<String, String> record : records) {
                JsonNode event = read(record.value());
                EventContracts.assertConforms(record.value(), event.get("type").asText());
                assertThat(event.get("source").asText()).isEqualTo("/prizes-service");
                assertThat(event.get("edition").asText()).isEqualTo(KEY);
                assertThat(event.get("subject").asText()).isEqualTo(record.key());
            }
            assertThat(records.stream().map(r -> read(r.value()).get("type").asText()).distinct())
                    .hasSize(7).allMatch(t -> t.startsWith("org.wsis.") && t.endsWith(".v1"));

            JsonNode cast = event(records, "org.wsis.vote.cast.v1").get("data");
            assertThat(cast.get("voteId").asText()).isEqualTo(voteId);
            assertThat(cast.get("nominationId").asText()).isEqualTo(health);
            assertThat(cast.toString()).doesNotContain(voter.subject()).doesNotContain(voter.participantId());

            JsonNode winners = event(records, "org.wsis.prizes.winners-announced.v1").get("data");
            assertThat(winners.get("edition").asInt()).isEqualTo(EDITION);
            assertThat(winners.get("winners")).hasSize(2);
            JsonNode first = winners.get("winners").get(0);
            assertThat(first.get("categoryNumber").asInt()).isEqualTo(10);
            assertThat(first.get("category").asText()).isEqualTo("C7_E_HEALTH");
            assertThat(first.get("categoryTitle").asText()).isEqualTo("ICT applications: E-health");
            assertThat(first.get("nominationId").asText()).isEqualTo(health);
            assertThat(first.get("organisation").asText()).isEqualTo("Kenya Digital Health Agency");
            assertThat(first.get("votes").asInt()).isEqualTo(1);
            assertThat(winners.get("winners").get(1).get("categoryNumber").asInt()).isEqualTo(18);

            JsonNode champions = event(records, "org.wsis.prizes.champions-announced.v1").get("data");
            assertThat(champions.get("categories").get(0).get("champions").get(0).get("nominationId").asText())
                    .isEqualTo(health);
            JsonNode lastPhase = read(records.stream().filter(r -> KEY.equals(r.key())).reduce((x, y) -> y)
                    .orElseThrow().value()).get("data");
            assertThat(lastPhase.get("phase").asText()).isEqualTo("CLOSED");
        }
    }

    private static JsonNode event(List<ConsumerRecord<String, String>> records, String type) {
        return records.stream().map(r -> read(r.value())).filter(e -> type.equals(e.get("type").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type));
    }

    private static List<String> types(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> read(r.value()).get("type").asText().replace("org.wsis.", "")
                .replace(".v1", "")).toList();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
