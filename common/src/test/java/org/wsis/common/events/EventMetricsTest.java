package org.wsis.common.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.wsis.common.observability.Sampler;
import org.wsis.infra.testing.ScrapedMetrics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What an operator reads on /q/metrics and /q/health/group/events about the event backbone. */
@QuarkusTest
class EventMetricsTest {

    /** The series the dashboards and alerts use (deploy/kubernetes), present once the backbone ran. */
    static final List<String> BACKBONE_SERIES = List.of(
            "wsis_outbox_pending_events", "wsis_outbox_oldest_pending_age_seconds",
            "wsis_outbox_relay_batch_events_count", "wsis_outbox_relay_batch_events_max",
            "wsis_outbox_relay_send_seconds_bucket", "wsis_outbox_relay_events_sent_total",
            "wsis_outbox_relay_failures_total", "wsis_outbox_relay_leader",
            "wsis_inbox_events_applied_total", "wsis_inbox_apply_seconds_bucket", "wsis_inbox_event_age_seconds_bucket",
            "wsis_inbox_parked_events", "kafka_consumer_fetch_manager_records_lag",
            "kafka_consumer_fetch_manager_records_lag_max", "kafka_producer_record_send_total",
            "wsis_requests_shed_total",
            "http_server_requests_seconds_bucket", "jvm_memory_used_bytes", "agroal_active_count");

    @Inject
    Outbox outbox;

    @Inject
    InboxRepository inbox;

    @Inject
    Sampler sampler;

    @Test
    void theBackboneIsMeasuredPerServiceAndConsumer() {
        double applied = value(metrics(), "wsis_inbox_events_applied_total", "consumer=\"common-test\"");
        double sent = value(metrics(), "wsis_outbox_relay_events_sent_total", "");
        String name = "measured-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(CountingHandler.TOPIC, CountingHandler.COUNTED,
                name, "2026", Map.of("name", name, "amount", 1)));

        await().atMost(Duration.ofSeconds(20)).until(() ->
                value(metrics(), "wsis_inbox_events_applied_total", "consumer=\"common-test\"") >= applied + 1);
        // the per-partition lag is bound at the clients' next metrics refresh (every 10 s)
        await().atMost(Duration.ofSeconds(20)).until(() -> metrics().contains("kafka_consumer_fetch_manager_records_lag{"));
        RestAssured.given().get("/no-such-route").then().statusCode(404); // client traffic, unlike /q/*
        String metrics = metrics();
        assertThat(value(metrics, "wsis_outbox_relay_events_sent_total", "")).isGreaterThanOrEqualTo(sent + 1);
        assertThat(value(metrics, "wsis_outbox_relay_leader", "")).isEqualTo(1);
        assertThat(value(metrics, "wsis_inbox_event_age_seconds_count", "consumer=\"common-test\"")).isPositive();
        assertThat(value(metrics, "kafka_consumer_fetch_manager_records_lag", "topic=\"wsis.common-test\""))
                .as("lag per partition").isGreaterThanOrEqualTo(0);
        for (String series : BACKBONE_SERIES) {
            assertThat(metrics).as(series).containsPattern("(?m)^" + series + "\\{");
        }
        assertThat(metrics).as("every series names its service").containsPattern(
                "(?m)^wsis_outbox_pending_events\\{application=\"wsis-common\"");
        assertThat(metrics).as("latency buckets fixed, a p99 per route").containsPattern(
                "(?m)^http_server_requests_seconds_bucket\\{.*le=\"0.1\"").doesNotContain("uri=\"/q/metrics\"");
    }

    @Test
    void theEventsHealthGroupReportsParkedEventsWithoutTouchingReadiness() {
        String consumer = "metrics-test-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> inbox.park(consumer,
                new ConsumerRecord<>("wsis.some-topic", 0, 42L, "key", "{}"), "cannot apply"));
        try {
            sampler.sampleAll();
            JsonPath events = health("/q/health/group/events", 503);
            assertThat(events.getString("status")).isEqualTo("DOWN");
            assertThat(events.getInt("checks[0].data.'parked." + consumer + "'")).isEqualTo(1);
            assertThat(health("/q/health/ready", 200).getString("status")).isEqualTo("UP");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                    .createNativeQuery("DELETE FROM parked_event WHERE consumer = ?1").setParameter(1, consumer)
                    .executeUpdate());
        }
        sampler.sampleAll();
        JsonPath after = health("/q/health/group/events", -1);
        assertThat(after.getMap("checks[0].data")).doesNotContainKey("parked." + consumer);
        assertThat(after.getString("status")).isEqualTo(after.getInt("checks[0].data.parked") == 0 ? "UP" : "DOWN");
    }

    @Test
    void anOutboxRowLeftUnsentMakesTheOutboxStuck() {
        // written around the Outbox, so no commit wakes the relay (its safety-net poll is an hour here)
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createNativeQuery("INSERT INTO outbox_event (event_id, topic, record_key, type, payload, created_at) "
                        + "VALUES (?1, ?2, 'stuck', 'org.wsis.test.ignored.v1', '{}', now() - interval '5 minutes')")
                .setParameter(1, id).setParameter(2, CountingHandler.TOPIC).executeUpdate());
        sampler.sampleAll();
        assertThat(value(metrics(), "wsis_outbox_oldest_pending_age_seconds", "")).isGreaterThanOrEqualTo(300);
        assertThat(value(metrics(), "wsis_outbox_pending_events", "")).isGreaterThanOrEqualTo(1);
        JsonPath stuck = health("/q/health/group/events", 503);
        assertThat(stuck.getInt("checks[0].data.outboxOldestPendingSeconds")).isGreaterThanOrEqualTo(300);

        String name = "unsticks-" + UUID.randomUUID(); // the next commit wakes the relay, which drains both
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(CountingHandler.TOPIC, CountingHandler.COUNTED,
                name, "2026", Map.of("name", name, "amount", 1)));
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            sampler.sampleAll();
            return value(metrics(), "wsis_outbox_oldest_pending_age_seconds", "") < 300;
        });
        assertThat(health("/q/health/group/events", -1).getInt("checks[0].data.outboxOldestPendingSeconds"))
                .isLessThan(60);
    }

    private static String metrics() {
        return ScrapedMetrics.scrape().text();
    }

    private static double value(String metrics, String series, String labels) {
        return new ScrapedMetrics(metrics).value(series, labels);
    }

    private static JsonPath health(String path, int status) {
        var response = RestAssured.given().get(path).then();
        if (status > 0) {
            response.statusCode(status);
        }
        return response.extract().jsonPath();
    }
}
