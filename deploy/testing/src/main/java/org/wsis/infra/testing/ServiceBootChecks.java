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
