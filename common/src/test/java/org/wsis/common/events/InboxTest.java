package org.wsis.common.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The consumer side of the backbone against a real broker and database. */
@QuarkusTest
class InboxTest {

    @Inject
    AgroalDataSource dataSource;

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
