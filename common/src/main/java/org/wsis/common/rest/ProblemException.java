package org.wsis.common.rest;

import org.wsis.common.domain.Refusal;

import java.util.Map;

/**
 * A refusal that a client caused: answered as problem details with its status. Extensions add
 * members to the body (e.g. {@code conflicts}).
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String slug, String title, String detail, Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.extensions = Map.copyOf(extensions);
    }

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, Map.of());
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail);
    }

    /** The current state forbids it (409): the same request may succeed later. */
    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflict with the current state", detail);
    }

    /** Well-formed but can never be valid as it stands (422). */
    public static ProblemException unprocessable(String slug, String detail) {
        return new ProblemException(422, slug, "Request cannot be processed", detail);
    }

    public static ProblemException badRequest(String slug, String detail) {
        return new ProblemException(400, slug, "Invalid request", detail);
    }

    /** One invalid field that a constraint annotation cannot express (it depends on another field). */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", field + ": " + message,
                Map.of("violations", java.util.List.of(new Problem.Violation(field, message))));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    /** How a domain refusal is answered: one status per reason. */
    public static ProblemException of(Refusal refusal) {
        ProblemException problem = switch (refusal.reason()) {
            case NOT_FOUND -> notFound(refusal.getMessage());
            case STATE_CONFLICT -> conflict(refusal.code(), refusal.getMessage());
            case UNPROCESSABLE -> unprocessable(refusal.code(), refusal.getMessage());
            case INVALID_FIELD -> invalidField(refusal.field(), refusal.getMessage());
            case NOT_PERMITTED -> forbidden(refusal.getMessage());
        };
        for (Map.Entry<String, Object> detail : refusal.details().entrySet()) {
            problem = problem.with(detail.getKey(), detail.getValue());
        }
        return problem;
    }

    public ProblemException with(String name, Object value) {
        Map<String, Object> more = new java.util.LinkedHashMap<>(extensions);
        more.put(name, value);
        return new ProblemException(status, slug, title, getMessage(), more);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
