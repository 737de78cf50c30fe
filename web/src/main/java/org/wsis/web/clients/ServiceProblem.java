package org.wsis.web.clients;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service's refusal, read from its {@code application/problem+json} answer: pages show it in the
 * visitor's language by its code (the slug of its {@code type}, e.g. {@code session-full}; the service's
 * own detail when no words are known for the code), each violation beside the field it names, and for
 * 429 or 503 when to try again.
 */
public class ServiceProblem extends RuntimeException {

    public record Violation(String field, String message) {
    }

    /** A slot conflict of sessions-service: {@code ROOM_DOUBLE_BOOKED} or {@code SPEAKER_DOUBLE_BOOKED}. */
    public record Conflict(String kind, String sessionId) {
    }

    /** What a problem's {@code type} starts with; the rest is its code. */
    public static final String TYPE_PREFIX = "urn:wsis:problem:";

    private final int status;
    private final String code;
    private final String title;
    private final String detail;
    private final List<Violation> violations;
    private final List<Conflict> conflicts;
    private final Integer retryAfterSeconds;

    /** A refusal worded by this application itself (no code: its detail is already in the visitor's words). */
    public ServiceProblem(int status, String title, String detail, List<Violation> violations,
                          List<Conflict> conflicts, Integer retryAfterSeconds) {
        this(status, null, title, detail, violations, conflicts, retryAfterSeconds);
    }

    public ServiceProblem(int status, String code, String title, String detail, List<Violation> violations,
                          List<Conflict> conflicts, Integer retryAfterSeconds) {
        super(status + " " + (code == null ? "" : code + " ") + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.code = code;
        this.title = title;
        this.detail = detail;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
        this.conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    /** The service's code for the refusal ({@code session-full}), if it gave a {@code urn:wsis:problem:} type. */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    public String title() {
        return title;
    }

    /** The detail, else the title: what the service said in one sentence. */
    public String detail() {
        return detail != null && !detail.isBlank() ? detail : title;
    }

    public List<Violation> violations() {
        return violations;
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    /** For 429 and 503: the seconds the service asked for (Retry-After), if it said. */
    public Optional<Integer> retryAfterSeconds() {
        return Optional.ofNullable(retryAfterSeconds);
    }

    public boolean isBusy() {
        return status == 429 || status == 503;
    }

    /** Field → message, the first message of each field (the form shows one per field). */
    public Map<String, String> fieldMessages() {
        Map<String, String> byField = new LinkedHashMap<>();
        violations.forEach(v -> byField.putIfAbsent(v.field(), v.message()));
        return byField;
    }
}
