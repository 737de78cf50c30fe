package org.wsis.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.TopicProbe;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The publishing side: what commits reaches the topic as a CloudEvent; what rolls back never does. */
@QuarkusTest
class OutboxTest {

    private static final String TOPIC = "wsis.common-outbox-test";

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    OutboxEventRepository repository;

    @Test
    void committedEventReachesTheTopicAsAStructuredCloudEvent() throws Exception {
        String subject = UUID.randomUUID().toString();
        try (TopicProbe probe = TopicProbe.fromNow(TOPIC)) {
            CloudEvent sent = QuarkusTransaction.requiringNew().call(() -> outbox.publish(TOPIC,
                    "org.wsis.test.happened.v1", subject, "2026", Map.of("answer", 42)));

            ConsumerRecord<String, String> record = probe.await(r -> subject.equals(r.key()), 1,
                    Duration.ofSeconds(20)).get(0);
            JsonNode event = mapper.readTree(record.value());
            assertThat(event.get("specversion").asText()).isEqualTo("1.0");
            assertThat(event.get("id").asText()).isEqualTo(sent.id());
            assertThat(event.get("source").asText()).isEqualTo("/common-test");
            assertThat(event.get("type").asText()).isEqualTo("org.wsis.test.happened.v1");
            assertThat(event.get("subject").asText()).isEqualTo(subject);
            assertThat(event.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z");
            assertThat(event.get("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(event.get("edition").asText()).isEqualTo("2026");
            assertThat(event.get("data").get("answer").asInt()).isEqualTo(42);
            assertThat(new String(record.headers().lastHeader("content-type").value()))
                    .startsWith("application/cloudevents+json");
            assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("org.wsis.test.happened.v1");
        }
    }

    /**
     * The envelope is serialised in one pass; the stored JSON is exactly what serialising the data
     * into a tree first, then the envelope, wrote before.
     */
    @Test
    void eventJsonIsTheSameAsWithADataTree() {
        UUID id = UUID.randomUUID();
        Sample full = new Sample(id, "Zoë \"Z\" <&> \u2028", 42, 7_000_000_000L, true, Kind.SECOND,
                Instant.parse("2026-03-02T09:15:00.123456Z"), LocalDate.parse("2026-07-01"),
                OffsetDateTime.parse("2026-07-01T10:00:00+02:00"), List.of(new Part(1, "one"), new Part(2, null)),
                new LinkedHashMap<>(Map.of("b", 2, "a", List.of(1, 2))), null, Optional.of("present"));
        Sample sparse = new Sample(id, null, 0, 0, false, null, null, null, null, List.of(), Map.of(), null,
                Optional.empty());
        for (Object data : java.util.Arrays.asList(full, sparse, Map.of("answer", 42), List.of("x"), "text", null)) {
            CloudEvent sent = QuarkusTransaction.requiringNew().call(() -> outbox.publish(TOPIC,
                    "org.wsis.test.happened.v1", UUID.randomUUID().toString(), "2026", data));
            String stored = QuarkusTransaction.requiringNew().call(() ->
                    repository.find("eventId", UUID.fromString(sent.id())).firstResult().payload);
            CloudEvent withTree = new CloudEvent(sent.specversion(), sent.id(), sent.source(), sent.type(),
                    sent.subject(), sent.time(), sent.datacontenttype(), sent.edition(), sent.traceparent(),
                    mapper.valueToTree(data));
            assertThat(stored).as(String.valueOf(data)).isEqualTo(writeJson(withTree));
        }
    }

    enum Kind { FIRST, SECOND }

    record Part(int number, String label) {
    }

    record Sample(UUID id, String text, int small, long big, boolean flag, Kind kind, Instant at, LocalDate day,
                  OffsetDateTime local, List<Part> parts, Map<String, Object> extra, String missing,
                  Optional<String> maybe) {
    }

    private String writeJson(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void rolledBackEventIsNeverSent() {
        String rolledBack = UUID.randomUUID().toString();
        String committed = UUID.randomUUID().toString();
        try (TopicProbe probe = TopicProbe.fromNow(TOPIC)) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish(TOPIC, "org.wsis.test.happened.v1", rolledBack, "2026", Map.of());
                throw new IllegalStateException("the state change failed");
            })).isInstanceOf(IllegalStateException.class);
            QuarkusTransaction.requiringNew().run(() ->
                    outbox.publish(TOPIC, "org.wsis.test.happened.v1", committed, "2026", Map.of()));

            probe.await(r -> committed.equals(r.key()), 1, Duration.ofSeconds(20));
            List<ConsumerRecord<String, String>> all = probe.drain(Duration.ofMillis(500));
            assertThat(all).noneMatch(r -> rolledBack.equals(r.key()));
        }
    }

    /**
     * With polling off (see application.properties) every event still arrives: the commit wakes the
     * relay. Prints the commit-to-topic delay as a figure; speed itself is judged by the benchmark.
     */
    @Test
    void commitWakesTheRelay() {
        int events = 200;
        try (TopicProbe probe = TopicProbe.fromNow(TOPIC)) {
            java.util.Map<String, Long> committedAt = new java.util.HashMap<>();
            for (int i = 0; i < events; i++) {
                String subject = "latency-" + UUID.randomUUID();
                QuarkusTransaction.requiringNew().run(() ->
                        outbox.publish(TOPIC, "org.wsis.test.happened.v1", subject, "2026", Map.of()));
                committedAt.put(subject, System.currentTimeMillis());
                probe.await(r -> subject.equals(r.key()), 1, Duration.ofSeconds(20));
            }
            List<Long> delays = probe.received().stream().filter(r -> committedAt.containsKey(r.key()))
                    .map(r -> Math.max(0, r.timestamp() - committedAt.get(r.key()))).sorted().toList();
            assertThat(delays).hasSize(events);
            System.out.printf("outbox commit-to-broker delay over %d events: p50 %d ms, p99 %d ms, max %d ms%n",
                    events, delays.get(events / 2), delays.get(events * 99 / 100), delays.get(events - 1));
        }
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.publish(TOPIC, "org.wsis.test.happened.v1", "x", "2026", Map.of()))
                .hasMessageContaining("Transaction");
    }
}
