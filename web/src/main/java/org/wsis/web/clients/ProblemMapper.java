package org.wsis.web.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import java.util.ArrayList;
import java.util.List;

/** Turns every 4xx/5xx answer of a service into a {@link ServiceProblem}, whatever its body. */
public class ProblemMapper implements ResponseExceptionMapper<ServiceProblem> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ServiceProblem toThrowable(Response response) {
        JsonNode body = body(response);
        List<ServiceProblem.Violation> violations = new ArrayList<>();
        body.path("violations").forEach(v -> violations.add(
                new ServiceProblem.Violation(v.path("field").asText(""), v.path("message").asText(""))));
        List<ServiceProblem.Conflict> conflicts = new ArrayList<>();
        body.path("conflicts").forEach(c -> conflicts.add(
                new ServiceProblem.Conflict(c.path("kind").asText(""), c.path("sessionId").asText(""))));
        String title = body.path("title").asText(response.getStatusInfo().getReasonPhrase());
        String detail = body.hasNonNull("detail") ? body.get("detail").asText() : null;
        String type = body.path("type").asText("");
        String code = type.startsWith(ServiceProblem.TYPE_PREFIX) && type.length() > ServiceProblem.TYPE_PREFIX.length()
                ? type.substring(ServiceProblem.TYPE_PREFIX.length()) : null;
        return new ServiceProblem(response.getStatus(), code, title, detail, violations, conflicts,
                retryAfter(response));
    }

    private static JsonNode body(Response response) {
        try {
            String text = response.readEntity(String.class);
            return text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (Exception notJson) {
            return JSON.createObjectNode();
        }
    }

    private static Integer retryAfter(Response response) {
        String header = response.getHeaderString("Retry-After");
        if (header == null) {
            return null;
        }
        try {
            return Math.max(1, Integer.parseInt(header.trim()));
        } catch (NumberFormatException httpDate) {
            return null;
        }
    }
}
