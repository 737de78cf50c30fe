package org.wsis.common.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.opentelemetry.api.trace.Tracer;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.TopicProbe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two relays on the same outbox, as two instances of the service run them: one leads and sends, the
 * other stands by and takes over when the leader stops or loses its database session. Consumers see
 * each aggregate's events once, in commit order, across every hand-over, and the producers never fence
 * each other.
 */
@QuarkusTest
class TwoRelaysTest {

    private static final String TOPIC = "wsis.common-two-relays-test";
    /** The relays built here poll (and try to lead) this often; the application's polls every hour in these tests. */
    private static final Duration POLL = Duration.ofMillis(50);

    @Inject
    Outbox outbox;

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

    @Inject
    OutboxRelay application;

    @Inject
    AgroalDataSource dataSource;

    private OutboxRelay a;
    private OutboxRelay b;
    private ScheduledExecutorService waker;

    @BeforeEach
    void twoInstances() throws InterruptedException {
        application.stop(null); // leaves the outbox to the two relays below
        a = new OutboxRelay(repository, kafka, RelaySettings.withPollInterval(config, POLL), metrics, tracer);
        b = new OutboxRelay(repository, kafka, RelaySettings.withPollInterval(config, POLL), metrics, tracer);
        // commits wake the application's relay only: these are woken as their instances' commits would
        waker = Executors.newSingleThreadScheduledExecutor();
        waker.scheduleAtFixedRate(() -> {
            a.wake();
            b.wake();
        }, 0, 2, TimeUnit.MILLISECONDS);
    }

    @AfterEach
    void backToOneRelay() throws InterruptedException {
        waker.shutdownNow();
        a.stop(null);
        b.stop(null);
        application.start(null);
        await().atMost(Duration.ofSeconds(10)).until(application::leader);
    }

    @Test
    void eachAggregateKeepsItsOrderAcrossLeaderHandOvers() throws Exception {
        a.start(null);
        await().atMost(Duration.ofSeconds(10)).until(a::leader);
        b.start(null);
        List<String> aggregates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            aggregates.add(UUID.randomUUID().toString());
        }
        try (TopicProbe probe = TopicProbe.fromNow(TOPIC)) {
            for (int sequence = 0; sequence < 40; sequence++) {
                switch (sequence) {
                    case 10 -> {
                        // a alone delivered the first ten steps
                        probe.await(r -> aggregates.contains(r.key()), 100, Duration.ofSeconds(30));
                        assertThat(b.transactions()).isZero();
                        a.stop(null); // b takes over, with the steps a left pending
                    }
                    case 20 -> a.start(null); // stands by
                    case 25 -> b.stop(null); // a takes over again
                    default -> {
                    }
                }
                publishStep(aggregates, sequence);
            }
            probe.await(r -> aggregates.contains(r.key()), 400, Duration.ofSeconds(60));
            List<ConsumerRecord<String, String>> received = probe.drain(Duration.ofMillis(500)).stream()
                    .filter(r -> aggregates.contains(r.key())).toList();

            assertThat(received).hasSize(400);
            Map<String, List<Integer>> sequences = received.stream().collect(Collectors.groupingBy(
                    ConsumerRecord::key, Collectors.mapping(this::sequence, Collectors.toList())));
            List<Integer> expected = IntStream.range(0, 40).boxed().toList();
            aggregates.forEach(aggregate -> assertThat(sequences.get(aggregate)).as(aggregate).isEqualTo(expected));
            assertThat(b.transactions()).as("b sent while it led").isPositive();
            assertThat(a.failedRounds() + b.failedRounds()).as("rounds that failed (a fenced producer)").isZero();
        }
    }

    @Test
    void oneRelayLeadsAndAnotherTakesOverWhenItStops() throws Exception {
        a.start(null);
        b.start(null);
        await().atMost(Duration.ofSeconds(10)).until(() -> a.leader() || b.leader());
        // stays exactly one while both run
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> a.leader() ^ b.leader());
        OutboxRelay leader = a.leader() ? a : b;
        OutboxRelay standBy = leader == a ? b : a;

        String key = "lead-" + UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.fromNow(TOPIC)) {
            for (int sequence = 0; sequence < 50; sequence++) {
                publish(key, sequence);
            }
            probe.await(r -> key.equals(r.key()), 50, Duration.ofSeconds(30));
            assertThat(standBy.transactions()).as("the standing-by relay sends nothing").isZero();
            assertThat(a.failedRounds() + b.failedRounds()).as("rounds that failed (a fenced producer)").isZero();

            leader.stop(null);
            await().atMost(Duration.ofSeconds(5)).until(standBy::leader);
            publish(key, 50);
            probe.await(r -> key.equals(r.key()), 51, Duration.ofSeconds(30));
            assertThat(standBy.transactions()).isPositive();
            assertThat(standBy.failedRounds()).isZero();
        }
    }

    @Test
    void aLeaderWhoseSessionBreaksStepsDownAndTheLeadMovesOn() throws Exception {
        a.start(null);
        await().atMost(Duration.ofSeconds(10)).until(a::leader);
        b.start(null);
        int holder = lockHolder().orElseThrow();

        terminate(holder); // as a database restart or a lost connection would
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            OptionalInt now = lockHolder();
            return now.isPresent() && now.getAsInt() != holder && (a.leader() ^ b.leader());
        });

        String key = "moved-" + UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.fromNow(TOPIC)) {
            publish(key, 0);
            probe.await(r -> key.equals(r.key()), 1, Duration.ofSeconds(30));
        }
    }

    /** The server process whose session holds the leadership lock, if any. */
    private OptionalInt lockHolder() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT pid FROM pg_locks WHERE locktype = 'advisory' "
                     + "AND granted AND classid = ? AND objid = ? AND objsubid = 1")) {
            select.setLong(1, OutboxRelay.LEADER_LOCK >>> 32);
            select.setLong(2, OutboxRelay.LEADER_LOCK & 0xffffffffL);
            try (ResultSet holders = select.executeQuery()) {
                return holders.next() ? OptionalInt.of(holders.getInt(1)) : OptionalInt.empty();
            }
        }
    }

    private void terminate(int pid) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement terminate = connection.prepareStatement("SELECT pg_terminate_backend(?)")) {
            terminate.setInt(1, pid);
            terminate.execute();
        }
    }

    private void publishStep(List<String> aggregates, int sequence) {
        QuarkusTransaction.requiringNew().run(() -> aggregates.forEach(aggregate ->
                outbox.publish(TOPIC, "org.wsis.test.step.v1", aggregate, "2026", Map.of("sequence", sequence))));
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
