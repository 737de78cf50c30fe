package org.wsis.registration;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The published OpenAPI document describes every operation as the contract requires. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Set<String> PUBLIC = Set.of(
            "GET /editions/{edition}/registration-settings",
            "GET /editions/{edition}/registration-statistics");

    @Test
    void everyOperationIsDocumentedWithSecurityAndProblems() {
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        assertThat(doc.getMap("components.securitySchemes")).containsKey("bearer");
        assertThat(doc.getString("components.securitySchemes.bearer.scheme")).isEqualToIgnoringCase("bearer");
        assertThat(doc.getMap("components.schemas")).containsKey("Problem");

        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> operation = op.getValue();
                operations++;
                assertThat((String) operation.get("summary")).as(name + " summary").isNotBlank();
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                assertThat(responses.keySet()).as(name + " success response").anyMatch(c -> c.startsWith("2"));
                if (PUBLIC.contains(name)) {
                    assertThat(operation.get("security")).as(name + " is public").isNull();
                } else {
                    assertThat((List<?>) operation.get("security")).as(name + " security").isNotEmpty();
                    assertThat(responses).as(name).containsKeys("401", "403");
                }
                responses.forEach((code, response) -> {
                    if (code.startsWith("4") || code.startsWith("5")) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> content = (Map<String, Object>) response.get("content");
                        assertThat(content).as(name + " " + code).containsOnlyKeys("application/problem+json");
                    }
                });
            }
        }
        assertThat(operations).isEqualTo(11); // the CSV export shares GET /registrations (Accept: text/csv)
        assertThat(doc.getMap("paths.\"/editions/{edition}/registrations\".get.responses.200.content")).containsKeys("application/json", "text/csv");
    }
}
