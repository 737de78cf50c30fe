package org.wsis.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** JSON over HTTP with a bearer token, as any client of the public API would call it. */
public final class ApiClient {

    /** An answer: the status, the JSON body (missing when none) and the Location header. */
    public record Response(int status, JsonNode body, String location) {

        public String text(String field) {
            JsonNode value = body.path(field);
            return value.isValueNode() ? value.asText() : null;
        }

        /** The problem+json detail, or the body, for messages. */
        public String problem() {
            String detail = text("detail");
            return detail != null ? detail : body.isMissingNode() ? "(no body)" : body.toString();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    public Response send(String method, URI uri, String token, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode parsed = json.missingNode();
        if (!response.body().isBlank()) {
            try {
                parsed = json.readTree(response.body());
            } catch (IOException e) {
                parsed = json.getNodeFactory().textNode(response.body());
            }
        }
        return new Response(response.statusCode(), parsed, response.headers().firstValue("Location").orElse(null));
    }

    /** Sends and insists on one of the expected statuses. */
    public Response expect(String method, URI uri, String token, Object body, int... expected)
            throws IOException, InterruptedException, DemoException {
        Response response = send(method, uri, token, body);
        for (int status : expected) {
            if (response.status() == status) {
                return response;
            }
        }
        throw new DemoException(method + " " + uri + " answered " + response.status() + ": " + response.problem());
    }
}
