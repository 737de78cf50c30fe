package org.wsis.infra.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published OpenAPI document describes every operation as the contract requires: a summary,
 * a success response, an example of any request body, the bearer scheme on every non-public
 * operation with its 401 and 403, 413 and 415 wherever a body is sent, problem details for every
 * error, and the {@code Retry-After} header on every 429 and 503. A service's {@code @QuarkusTest}
 * subclass lists its public operations and how many operations it has, so a new endpoint cannot
 * slip in undocumented. That every response is as documented is checked on every test's requests
 * ({@link OpenApiResponseValidation}). The document is also committed, as the project's own copy of
 * the REST contract, at {@code docs/openapi/<service>.json}, and must equal what the service serves.
 */
public abstract class OpenApiDocumentChecks {

    private final Set<String> publicOperations;
    private final int operationCount;

    /** @param publicOperations e.g. {@code "GET /categories"} */
    protected OpenApiDocumentChecks(Set<String> publicOperations, int operationCount) {
        this.publicOperations = publicOperations;
        this.operationCount = operationCount;
    }

    /**
     * docs/openapi/&lt;service&gt;.json is what the service serves: a clone carries its REST contract.
     * After an intended API change, {@code -Dwsis.openapi.update=true} on this test rewrites it.
     */
    @Test
    void theCommittedDocumentIsTheServedOne() throws IOException {
        ObjectMapper json = new ObjectMapper();
        String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        Path committed = Path.of("..", "docs", "openapi", service + ".json").toAbsolutePath().normalize();
        JsonNode served = json.readTree(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        if (Boolean.getBoolean("wsis.openapi.update")) {
            Files.createDirectories(committed.getParent());
            json.writerWithDefaultPrettyPrinter().writeValue(committed.toFile(), served);
        }
        String update = "./mvnw -o verify -pl " + service + " -Dtest=OpenApiDocumentTest -Dwsis.openapi.update=true";
        assertThat(committed).as("the committed contract; create it with " + update).exists();
        assertThat(json.readTree(committed.toFile())).as(committed + " differs from the served document: if the API"
                + " change is intended, update it with " + update).isEqualTo(served);
    }

    protected static JsonPath document() {
        return given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyOperationIsDocumentedWithSecurityAndProblems() {
        JsonPath doc = document();
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
                if (publicOperations.contains(name)) {
                    assertThat(operation.get("security")).as(name + " is public").isNull();
                } else {
                    assertThat((List<?>) operation.get("security")).as(name + " security").isNotEmpty();
                    assertThat(responses).as(name).containsKeys("401", "403");
                }
                if (operation.containsKey("requestBody")) {
                    assertThat(operation.get("requestBody").toString()).as(name + " example").contains("examples");
                    assertThat(responses).as(name + " body refusals").containsKeys("413", "415");
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
        assertThat(operations).as("operations in the document").isEqualTo(operationCount);
    }

    @Test
    void everyRetryLaterAnswerDeclaresRetryAfter() {
        JsonPath doc = document();
        assertThat(doc.getBoolean("components.headers.Retry-After.required")).isTrue();
        assertThat(doc.getString("components.headers.Retry-After.schema.type")).isEqualTo("integer");
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            responses.forEach((code, response) -> {
                if (code.equals("429") || code.equals("503")) {
                    assertThat(String.valueOf(response.get("headers"))).as(method + " " + path + " " + code)
                            .contains("Retry-After=", "#/components/headers/Retry-After");
                }
            });
        }));
    }
}
