package org.wsis.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.Rule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alerts (PrometheusRule wsis) and the Grafana dashboard beside the chart: well-formed, each alert
 * documented in the README's runbook, and both reading only the series the services promise to expose.
 */
class ChartObservabilityTest {

    enum Type { GAUGE, COUNTER, SUMMARY, HISTOGRAM }

    record Metric(Type type, Set<String> labels) {
    }

    /** One series Prometheus stores: the metric it belongs to and the labels it carries. */
    record Series(String metric, Set<String> labels) {
    }

    /** Labels on every series: the services' common tag, and what Prometheus adds to a scraped target. */
    static final Set<String> COMMON_LABELS = Set.of("application", "namespace", "pod", "job", "instance");

    /**
     * The contract the services' /q/metrics must honour (Prometheus names, labels beyond the common ones):
     * the alerts and the dashboard use nothing else, so a series renamed in a service shows up here instead
     * of as an alert that can never fire.
     */
    static final Map<String, Metric> METRICS = Map.ofEntries(
            // event backbone, each service
            metric("wsis_outbox_pending_events", Type.GAUGE),
            metric("wsis_outbox_oldest_pending_age_seconds", Type.GAUGE),
            metric("wsis_outbox_relay_batch_events", Type.SUMMARY),
            metric("wsis_outbox_relay_send_seconds", Type.HISTOGRAM),
            metric("wsis_outbox_relay_events_sent_total", Type.COUNTER),
            metric("wsis_outbox_relay_failures_total", Type.COUNTER),
            metric("wsis_outbox_relay_leader", Type.GAUGE),
            metric("wsis_inbox_events_applied_total", Type.COUNTER, "consumer"),
            metric("wsis_inbox_apply_seconds", Type.HISTOGRAM, "consumer"),
            metric("wsis_inbox_event_age_seconds", Type.HISTOGRAM, "consumer"),
            metric("wsis_inbox_parked_events", Type.GAUGE, "consumer"),
            // the Kafka consumers' own metrics
            metric("kafka_consumer_fetch_manager_records_lag", Type.GAUGE, "client_id", "topic", "partition"),
            metric("kafka_consumer_fetch_manager_records_lag_max", Type.GAUGE, "client_id"),
            // domain
            metric("wsis_votes_cast_total", Type.COUNTER, "edition"),
            metric("wsis_registrations", Type.GAUGE, "status"),
            metric("wsis_seats_reserved_total", Type.COUNTER),
            metric("wsis_requests_shed_total", Type.COUNTER, "reason"),
            // Quarkus: HTTP server and Micrometer's JVM binder
            metric("http_server_requests_seconds", Type.HISTOGRAM, "method", "uri", "status", "outcome"),
            metric("jvm_memory_used_bytes", Type.GAUGE, "area", "id"),
            metric("jvm_memory_committed_bytes", Type.GAUGE, "area", "id"));

    /** Every series name the contract gives Prometheus. */
    static final Map<String, Series> SERIES = series();

    static final Set<String> FUNCTIONS = Set.of("sum", "max", "min", "avg", "count", "rate", "increase",
            "histogram_quantile", "label_values");

    static final List<String> ALERTS = List.of("OutboxStuck", "OutboxRelayFailing", "NoOutboxRelayLeader",
            "ConsumerLagHigh", "EventsParked", "EventDeliverySlow", "HighErrorRate", "SlowRoutes", "RequestsShed");

    static final String DASHBOARD = "wsis-grafana-dashboard";

    final RenderedChart chart = RenderedChart.withOperatorValues();

    @Test
    void theRuleReadsIntoItsModelWithoutUnknownFields() {
        PrometheusRule rule = rule(chart);
        assertThat(StrictModels.unknownFields(rule)).isEmpty();
        assertThat(rule.getMetadata().getLabels()).containsEntry("app.kubernetes.io/part-of", "wsis");
        assertThat(rules()).extracting(Rule::getAlert).contains(ALERTS.toArray(String[]::new)).doesNotHaveDuplicates();
    }

    @Test
    void everyAlertSaysHowBadWhatAndWhereItsRunbookIs() throws IOException {
        String runbook = values().path("monitoring").path("rules").path("runbookUrl").asText();
        assertThat(runbook).as("monitoring.rules.runbookUrl").startsWith("https://").endsWith("/README.md");
        Set<String> anchors = readmeAnchors();
        for (Rule rule : rules()) {
            String alert = rule.getAlert();
            assertThat(alert).as("only alerts, no recording rules").isNotBlank();
            assertThat(rule.getLabels()).as(alert).containsKey("severity");
            assertThat(rule.getLabels().get("severity")).as(alert).isIn("critical", "warning");
            assertThat(rule.getAnnotations().get("summary")).as(alert + " summary").isNotBlank();
            assertThat(rule.getAnnotations().get("description")).as(alert + " description").isNotBlank();
            assertThat(rule.getAnnotations().get("runbook_url")).as(alert + " runbook_url")
                    .isEqualTo(runbook + "#" + alert.toLowerCase(Locale.ROOT));
            assertThat(anchors).as("README.md headings (runbook of " + alert + ")").contains(alert.toLowerCase(Locale.ROOT));
            if (rule.getFor() != null) {
                assertThat(rule.getFor()).as(alert + " for").matches("\\d+[smh]");
            }
        }
    }

    @Test
    void everyAlertReadsOnlyTheServicesMetricsOfItsOwnNamespace() {
        List<String> problems = new ArrayList<>();
        for (Rule rule : rules()) {
            PromQl query = PromQl.parse(rule.getExpr().getStrVal());
            problems.addAll(violations("alert " + rule.getAlert(), query));
            query.selectors().forEach(s -> {
                if (!"=\"wsis\"".equals(s.matchers().get("namespace"))) {
                    problems.add("alert " + rule.getAlert() + ": " + s.metric() + " is not limited to the release's namespace");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void thresholdsComeFromTheValues() {
        RenderedChart stricter = RenderedChart.of(RenderedChart.template().withValuesFile(RenderedChart.OPERATOR_VALUES)
                .set("monitoring.rules.thresholds.consumerLagRecords", 5000)
                .set("monitoring.rules.thresholds.errorRatio", 0.05)
                .call());
        Map<String, String> expressions = new HashMap<>();
        rule(stricter).getSpec().getGroups().forEach(g -> g.getRules().forEach(r -> expressions.put(r.getAlert(), r.getExpr().getStrVal())));
        assertThat(expressions.get("ConsumerLagHigh")).endsWith("> 5000");
        assertThat(expressions.get("HighErrorRate")).endsWith("> 0.05");
    }

    @Test
    void theDashboardIsTheChartsJsonInAConfigMapTheGrafanaSidecarLoads() throws IOException {
        ConfigMap configMap = chart.one("ConfigMap", DASHBOARD, ConfigMap.class);
        assertThat(configMap.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1")
                .containsEntry("app.kubernetes.io/part-of", "wsis");
        assertThat(configMap.getData()).containsOnlyKeys("wsis.json");
        JsonNode kept = new ObjectMapper().readTree(RenderedChart.CHART.resolve("dashboards/wsis.json").toFile());
        assertThat(dashboard()).isEqualTo(kept);
    }

    @Test
    void theDashboardIsAValidGrafanaDashboardWithDatasourceAndServiceVariables() {
        JsonNode dashboard = dashboard();
        assertThat(dashboard.path("schemaVersion").asInt()).isBetween(36, 41);
        assertThat(dashboard.path("uid").asText()).matches("[a-z0-9-]{1,40}");
        assertThat(dashboard.path("title").asText()).isNotBlank();
        Map<String, JsonNode> variables = new HashMap<>();
        dashboard.path("templating").path("list").forEach(v -> variables.put(v.path("name").asText(), v));
        assertThat(variables).containsKeys("datasource", "application");
        assertThat(variables.get("datasource").path("type").asText()).isEqualTo("datasource");
        assertThat(variables.get("datasource").path("query").asText()).isEqualTo("prometheus");
        assertThat(variables.get("application").path("type").asText()).isEqualTo("query");

        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            String title = panel.path("title").asText();
            assertThat(title).isNotBlank();
            assertThat(ids.add(panel.path("id").asInt())).as("unique id of " + title).isTrue();
            JsonNode grid = panel.path("gridPos");
            assertThat(grid.path("x").asInt() + grid.path("w").asInt()).as(title + " within the 24 columns").isBetween(1, 24);
            assertThat(grid.path("h").asInt()).as(title).isPositive();
            if (panel.path("type").asText().equals("row")) {
                continue;
            }
            assertThat(panel.path("datasource").path("uid").asText()).as(title + " datasource").isEqualTo("${datasource}");
            assertThat(panel.path("targets")).as(title + " targets").isNotEmpty();
            panel.path("targets").forEach(t -> {
                assertThat(t.path("refId").asText()).isNotBlank();
                assertThat(t.path("datasource").path("uid").asText("${datasource}")).isEqualTo("${datasource}");
            });
        }
    }

    @Test
    void theDashboardReadsOnlyTheServicesMetrics() {
        List<String> problems = new ArrayList<>();
        dashboardQueries().forEach((where, query) -> problems.addAll(violations(where, query)));
        assertThat(problems).isEmpty();
    }

    @Test
    void theDashboardShowsWhatTheAlertsWatch() {
        List<PromQl> queries = new ArrayList<>(dashboardQueries().values());
        assertThat(queries).as("outbox age").anyMatch(reads("wsis_outbox_oldest_pending_age_seconds"));
        assertThat(queries).as("consumer lag per partition").anyMatch(reads("kafka_consumer_fetch_manager_records_lag")
                .and(q -> q.groupingLabels().containsAll(Set.of("client_id", "partition"))));
        assertThat(queries).as("parked events").anyMatch(reads("wsis_inbox_parked_events"));
        assertThat(queries).as("5xx").anyMatch(q -> q.selectors().stream().anyMatch(s -> s.metric().equals("http_server_requests_seconds_count")
                && "=~\"5..\"".equals(s.matchers().get("status"))));
        assertThat(queries).as("p99 per route").anyMatch(reads("http_server_requests_seconds_bucket")
                .and(q -> q.functions().contains("histogram_quantile") && q.groupingLabels().contains("uri")));
        assertThat(queries).as("shed by reason").anyMatch(reads("wsis_requests_shed_total").and(q -> q.groupingLabels().contains("reason")));
    }

    /** A metric in the contract that nothing reads is either missing from the alerts and the dashboard or not needed. */
    @Test
    void everyPromisedMetricIsReadByAnAlertOrThePanels() {
        Set<String> read = new HashSet<>();
        rules().forEach(r -> read.addAll(PromQl.parse(r.getExpr().getStrVal()).metrics()));
        dashboardQueries().values().forEach(q -> read.addAll(q.metrics()));
        Set<String> unread = new TreeSet<>(METRICS.keySet());
        read.stream().map(SERIES::get).filter(Objects::nonNull).forEach(series -> unread.remove(series.metric()));
        assertThat(unread).isEmpty();
    }

    @Test
    void eachCanBeTurnedOffAlone() {
        RenderedChart withoutRules = RenderedChart.of(RenderedChart.template().withValuesFile(RenderedChart.OPERATOR_VALUES)
                .set("monitoring.rules.enabled", false).call());
        assertThat(withoutRules.ofKind("PrometheusRule")).isEmpty();
        assertThat(withoutRules.one("ConfigMap", DASHBOARD)).isNotNull();

        RenderedChart withoutDashboard = RenderedChart.of(RenderedChart.template().withValuesFile(RenderedChart.OPERATOR_VALUES)
                .set("monitoring.dashboard.enabled", false).call());
        assertThat(withoutDashboard.ofKind("ConfigMap")).extracting(RenderedChart::name).doesNotContain(DASHBOARD).isNotEmpty();
        assertThat(withoutDashboard.ofKind("PrometheusRule")).hasSize(1);
    }

    @Test
    void readsExpressionsAsPrometheusDoes() {
        PromQl query = PromQl.parse("histogram_quantile(0.99, sum by (application, le) (rate(x_bucket{namespace=\"wsis\", "
                + "status=~\"5..\"}[$__rate_interval]))) / on (application) y_total > 0.5");
        assertThat(query.metrics()).containsExactly("x_bucket", "y_total");
        assertThat(query.selectors().get(0).matchers()).containsEntry("namespace", "=\"wsis\"").containsEntry("status", "=~\"5..\"");
        assertThat(query.groupingLabels()).containsExactlyInAnyOrder("application", "le");
        assertThat(query.functions()).containsExactlyInAnyOrder("histogram_quantile", "sum", "rate");
        assertThat(PromQl.parse("label_values(x{namespace=\"$namespace\"}, application)").groupingLabels()).containsExactly("application");
    }

    @Test
    void makesAnchorsAsGitHubDoes() {
        assertThat(anchor("Production deployment")).isEqualTo("production-deployment");
        assertThat(anchor("Sessions: schedule, publish, reserve a seat")).isEqualTo("sessions-schedule-publish-reserve-a-seat");
        assertThat(anchor("`OutboxStuck`")).isEqualTo("outboxstuck");
        assertThat(anchor("Registration: register, accredit, export, cancel, erase")).isEqualTo("registration-register-accredit-export-cancel-erase");
    }

    /** What is wrong with one expression: series outside the contract, labels the series do not carry, unknown functions. */
    private static List<String> violations(String where, PromQl query) {
        List<String> problems = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (PromQl.Selector selector : query.selectors()) {
            Series series = SERIES.get(selector.metric());
            if (series == null) {
                problems.add(where + ": " + selector.metric() + " is not a series the services promise");
                continue;
            }
            Set<String> carried = series.labels();
            labels.addAll(carried);
            selector.matchers().keySet().stream().filter(l -> !carried.contains(l))
                    .forEach(l -> problems.add(where + ": " + selector.metric() + " has no label " + l));
        }
        query.groupingLabels().stream().filter(l -> !labels.contains(l))
                .forEach(l -> problems.add(where + ": groups by " + l + ", which none of its series carries"));
        query.functions().stream().filter(f -> !FUNCTIONS.contains(f))
                .forEach(f -> problems.add(where + ": unknown function " + f));
        if (query.selectors().isEmpty()) {
            problems.add(where + ": reads no series");
        }
        return problems;
    }

    private static Predicate<PromQl> reads(String series) {
        return q -> q.metrics().contains(series);
    }

    private List<Rule> rules() {
        return rule(chart).getSpec().getGroups().stream().flatMap(g -> g.getRules().stream()).toList();
    }

    private static PrometheusRule rule(RenderedChart chart) {
        return chart.one("PrometheusRule", "wsis", PrometheusRule.class);
    }

    private JsonNode dashboard() {
        try {
            return new ObjectMapper().readTree(chart.one("ConfigMap", DASHBOARD, ConfigMap.class).getData().get("wsis.json"));
        } catch (IOException e) {
            throw new AssertionError("the dashboard is not JSON: " + e.getMessage(), e);
        }
    }

    /** Every panel target's expression and every query variable's, by where it is. */
    private Map<String, PromQl> dashboardQueries() {
        Map<String, PromQl> queries = new LinkedHashMap<>();
        JsonNode dashboard = dashboard();
        dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(target -> queries.put(
                "panel " + panel.path("title").asText() + " " + target.path("refId").asText(), PromQl.parse(target.path("expr").asText()))));
        dashboard.path("templating").path("list").forEach(variable -> {
            if (variable.path("type").asText().equals("query")) {
                queries.put("variable " + variable.path("name").asText(), PromQl.parse(variable.path("query").path("query").asText()));
            }
        });
        return queries;
    }

    private static JsonNode values() throws IOException {
        return RenderedChart.YAML.readTree(RenderedChart.CHART.resolve("values.yaml").toFile());
    }

    /** The anchors GitHub gives README.md's headings (fenced code, whose # lines are comments, excluded). */
    static Set<String> readmeAnchors() throws IOException {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        Pattern heading = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
        for (String line : Files.readAllLines(RenderedChart.ROOT.resolve("README.md"))) {
            if (line.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            Matcher matcher = heading.matcher(line);
            if (!fenced && matcher.matches()) {
                String anchor = anchor(matcher.group(1));
                int earlier = seen.merge(anchor, 1, Integer::sum) - 1;
                anchors.add(earlier == 0 ? anchor : anchor + "-" + earlier);
            }
        }
        return anchors;
    }

    /** GitHub's rule: lower case, punctuation but - and _ dropped, each space a -. */
    static String anchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
    }

    private static Map.Entry<String, Metric> metric(String name, Type type, String... labels) {
        Set<String> all = new HashSet<>(COMMON_LABELS);
        all.addAll(List.of(labels));
        return Map.entry(name, new Metric(type, Set.copyOf(all)));
    }

    /** Prometheus's names for each metric: a summary's _count, _sum and _max; a histogram's also _bucket, with le. */
    private static Map<String, Series> series() {
        Map<String, Series> series = new HashMap<>();
        METRICS.forEach((name, metric) -> {
            switch (metric.type()) {
                case GAUGE, COUNTER -> series.put(name, new Series(name, metric.labels()));
                case SUMMARY, HISTOGRAM -> {
                    Stream.of("_count", "_sum", "_max").forEach(suffix -> series.put(name + suffix, new Series(name, metric.labels())));
                    if (metric.type() == Type.HISTOGRAM) {
                        Set<String> withLe = new HashSet<>(metric.labels());
                        withLe.add("le");
                        series.put(name + "_bucket", new Series(name, Set.copyOf(withLe)));
                    }
                }
            }
        });
        return Map.copyOf(series);
    }
}
