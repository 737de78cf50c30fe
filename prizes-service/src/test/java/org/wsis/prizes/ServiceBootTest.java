package org.wsis.prizes;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The service boots against real PostgreSQL and Kafka: health, OpenAPI, migrations, problem+json. */
@QuarkusTest
class ServiceBootTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        Response response = given().get("/q/health/ready");
        System.out.println("GET /q/health/ready -> " + response.asString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getString("status")).isEqualTo("UP");
        List<Map<String, Object>> checks = response.jsonPath().getList("checks");
        assertThat(checks).extracting(check -> (String) check.get("name"))
                .anyMatch(name -> name.contains("Database"))
                .anyMatch(name -> name.contains("Kafka"));
        assertThat(checks).allSatisfy(check -> assertThat(check.get("status")).isEqualTo("UP"));
    }

    @Test
    void servesItsOpenApiDocument() {
        Response response = given().queryParam("format", "json").get("/q/openapi");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.jsonPath().getString("openapi")).startsWith("3.");
        assertThat(response.jsonPath().getString("info.title")).isEqualTo("WSIS prizes-service");
    }

    @Test
    void migrationsCreatedTheEventTablesAndTheContestTable() throws SQLException {
        assertThat(tables()).contains("outbox_event", "processed_event", "parked_event", "contest");
    }

    @Test
    void unknownPathAnswersProblemJson() {
        Response response = given().get("/nope");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(404);
    }

    private List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
