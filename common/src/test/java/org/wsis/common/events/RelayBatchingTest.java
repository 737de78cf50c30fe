package org.wsis.common.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.opentelemetry.api.trace.Tracer;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.TopicProbe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The relay gathers the commits that wake it into fewer Kafka transactions, without changing what consumers see. */
@QuarkusTest
class RelayBatchingTest {

    private static final String TOPIC = "wsis.common-relay-batching-test";

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxEventRepository repository;

    @Inject
    KafkaClients kafka;

    @Inject
    EventMetrics metrics;

    @Inject
    Tracer tracer;

    @Inject
    EventsConfig config;

    @Inject
    ObjectMapper mapper;

    @Test
    void concurrentCommitsShareKafkaTransactionsEachEventOnceInOrder() throws Exception {
        int writers = 8;
        int perWriter = 25;
        int commits = writers * perWriter;
        String run = UUID.randomUUID().toString();
        List<String> keys = IntStream.range(0, writers).mapToObj(w -> "writer-" + w + "-" + run).toList();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try (TopicProbe probe = TopicProbe.fromNow(TOPIC)) {
            long transactionsBefore = relay.transactions();
            List<Future<?>> done = new ArrayList<>();
            for (String key : keys) {
                done.add(pool.submit(() -> {
                    for (int sequence = 0; sequence < perWriter; sequence++) {
                        int n = sequence;
                        QuarkusTransaction.requiringNew().run(() ->
                                outbox.publish(TOPIC, "org.wsis.test.step.v1", key, "2026", Map.of("sequence", n)));
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
            probe.await(r -> keys.contains(r.key()), commits, Duration.ofSeconds(60));
            long transactions = relay.transactions() - transactionsBefore;
            List<ConsumerRecord<String, String>> received = probe.drain(Duration.ofMillis(500)).stream()
                    .filter(r -> keys.contains(r.key())).toList();

            System.out.printf("relay: %d commits sent in %d Kafka transactions%n", commits, transactions);
            assertThat(transactions).isPositive().isLessThan(commits / 2);
            assertThat(received).hasSize(commits);
            Map<String, List<Integer>> sequences = received.stream().collect(Collectors.groupingBy(
                    ConsumerRecord::key, Collectors.mapping(this::sequence, Collectors.toList())));
            List<Integer> expected = IntStream.range(0, perWriter).boxed().toList();
            keys.forEach(key -> assertThat(sequences.get(key)).as(key).isEqualTo(expected));
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                    .until(() -> rows("recordKey IN ?1 AND sentAt IS NULL", keys) == 0); // marked sent
            assertThat(rows("recordKey IN ?1", keys)).isEqualTo(commits);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * After a wake the relay lingers before it reads: commits made meanwhile go out in the same Kafka
     * transaction. One key means one partition, where a transaction's records have consecutive offsets
     * and every commit marker takes an offset of its own.
     */
    @Test
    void commitsDuringTheLingerGoOutInOneTransaction() throws Exception {
        OutboxRelay lingering = new OutboxRelay(repository, kafka, RelaySettings.with(config, config.outbox().pollInterval(), Duration.ofSeconds(3)), metrics, tracer);
        relay.stop(null);
        lingering.start(null);
        String key = "linger-" + UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.fromNow(TOPIC)) {
            // commits wake the application's relay; this one is woken as Outbox would wake it
            publish(key, -1);
            lingering.wake();
            probe.await(r -> key.equals(r.key()), 1, Duration.ofSeconds(30)); // the relay is idle again

            int burst = 10;
            for (int sequence = 0; sequence < burst; sequence++) {
                publish(key, sequence);
                lingering.wake();
            }
            List<ConsumerRecord<String, String>> received =
                    probe.await(r -> key.equals(r.key()), burst + 1, Duration.ofSeconds(30));

            List<ConsumerRecord<String, String>> burstRecords = received.subList(1, burst + 1);
            assertThat(burstRecords).extracting(this::sequence)
                    .isEqualTo(IntStream.range(0, burst).boxed().toList());
            assertThat(burstRecords.get(burst - 1).offset() - burstRecords.get(0).offset())
                    .as("offsets of the burst, consecutive within one transaction")
                    .isEqualTo(burst - 1);
            assertThat(burstRecords.get(0).offset() - received.get(0).offset())
                    .as("the first event's transaction ended with a commit marker")
                    .isEqualTo(2);
        } finally {
            lingering.stop(null);
            relay.start(null);
        }
    }

    private long rows(String query, List<String> keys) {
        return QuarkusTransaction.requiringNew().call(() -> repository.count(query, keys));
    }

    private void publish(String key, int sequence) {
        QuarkusTransaction.requiringNew().run(() ->
                outbox.publish(TOPIC, "org.wsis.test.step.v1", key, "2026", Map.of("sequence", sequence)));
    }

    private int sequence(ConsumerRecord<String, String> record) {
        try {
            return mapper.readTree(record.value()).get("data").get("sequence").asInt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
