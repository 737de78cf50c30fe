package org.wsis.common.events;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.hibernate.Session;
import org.wsis.common.SqlArrays;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The processed-events and parked-events tables of the idempotent inbox. */
@ApplicationScoped
public class InboxRepository {

    /**
     * Records a batch of events as applied by the consumer, in one statement.
     * @return the ids that were not recorded before (a redelivered one is absent; an id given twice, once)
     */
    public Set<UUID> markProcessed(String consumer, List<CloudEvent> events, List<UUID> ids) {
        if (events.isEmpty()) {
            return new HashSet<>();
        }
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO processed_event (consumer, event_id, type)
                    SELECT ?, applied.id, applied.type FROM unnest(?::uuid[], ?::varchar[]) AS applied (id, type)
                    ON CONFLICT DO NOTHING RETURNING event_id""")) {
                insert.setString(1, consumer);
                insert.setArray(2, SqlArrays.text(connection, ids));
                insert.setArray(3, SqlArrays.text(connection, events.stream().map(CloudEvent::type)));
                Set<UUID> fresh = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        fresh.add(rows.getObject(1, UUID.class));
                    }
                }
                return fresh;
            }
        });
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

    /** Parked events per consumer (consumers without any are absent). */
    public Map<String, Long> countParkedByConsumer() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery("SELECT consumer, count(*) FROM parked_event GROUP BY consumer").getResultList();
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
