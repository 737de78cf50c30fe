package org.wsis.common.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes problem details bodies; the one place their shape is decided. */
@ApplicationScoped
public class ProblemResponses {

    public static final String TYPE_PREFIX = "urn:wsis:problem:";

    private final ObjectMapper mapper;

    public ProblemResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Response of(ProblemException problem) {
        return build(problem.status(), problem.slug(), problem.title(), problem.getMessage(), null,
                problem.extensions()).build();
    }

    public Response.ResponseBuilder build(int status, String slug, String title, String detail,
                                          List<Problem.Violation> violations, Map<String, Object> extensions) {
        return Response.status(status)
                .header(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .entity(body(status, slug, title, detail, violations, extensions));
    }

    /** The JSON text of a problem, for layers below JAX-RS (e.g. the HTTP body limit). */
    public String body(int status, String slug, String title, String detail,
                       List<Problem.Violation> violations, Map<String, Object> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + slug);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (violations != null) {
            body.put("violations", violations);
        }
        extensions.forEach(body::putIfAbsent);
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("problem body cannot be written", e);
        }
    }

    public Response simple(int status, String slug, String title, String detail) {
        return build(status, slug, title, detail, null, Map.of()).build();
    }
}
