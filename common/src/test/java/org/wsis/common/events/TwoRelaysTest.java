package org.wsis.common.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.TopicProbe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second relay draining the same outbox (as a second instance of the service would) changes
 * nothing a consumer sees: each aggregate's events arrive once, in commit order.
 */
@QuarkusTest
class TwoRelaysTest {

    private static final String TOPIC = "wsis.common-two-relays-test";

    @Inject
    Outbox outbox;

    @Inject
    OutboxEventRepository repository;

    @Inject
    KafkaClients kafka;

    @Inject
    EventsConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    OutboxRelay first;

    @Test
    void eachAggregateKeepsItsOrderWithTwoRelays() throws Exception {
        OutboxRelay second = new OutboxRelay(repository, kafka, config);
        second.start(null);
        first.stop(null); // the second relay drains alone first, then both compete
        List<String> aggregates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            aggregates.add(UUID.randomUUID().toString());
        }
        // keeps the second relay as eager as the first, so the two really compete for the outbox
        var waker = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        waker.scheduleAtFixedRate(second::wake, 0, 2, java.util.concurrent.TimeUnit.MILLISECONDS);
        try (TopicProbe probe = TopicProbe.fromNow(TOPIC)) {
            for (int sequence = 0; sequence < 30; sequence++) {
                int n = sequence;
                if (sequence == 10) {
                    // only the second relay ran so far: it alone delivered the first ten steps
                    probe.await(r -> aggregates.contains(r.key()), 100, Duration.ofSeconds(30));
                    first.start(null);
                }
                QuarkusTransaction.requiringNew().run(() -> aggregates.forEach(aggregate ->
                        outbox.publish(TOPIC, "org.wsis.test.step.v1", aggregate, "2026", Map.of("sequence", n))));
            }
            probe.await(r -> aggregates.contains(r.key()), 300, Duration.ofSeconds(60));
            List<ConsumerRecord<String, String>> received = probe.drain(Duration.ofMillis(500)).stream()
                    .filter(r -> aggregates.contains(r.key())).toList();

            assertThat(received).hasSize(300);
            Map<String, List<Integer>> sequences = received.stream().collect(Collectors.groupingBy(
                    ConsumerRecord::key, Collectors.mapping(this::sequence, Collectors.toList())));
            List<Integer> expected = java.util.stream.IntStream.range(0, 30).boxed().toList();
            aggregates.forEach(aggregate -> assertThat(sequences.get(aggregate)).as(aggregate).isEqualTo(expected));
        } finally {
            waker.shutdownNow();
            second.stop(null);
        }
    }

    private int sequence(ConsumerRecord<String, String> record) {
        try {
            return mapper.readTree(record.value()).get("data").get("sequence").asInt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
