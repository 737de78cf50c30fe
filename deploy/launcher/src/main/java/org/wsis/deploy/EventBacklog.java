package org.wsis.deploy;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.wsis.infra.PostgresServer;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How the event backbone of each service is doing, for {@code status}: outbox rows not yet on Kafka
 * and the age of the oldest, events its consumers parked, and how far its consumer groups are behind
 * the end of their partitions (read-committed). Read straight from PostgreSQL and Kafka.
 */
final class EventBacklog {

    private static final String ROW = "%-24s %-15s %-12s %-8s %s%n";

    /** One service's figures; {@code oldestPendingSeconds} null when nothing waits, {@code consumerLag} without consumers. */
    record Row(Service service, long outboxPending, Long oldestPendingSeconds, long parked, Long consumerLag) {
    }

    private EventBacklog() {
    }

    static List<Row> read(StackConfig config) throws Exception {
        Map<Service, Long> lag = consumerLag(config.kafkaBootstrap());
        List<Row> rows = new ArrayList<>();
        for (Service service : Service.values()) {
            try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + config.postgresPort()
                    + "/" + service.database(), PostgresServer.USER, PostgresServer.PASSWORD);
                 var statement = db.createStatement();
                 ResultSet outbox = statement.executeQuery("SELECT count(*), floor(extract(epoch FROM now() - "
                         + "min(created_at))) FROM outbox_event WHERE sent_at IS NULL")) {
                outbox.next();
                long pending = outbox.getLong(1);
                Long oldest = pending == 0 ? null : outbox.getLong(2);
                rows.add(new Row(service, pending, oldest, parked(db), lag.get(service)));
            }
        }
        return rows;
    }

    static void print(PrintStream out, List<Row> rows) {
        out.printf(ROW, "EVENTS", "OUTBOX PENDING", "OLDEST", "PARKED", "CONSUMER LAG");
        for (Row row : rows) {
            out.printf(ROW, row.service().module(), row.outboxPending(),
                    row.oldestPendingSeconds() == null ? "-" : row.oldestPendingSeconds() + " s", row.parked(),
                    row.consumerLag() == null ? "-" : row.consumerLag());
        }
    }

    private static long parked(Connection db) throws SQLException {
        try (var statement = db.createStatement();
             ResultSet parked = statement.executeQuery("SELECT count(*) FROM parked_event")) {
            parked.next();
            return parked.getLong(1);
        }
    }

    /** Records behind, summed over each service's consumer groups (their names start with the service's module). */
    private static Map<Service, Long> consumerLag(String bootstrapServers) throws Exception {
        Map<Service, Long> lag = new HashMap<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000))) {
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(5, TimeUnit.SECONDS)) {
                Service service = owner(group.groupId());
                if (service == null) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
                committed.keySet().forEach(partition -> ends.put(partition, OffsetSpec.latest()));
                var endOffsets = admin.listOffsets(ends, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                        .all().get(5, TimeUnit.SECONDS);
                long behind = 0;
                for (var entry : committed.entrySet()) {
                    if (entry.getValue() != null && endOffsets.containsKey(entry.getKey())) {
                        behind += Math.max(0, endOffsets.get(entry.getKey()).offset() - entry.getValue().offset());
                    }
                }
                lag.merge(service, behind, Long::sum);
            }
        }
        return lag;
    }

    static Service owner(String groupId) {
        for (Service service : Service.values()) {
            if (groupId.startsWith(service.module())) {
                return service;
            }
        }
        return null;
    }
}
