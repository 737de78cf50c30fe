package org.wsis.common.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.opentelemetry.api.trace.Tracer;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.KafkaResource;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The consumer side of the backbone against a real broker and database. */
@QuarkusTest
class InboxTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Outbox outbox;

    @Inject
    KafkaClients kafka;

    @Inject
    EventMetrics metrics;

    @Inject
    Tracer tracer;

    @Inject
    InboxRepository inbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    EventsConfig config;

    @Inject
    CountingHandler counting;

    private KafkaProducer<String, String> producer;
    private String counter;

    @BeforeEach
    void connect() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
        counter = "c-" + UUID.randomUUID();
    }

    @AfterEach
    void disconnect() {
        producer.close();
    }

    @Test
    void redeliveredBatchHasNoSecondEffect() throws Exception {
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(event(UUID.randomUUID(), CountingHandler.COUNTED, counter, 10));
        }
        batch.forEach(this::send);
        awaitCounter(50);

        batch.forEach(this::send); // the same five events again, as after a lost offset commit
        send(event(UUID.randomUUID(), CountingHandler.COUNTED, counter, 1)); // a marker behind them
        awaitCounter(51);

        assertThat(counterValue()).isEqualTo(51);
        assertThat(count("SELECT count(*) FROM processed_event WHERE consumer = 'common-test' AND event_id::text IN ("
                + batch.stream().map(e -> "'" + idOf(e) + "'").reduce((a, b) -> a + "," + b).orElseThrow() + ")"))
                .isEqualTo(5);
    }

    @Test
    void anEventDeliveredTwiceInARowIsAppliedOnce() throws Exception {
        String twice = event(UUID.randomUUID(), CountingHandler.COUNTED, counter, 10);
        send(twice);
        send(twice); // most likely in the same polled batch: marked processed in one statement with the first
        send(event(UUID.randomUUID(), CountingHandler.COUNTED, counter, 1));
        awaitCounter(11);
        assertThat(counterValue()).isEqualTo(11);
    }

    @Test
    void unknownTypesAreSkipped() throws Exception {
        send(event(UUID.randomUUID(), "org.wsis.test.from-the-future.v9", counter, 1000));
        send(event(UUID.randomUUID(), CountingHandler.COUNTED, counter, 1));
        awaitCounter(1);
        assertThat(count("SELECT count(*) FROM parked_event WHERE payload LIKE '%" + counter + "%'")).isZero();
    }

    @Test
    void unreadableAndFailingRecordsAreParkedWithoutBlockingThePartition() throws Exception {
        send("{not json at all " + counter);
        send(event(UUID.randomUUID(), CountingHandler.POISON, counter, 1));
        send(event(UUID.randomUUID(), CountingHandler.COUNTED, counter, 7));
        awaitCounter(7);
        assertThat(count("SELECT count(*) FROM parked_event WHERE consumer = 'common-test' AND payload LIKE '%"
                + counter + "%'")).isEqualTo(2);
    }

    @Test
    void anUnhandledTypeInTheHeaderIsSkippedWithoutParsingTheValue() throws Exception {
        ProducerRecord<String, String> unhandled = new ProducerRecord<>(CountingHandler.TOPIC, "same-key",
                "{not json, and never parsed " + counter);
        unhandled.headers().add(CloudEvent.TYPE_HEADER, "org.wsis.test.not-for-this-consumer.v1".getBytes(UTF_8));
        producer.send(unhandled).get();
        send(event(UUID.randomUUID(), CountingHandler.COUNTED, counter, 1)); // behind it on the same partition
        awaitCounter(1);
        assertThat(count("SELECT count(*) FROM parked_event WHERE payload LIKE '%" + counter + "%'")).isZero();
    }

    @Test
    void eventsFromTheOutboxAreAppliedOrSkippedByTheirTypeHeader() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(CountingHandler.TOPIC, "org.wsis.test.not-counted.v1", "same-key", "2026",
                    Map.of("name", counter, "amount", 100));
            outbox.publish(CountingHandler.TOPIC, CountingHandler.COUNTED, "same-key", "2026",
                    Map.of("name", counter, "amount", 5));
        });
        awaitCounter(5);
        send(event(UUID.randomUUID(), CountingHandler.COUNTED, counter, 1)); // a marker behind them
        awaitCounter(6);
    }

    @Test
    void offsetsAreCommittedAfterEachBatch() throws Exception {
        RecordMetadata last = null;
        for (int i = 0; i < 3; i++) {
            last = producer.send(new ProducerRecord<>(CountingHandler.TOPIC, "same-key",
                    event(UUID.randomUUID(), CountingHandler.COUNTED, counter, 1))).get();
        }
        awaitCounter(3);
        TopicPartition partition = new TopicPartition(last.topic(), last.partition());
        long next = last.offset() + 1;
        try (Admin admin = KafkaResource.broker().admin()) {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets("common-test")
                        .partitionsToOffsetAndMetadata().get().get(partition);
                return committed != null && committed.offset() == next;
            });
        }
    }

    /** What a stopped consumer applied is committed: the next member of its group starts after it. */
    @Test
    void theNextConsumerOfTheGroupStartsAfterWhatWasApplied() throws Exception {
        String topic = "wsis.common-inbox-restart-test";
        String group = "common-test-restart-" + UUID.randomUUID();
        KafkaResource.broker().createTopics(List.of(topic), 1);
        InboxLoop loop = new InboxLoop(new EventHandler() {
            @Override
            public String consumerName() {
                return group;
            }

            @Override
            public List<String> topics() {
                return List.of(topic);
            }

            @Override
            public boolean handles(String type) {
                return counting.handles(type);
            }

            @Override
            public void apply(CloudEvent event) {
                counting.apply(event);
            }
        }, kafka, inbox, mapper, config.inbox(), metrics, tracer);
        loop.start();
        try {
            for (int i = 0; i < 5; i++) {
                producer.send(new ProducerRecord<>(topic, "k", event(UUID.randomUUID(), CountingHandler.COUNTED,
                        counter, 1))).get();
            }
            awaitCounter(5);
        } finally {
            loop.requestStop();
            loop.awaitStop();
        }
        String marker = "marker " + counter;
        producer.send(new ProducerRecord<>(topic, "k", marker)).get();

        try (KafkaConsumer<String, String> next = kafka.consumer(group, group + "-next", 10)) {
            next.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> first = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (first.isEmpty() && System.nanoTime() < deadline) {
                next.poll(Duration.ofMillis(100)).forEach(first::add);
            }
            assertThat(first).isNotEmpty();
            assertThat(first.get(0).value()).isEqualTo(marker);
        }
    }

    private void send(String value) {
        try {
            // one key: one partition, so the records arrive in the order sent
            producer.send(new ProducerRecord<>(CountingHandler.TOPIC, "same-key", value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String event(UUID id, String type, String counter, int amount) {
        return """
                {"specversion":"1.0","id":"%s","source":"/test","type":"%s","subject":"same-key",
                 "time":"2026-03-02T09:15:00.123Z","datacontenttype":"application/json","edition":"2026",
                 "data":{"name":"%s","amount":%d}}""".formatted(id, type, counter, amount);
    }

    private static String idOf(String event) {
        return event.substring(event.indexOf("\"id\":\"") + 6, event.indexOf("\"id\":\"") + 42);
    }

    private void awaitCounter(long expected) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> counterValue() == expected);
    }

    private long counterValue() throws SQLException {
        return count("SELECT coalesce(sum(value), 0) FROM test_counter WHERE name = '" + counter + "'");
    }

    private long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
