package org.wsis.web.clients;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service's refusal, read from its {@code application/problem+json} answer: pages show the detail, each
 * violation beside the field it names, and for 429 or 503 when to try again.
 */
public class ServiceProblem extends RuntimeException {

    public record Violation(String field, String message) {
    }

    /** A slot conflict of sessions-service: {@code ROOM_DOUBLE_BOOKED} or {@code SPEAKER_DOUBLE_BOOKED}. */
    public record Conflict(String kind, String sessionId) {
    }

    private final int status;
    private final String title;
    private final String detail;
    private final List<Violation> violations;
    private final List<Conflict> conflicts;
    private final Integer retryAfterSeconds;

    public ServiceProblem(int status, String title, String detail, List<Violation> violations,
                          List<Conflict> conflicts, Integer retryAfterSeconds) {
        super(status + " " + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
        this.conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
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
