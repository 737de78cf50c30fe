package org.wsis.common.events;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.UUID;

/** The processed-events and parked-events tables of the idempotent inbox. */
@ApplicationScoped
public class InboxRepository {

    /** Records the event as applied by the consumer; false when it already was (a redelivery). */
    public boolean markProcessed(String consumer, UUID eventId, String type) {
        int inserted = Panache.getEntityManager().createNativeQuery(
                        "INSERT INTO processed_event (consumer, event_id, type) VALUES (?1, ?2, ?3) "
                                + "ON CONFLICT DO NOTHING")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .setParameter(3, type)
                .executeUpdate();
        return inserted == 1;
    }

    public void park(String consumer, ConsumerRecord<String, String> record, String error) {
        Panache.getEntityManager().createNativeQuery(
                        "INSERT INTO parked_event (consumer, topic, kafka_partition, kafka_offset, record_key, payload, error) "
                                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING")
                .setParameter(1, consumer)
                .setParameter(2, record.topic())
                .setParameter(3, record.partition())
                .setParameter(4, record.offset())
                .setParameter(5, record.key())
                .setParameter(6, withoutNul(record.value()))
                .setParameter(7, withoutNul(error))
                .executeUpdate();
    }

    /** PostgreSQL text cannot hold NUL; a poison record may well contain one. */
    private static String withoutNul(String text) {
        return text == null ? null : text.replace("\u0000", "\\u0000");
    }

    public long countParked(String consumer) {
        return ((Number) Panache.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM parked_event WHERE consumer = ?1")
                .setParameter(1, consumer).getSingleResult()).longValue();
    }
}
