package org.wsis.system;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wsis.deploy.Service;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Proves the inbox is idempotent end to end: sessions-service is stopped, both of its consumer
 * groups (participants, prizes) are reset to the beginning of their topics, and it is started
 * again. It reads every event a second time, and nothing it stores changes: participants, sessions
 * (the prize ceremony included), processed and parked events are exactly as before.
 */
@Order(5)
@ExtendWith(SystemStack.Extension.class)
class RedeliveryTest {

    private static final Map<String, String> GROUPS = Map.of(
            "sessions-service.participants", "wsis.participants",
            "sessions-service.prizes", "wsis.prizes");

    private static final List<String> SNAPSHOT = List.of(
            "SELECT * FROM participant ORDER BY participant_id",
            "SELECT * FROM forum_session ORDER BY id",
            "SELECT consumer, event_id, type, processed_at FROM processed_event ORDER BY consumer, event_id",
            "SELECT consumer, topic, kafka_partition, kafka_offset FROM parked_event ORDER BY id",
            "SELECT count(*) FROM outbox_event");

    @Test
    void replayingEveryEventChangesNothing() throws Exception {
        SystemStack stack = SystemStack.get();
        try (Admin admin = Groups.admin(stack)) {
            for (var group : GROUPS.entrySet()) {
                Groups.awaitCaughtUp(admin, group.getKey(), group.getValue(), Duration.ofSeconds(30));
            }
            Map<String, List<String>> before = snapshot(stack);
            long events = 0;
            for (String topic : GROUPS.values()) {
                events += Groups.offsets(admin, topic, OffsetSpec.latest()).values().stream().mapToLong(Long::longValue).sum();
            }

            ProcessHandle sessions = stack.service(Service.SESSIONS);
            sessions.destroy();
            sessions.onExit().get(30, TimeUnit.SECONDS);
            for (var group : GROUPS.entrySet()) {
                // the group empties once the stopped consumer has left it
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                        .untilAsserted(() -> Groups.resetToEarliest(admin, group.getKey(), group.getValue()));
                assertThat(Groups.committed(admin, group.getKey()).values()).allMatch(offset -> offset == 0);
            }
            Instant restarted = Instant.now();
            Duration startup = stack.restart(Service.SESSIONS);
            for (var group : GROUPS.entrySet()) {
                Groups.awaitCaughtUp(admin, group.getKey(), group.getValue(), Duration.ofSeconds(60));
            }
            Duration replayed = Duration.between(restarted, Instant.now());
            Map<String, List<String>> after = snapshot(stack);
            System.out.printf("[system] redelivery: sessions-service re-read %d records of wsis.participants and"
                            + " wsis.prizes in %.1f s (start %.1f s); %d participant rows, %d sessions, %d processed"
                            + " events unchanged%n", events, replayed.toMillis() / 1000.0, startup.toMillis() / 1000.0,
                    before.get(SNAPSHOT.get(0)).size(), before.get(SNAPSHOT.get(1)).size(),
                    before.get(SNAPSHOT.get(2)).size());
            for (String query : SNAPSHOT) {
                assertThat(after.get(query)).as(query).isEqualTo(before.get(query));
            }
            assertThat(events).as("records replayed").isPositive();
        }
    }

    private static Map<String, List<String>> snapshot(SystemStack stack) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String query : SNAPSHOT) {
            rows.put(query, Truth.rows(stack, "sessions", query));
        }
        return rows;
    }
}
