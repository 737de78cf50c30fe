package org.wsis.deploy.bench;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ServerMetricsTest {

    private static final String SCRAPE = """
            # TYPE wsis_requests_shed_total counter
            wsis_requests_shed_total{application="prizes-service",reason="overload"} 84822.0
            wsis_requests_shed_total{application="prizes-service",reason="rate_limit"} 3.0
            wsis_outbox_relay_batch_events_count{application="prizes-service"} 369.0 # {span_id="ab",trace_id="cd"} 1.0 1.7E9
            wsis_outbox_relay_batch_events_sum{application="prizes-service"} 36476.0
            """;

    @Test
    void samplesAreSelectedByLabelWhereverItStandsAndExemplarsAreIgnored() {
        assertThat(ServerMetrics.sum(SCRAPE, "wsis_requests_shed_total", "reason=\"overload\"")).isEqualTo(84822.0);
        assertThat(ServerMetrics.sum(SCRAPE, "wsis_requests_shed_total", "")).isEqualTo(84825.0);
        assertThat(ServerMetrics.sum(SCRAPE, "wsis_outbox_relay_batch_events_count", "")).isEqualTo(369.0);
        assertThat(ServerMetrics.sum(SCRAPE, "wsis_outbox_relay_failures_total", "")).isZero();
    }

    @Test
    void theScenariosShareIsTheDifferenceWithTheAverageBatch() {
        Map<String, Object> delta = ServerMetrics.delta(
                Map.of("shedOverload", 10.0, "relayRounds", 100.0, "relayEvents", 1000.0),
                Map.of("shedOverload", 30.0, "relayRounds", 110.0, "relayEvents", 1500.0));
        assertThat(delta).containsEntry("shedOverload", 20L).containsEntry("relayRounds", 10L)
                .containsEntry("relayAverageBatch", 50L);
        assertThat(ServerMetrics.delta(Map.of(), Map.of("shedOverload", 1.0))).as("a scrape failed").isEmpty();
    }
}
