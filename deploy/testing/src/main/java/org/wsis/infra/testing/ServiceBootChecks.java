package org.wsis.infra.testing;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service must show once booted against real PostgreSQL and Kafka: readiness covering
 * both, its OpenAPI document, its migrations, and problem+json for unknown paths. A service's
 * {@code @QuarkusTest} subclass names its title and tables.
 */
public abstract class ServiceBootChecks {

    private final String openApiTitle;
    private final List<String> ownTables;

    protected ServiceBootChecks(String openApiTitle, String... ownTables) {
        this.openApiTitle = openApiTitle;
        this.ownTables = List.of(ownTables);
    }

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        Response response = given().get("/q/health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getString("status")).isEqualTo("UP");
        List<Map<String, Object>> checks = response.jsonPath().getList("checks");
        assertThat(checks).extracting(check -> (String) check.get("name"))
                .anyMatch(name -> name.contains("Database"))
                .anyMatch(name -> name.contains("Kafka"));
        assertThat(checks).allSatisfy(check -> assertThat(check.get("status")).isEqualTo("UP"));
    }

    @Test
    void servesItsOpenApiDocumentAndSwaggerUi() {
        Response response = given().queryParam("format", "json").get("/q/openapi");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.jsonPath().getString("openapi")).startsWith("3.");
        assertThat(response.jsonPath().getString("info.title")).isEqualTo(openApiTitle);
        assertThat(given().redirects().follow(true).get("/q/swagger-ui").statusCode()).isEqualTo(200);
    }

    @Test
    void migrationsCreatedTheEventTablesAndTheServiceTables() throws SQLException {
        assertThat(tables()).contains("outbox_event", "processed_event", "parked_event").containsAll(ownTables);
    }

    @Test
    void unknownPathAnswersProblemJson() {
        Response response = given().get("/nope");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(404);
    }

    @Test
    void responsesCarrySecurityHeaders() {
        Response response = given().get("/q/openapi");

        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
    }

    /** The consumer groups of the service's event handlers (none by default). */
    protected List<String> consumers() {
        return List.of();
    }

    /**
     * Prometheus scrapes without a token; every series the dashboards and alerts of deploy/kubernetes read
     * from each service is there, per consumer where it is the consumer's, under the service's name.
     */
    @Test
    void exposesTheMetricsOperatorsReadWithoutAToken() {
        given().get("/nope"); // one client request, so the HTTP series exist
        ScrapedMetrics metrics = ScrapedMetrics.scrape();

        for (String series : List.of("wsis_outbox_pending_events", "wsis_outbox_oldest_pending_age_seconds",
                "wsis_outbox_relay_batch_events_count", "wsis_outbox_relay_send_seconds_bucket",
                "wsis_outbox_relay_events_sent_total", "wsis_outbox_relay_failures_total", "wsis_outbox_relay_leader",
                "wsis_requests_shed_total", "http_server_requests_seconds_bucket", "jvm_memory_used_bytes",
                "agroal_active_count", "agroal_awaiting_count")) {
            assertThat(metrics.has(series)).as(series).isTrue();
        }
        for (String consumer : consumers()) {
            String label = "consumer=\"" + consumer + "\"";
            for (String series : List.of("wsis_inbox_events_applied_total", "wsis_inbox_apply_seconds_count",
                    "wsis_inbox_event_age_seconds_bucket", "wsis_inbox_parked_events")) {
                assertThat(metrics.text()).as(series + " of " + consumer).containsPattern(
                        "(?m)^" + series + "\\{[^}]*" + java.util.regex.Pattern.quote(label));
            }
            assertThat(metrics.text()).as("the Kafka client of " + consumer).containsPattern(
                    "(?m)^kafka_consumer_fetch_manager_records_lag_max\\{[^}]*client_id=\"" + consumer + "\"");
        }
        String service = openApiTitle.substring(openApiTitle.indexOf(' ') + 1);
        assertThat(metrics.text()).as("labelled with the service").contains("application=\"" + service + "\"");
    }

    /** The events group reports the outbox and the parked events apart from readiness. */
    @Test
    void theEventsHealthGroupReportsTheBacklog() {
        Response response = given().get("/q/health/group/events");

        assertThat(response.statusCode()).isIn(200, 503);
        assertThat(response.jsonPath().getString("checks[0].name")).isEqualTo("events");
        assertThat(response.jsonPath().getMap("checks[0].data")).containsKeys("outboxPending",
                "outboxOldestPendingSeconds", "parked");
    }

    private static List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(System.getProperty(PostgresResource.JDBC_URL_PROPERTY),
                org.wsis.infra.PostgresServer.USER, org.wsis.infra.PostgresServer.PASSWORD);
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
