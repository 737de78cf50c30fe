package org.wsis.deploy.bench;

import org.wsis.infra.PrometheusText;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What prizes-service itself reported over a scenario, read from its {@code /q/metrics} as an operator
 * would (the same series as the dashboards): requests it shed by reason, and its relay's rounds. Printed
 * beside the client's own counts, so the two can be compared.
 */
final class ServerMetrics {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Name in the summary → the series, and a label its samples must have ("" for all of them). */
    private static final Map<String, String[]> READ = Map.of(
            "shedOverload", new String[] {"wsis_requests_shed_total", "reason=\"overload\""},
            "shedRateLimit", new String[] {"wsis_requests_shed_total", "reason=\"rate_limit\""},
            "relayRounds", new String[] {"wsis_outbox_relay_batch_events_count", ""},
            "relayEvents", new String[] {"wsis_outbox_relay_batch_events_sum", ""},
            "relayFailures", new String[] {"wsis_outbox_relay_failures_total", ""});

    private final int port;

    ServerMetrics(int port) {
        this.port = port;
    }

    /** The counters now (empty when the service does not answer). */
    Map<String, Double> sample() {
        Map<String, Double> values = new LinkedHashMap<>();
        try {
            String text = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/metrics"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
            READ.forEach((name, series) -> values.put(name, sum(text, series[0], series[1])));
        } catch (Exception e) {
            // reported as absent: the scenario's own figures stand
        }
        return values;
    }

    /** The scenario's share of each counter, and the relay's average batch. */
    static Map<String, Object> delta(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Object> delta = new LinkedHashMap<>();
        if (before.isEmpty() || after.isEmpty()) {
            return delta;
        }
        after.forEach((name, value) -> delta.put(name, Math.round(value - before.getOrDefault(name, 0.0))));
        long rounds = (Long) delta.get("relayRounds");
        if (rounds > 0) {
            delta.put("relayAverageBatch", Math.round((Long) delta.get("relayEvents") / (double) rounds));
        }
        return delta;
    }

    static double sum(String text, String series, String label) {
        return PrometheusText.sum(text, series, label);
    }
}
