package org.wsis.prizes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.wsis.infra.testing.EventContracts;
import org.wsis.infra.testing.KafkaResource;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Plays registration-service: publishes its contract samples, with ids replaced, to the real
 * {@code wsis.participants} topic, and waits until this service has applied them.
 */
final class Participants {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Participants() {
    }

    /** A registration seen by the voter roll: its participant id and the person's subject. */
    record Registration(String participantId, String subject, int edition) {
    }

    static Registration newRegistration(int edition) {
        return new Registration(UUID.randomUUID().toString(), Api.newSubject(), edition);
    }

    /** Publishes {@code org.wsis.participant.<what>.v1} for the registration, happening now; its event id. */
    static String publish(Registration r, String what) {
        return publish(r, what, Instant.now());
    }

    /** Publishes {@code org.wsis.participant.<what>.v1} for the registration, happening at {@code time}; its id. */
    static String publish(Registration r, String what, Instant time) {
        String type = "org.wsis.participant." + what + ".v1";
        ObjectNode event = (ObjectNode) EventContracts.sample(type);
        String id = UUID.randomUUID().toString();
        event.put("id", id);
        event.put("time", time.toString());
        event.put("subject", r.participantId());
        event.put("edition", String.valueOf(r.edition()));
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("participantId", r.participantId());
        data.put("edition", r.edition());
        if (data.has("subject")) {
            data.put("subject", r.subject());
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>("wsis.participants", r.participantId(), JSON.writeValueAsString(event)))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish " + type, e);
        }
        return id;
    }

    /** Publishes the event and waits until the voter roll shows {@code status} for the registration. */
    static void publishAndAwait(Registration r, String what, String status) {
        publish(r, what);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> status.equals(Db.string("SELECT status FROM eligible_voter WHERE participant_id = '"
                        + r.participantId() + "'")));
    }

    /** {@code count} participants CONFIRMED for the edition, known to this service. */
    static java.util.List<Registration> confirmed(int edition, int count) {
        return confirmed(edition, count, Instant.now());
    }

    /** {@code count} participants CONFIRMED for the edition at {@code time}, known to this service. */
    static java.util.List<Registration> confirmed(int edition, int count, Instant time) {
        java.util.List<Registration> registrations = java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> newRegistration(edition)).toList();
        registrations.forEach(r -> publish(r, "confirmed", time));
        String ids = String.join("','", registrations.stream().map(Registration::participantId).toList());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> Db.count("SELECT count(*) FROM eligible_voter WHERE status = 'CONFIRMED'"
                        + " AND participant_id IN ('" + ids + "')") == count);
        return registrations;
    }

    /** A participant CONFIRMED for the edition, known to this service. */
    static Registration confirmed(int edition) {
        Registration r = newRegistration(edition);
        publishAndAwait(r, "confirmed", "CONFIRMED");
        return r;
    }
}
