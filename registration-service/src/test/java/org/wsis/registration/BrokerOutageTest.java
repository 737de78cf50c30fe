package org.wsis.registration;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.wsis.infra.KafkaBroker;
import org.wsis.infra.testing.KafkaResource;
import org.wsis.infra.testing.TestEditions;
import org.wsis.infra.testing.TopicProbe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wsis.registration.Api.as;
import static org.wsis.registration.Api.newSubject;
import static org.wsis.registration.Api.organiser;
import static org.wsis.registration.Api.register;
import static org.wsis.registration.Api.registration;

/**
 * With the broker dead, users are served as usual; when it returns every event arrives exactly
 * once and in order per participant.
 */
@QuarkusTest
class BrokerOutageTest {

    private static final int EDITION = TestEditions.next();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @Test
    void registrationsSucceedWhileKafkaIsDownAndEveryEventArrivesOnceInOrder() throws Exception {
        Api.openRegistration(EDITION, 100);
        try (TopicProbe probe = TopicProbe.fromNow("wsis.participants")) {
            KafkaBroker broker = KafkaResource.broker();
            broker.kill();
            try {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    long started = System.nanoTime();
                    ids.add(register(EDITION, newSubject(), registration("GOVERNMENT", "REMOTE")));
                    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
                }
                for (String id : ids.subList(0, 5)) {
                    as(organiser()).post("/editions/" + EDITION + "/registrations/" + id + "/cancellation")
                            .then().statusCode(200);
                }
                assertThat(pendingOutboxRows()).isGreaterThanOrEqualTo(25);

                broker.start(Duration.ofSeconds(90));
                KafkaResource.remember(broker);

                List<ConsumerRecord<String, String>> arrived = probe.await(r -> ids.contains(r.key()), 25,
                        Duration.ofSeconds(60));
                arrived = probe.drain(Duration.ofSeconds(1)).stream().filter(r -> ids.contains(r.key())).toList();
                assertThat(arrived).hasSize(25); // once: no duplicates
                Map<String, List<String>> perParticipant = arrived.stream().collect(Collectors.groupingBy(
                        ConsumerRecord::key, Collectors.mapping(BrokerOutageTest::type, Collectors.toList())));
                for (String id : ids.subList(0, 5)) {
                    assertThat(perParticipant.get(id)).containsExactly("registered", "confirmed", "cancelled");
                }
                for (String id : ids.subList(5, 10)) {
                    assertThat(perParticipant.get(id)).containsExactly("registered", "confirmed");
                }
                assertThat(pendingOutboxRows()).isZero();
            } finally {
                if (!broker.isAlive()) {
                    broker.start(Duration.ofSeconds(90));
                    KafkaResource.remember(broker);
                }
            }
        }
    }

    private static String type(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value()).get("type").asText()
                    .replace("org.wsis.participant.", "").replace(".v1", "");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long pendingOutboxRows() throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement();
             var r = s.executeQuery("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL")) {
            r.next();
            return r.getLong(1);
        }
    }
}
