package org.wsis.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** What each service stored, read straight from its database, and what is on the Kafka topics. */
public final class Truth {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Truth() {
    }

    /** registration: participant id -> status. */
    public static Map<UUID, String> registrations(SystemStack stack, int edition) {
        return idToStatus(stack, "registration", "SELECT id, status FROM registration WHERE edition = ?", edition);
    }

    /** prizes' read model: participant id -> status. */
    public static Map<UUID, String> eligible(SystemStack stack, int edition) {
        return idToStatus(stack, "prizes", "SELECT participant_id, status FROM eligible_voter WHERE edition = ?", edition);
    }

    /** sessions' read model: participant id -> status. */
    public static Map<UUID, String> sessionParticipants(SystemStack stack, int edition) {
        return idToStatus(stack, "sessions", "SELECT participant_id, status FROM participant WHERE edition = ?", edition);
    }

    /** Stored votes as "voter|category" -> nomination id. */
    public static Map<String, UUID> votes(SystemStack stack, int edition) {
        Map<String, UUID> votes = new HashMap<>();
        query(stack, "prizes", "SELECT voter, category, nomination_id FROM vote WHERE edition = ?", edition,
                rs -> votes.put(rs.getString(1) + "|" + rs.getString(2), (UUID) rs.getObject(3)));
        return votes;
    }

    /** The tally counters: nomination id -> votes. */
    public static Map<UUID, Long> tallies(SystemStack stack, int edition) {
        Map<UUID, Long> tallies = new TreeMap<>();
        query(stack, "prizes", "SELECT nomination_id, votes FROM nomination_tally WHERE edition = ?", edition,
                rs -> tallies.put((UUID) rs.getObject(1), rs.getLong(2)));
        return tallies;
    }

    /** Stored votes counted per nomination, with every nomination of the edition present. */
    public static Map<UUID, Long> countedVotes(SystemStack stack, int edition) {
        Map<UUID, Long> counts = new TreeMap<>();
        query(stack, "prizes", "SELECT n.id, count(v.id) FROM nomination n LEFT JOIN vote v ON v.nomination_id = n.id "
                + "WHERE n.edition = ? AND n.status = 'NOMINATED' GROUP BY n.id", edition,
                rs -> counts.put((UUID) rs.getObject(1), rs.getLong(2)));
        return counts;
    }

    public static long pendingOutbox(SystemStack stack, String database) {
        return single(stack, database, "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL");
    }

    public static long single(SystemStack stack, String database, String sql) {
        try (Connection c = stack.jdbc(database); var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Every row of a query as text, for before/after comparisons. */
    public static List<String> rows(SystemStack stack, String database, String sql) {
        List<String> rows = new ArrayList<>();
        try (Connection c = stack.jdbc(database); var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /** One event as read from Kafka (committed transactions only). */
    public record Event(String id, String type, String subject, String edition, JsonNode data, long timestamp) {
    }

    /** Every committed event on a topic, from the beginning to the current end. */
    public static List<Event> events(SystemStack stack, String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        List<Event> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end " + end);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode event = JSON.readTree(record.value());
                    events.add(new Event(event.path("id").asText(), event.path("type").asText(),
                            event.path("subject").asText(), event.path("edition").asText(), event.path("data"),
                            record.timestamp()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return events;
    }

    /** The vote.cast events of an edition. */
    public static List<Event> voteCasts(SystemStack stack, int edition) {
        return events(stack, "wsis.prizes").stream()
                .filter(e -> e.type().equals("org.wsis.vote.cast.v1") && e.edition().equals(String.valueOf(edition)))
                .toList();
    }

    public static Set<String> duplicates(List<Event> events) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new HashSet<>();
        for (Event e : events) {
            if (!seen.add(e.id())) {
                twice.add(e.id());
            }
        }
        return twice;
    }

    interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    private static Map<UUID, String> idToStatus(SystemStack stack, String database, String sql, int edition) {
        Map<UUID, String> result = new HashMap<>();
        query(stack, database, sql, edition, rs -> result.put((UUID) rs.getObject(1), rs.getString(2)));
        return result;
    }

    private static void query(SystemStack stack, String database, String sql, int edition, RowConsumer rows) {
        try (Connection c = stack.jdbc(database); PreparedStatement st = c.prepareStatement(sql)) {
            st.setInt(1, edition);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
