package org.wsis.infra.testing;

import io.restassured.builder.ResponseBuilder;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The judge itself: it accepts what a small OpenAPI 3.1 document describes, and names every lie. */
class ServedOpenApiTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
             "paths": {
               "/things/{id}": {"get": {"responses": {
                 "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}},
                                     "text/csv": {"schema": {"type": "string"}}}},
                 "204": {"description": "nothing"},
                 "429": {"headers": {"Retry-After": {"$ref": "#/components/headers/Retry-After"}},
                         "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
               "/things/mine": {"get": {"responses": {"200": {"content": {"text/plain": {}}}}}},
               "/things/live": {"get": {"responses": {"200": {"content": {"text/event-stream": {
                 "schema": {"$ref": "#/components/schemas/Thing"}}}}}}}},
             "components": {
               "headers": {"Retry-After": {"required": true, "schema": {"type": "integer", "minimum": 1}}},
               "schemas": {
                 "Thing": {"type": "object", "properties": {
                   "id": {"type": "string", "format": "uuid"}, "count": {"type": "integer"},
                   "kind": {"$ref": "#/components/schemas/Kind", "examples": ["A"]}}},
                 "Kind": {"type": "string", "enum": ["A", "B"]},
                 "Problem": {"type": "object", "additionalProperties": true,
                             "properties": {"status": {"type": "integer"}, "title": {"type": "string"}}}}}}
            """;

    private static final String THING = "{\"id\":\"6f1c1b2e-1111-4111-8111-111111111111\",\"count\":2,\"kind\":\"A\"}";

    @Test
    void acceptsWhatTheDocumentDescribes() throws Exception {
        ServedOpenApi document = ServedOpenApi.of(DOCUMENT);

        assertThat(document.check("GET", "/things/1", response(200, "application/json;charset=UTF-8", THING))).isEmpty();
        assertThat(document.check("GET", "/things/1", response(200, "text/csv", "id,count\n1,2"))).isEmpty();
        assertThat(document.check("GET", "/things/1", response(204, null, ""))).isEmpty();
        assertThat(document.check("GET", "/things/mine", response(200, "text/plain", "mine"))).as("literal path first").isEmpty();
        assertThat(document.check("GET", "/things/1", response(429, "application/problem+json", "{\"status\":429,\"x\":1}", "3")))
                .isEmpty();
        assertThat(document.check("GET", "/nope", response(404, "application/problem+json", "{\"status\":404}"))).isEmpty();
        assertThat(document.check("DELETE", "/things/1", response(405, "application/problem+json", "{\"status\":405}"))).isEmpty();
        assertThat(document.check("GET", "/things/live", response(200, "text/event-stream",
                ": hello\n\nevent: thing\ndata: " + THING + "\n\n"))).as("each event's data is a Thing").isEmpty();
    }

    @Test
    void readsTheDataOfEachEvent() {
        assertThat(ServedOpenApi.eventData(": comment\n\ndata: {\"a\":\ndata:1}\r\n\r\nid: 2\ndata\n\ndata: last"))
                .containsExactly("{\"a\":\n1}", "", "last");
    }

    @Test
    void namesEveryWayAResponseCanLie() throws Exception {
        ServedOpenApi document = ServedOpenApi.of(DOCUMENT);

        assertThat(document.check("GET", "/things/1", response(418, "application/json", THING)))
                .singleElement().asString().startsWith("undocumented status 418");
        assertThat(document.check("GET", "/things/1", response(200, "application/xml", "<thing/>")))
                .singleElement().asString().contains("application/xml");
        assertThat(document.check("GET", "/things/1", response(200, "application/json",
                "{\"id\":\"nope\",\"count\":\"2\",\"kind\":\"C\",\"extra\":null}")))
                .hasSize(4).anyMatch(p -> p.contains("/id")).anyMatch(p -> p.contains("/count"))
                .anyMatch(p -> p.contains("/kind")).anyMatch(p -> p.contains("extra"));
        assertThat(document.check("GET", "/things/1", response(204, "application/json", THING)))
                .singleElement().asString().contains("announces none");
        assertThat(document.check("GET", "/things/1", response(429, "application/problem+json", "{\"status\":429}")))
                .containsExactly("required header Retry-After is missing");
        assertThat(document.check("GET", "/things/1", response(429, "application/problem+json", "{\"status\":429}", "soon")))
                .singleElement().asString().startsWith("header Retry-After");
        assertThat(document.check("GET", "/elsewhere", response(200, "application/json", "{}")))
                .containsExactly("no documented operation GET /elsewhere");
        assertThat(document.check("GET", "/nope", response(404, "text/html", "<h1>404</h1>")))
                .singleElement().asString().contains("not application/problem+json");
        assertThat(document.check("GET", "/things/live", response(200, "text/event-stream",
                "data: {\"count\":\"2\"}\n\n"))).singleElement().asString().startsWith("event data").contains("/count");
        assertThat(document.check("GET", "/things/live", response(200, "text/event-stream", ": only a comment\n\n")))
                .containsExactly("an event stream without an event");
    }

    private static Response response(int status, String contentType, String body, String... retryAfter) {
        ResponseBuilder builder = new ResponseBuilder().setStatusCode(status).setBody(body);
        if (contentType != null) {
            builder.setContentType(contentType);
        }
        if (retryAfter.length > 0) {
            builder.setHeader("Retry-After", retryAfter[0]);
        }
        return builder.build();
    }
}
