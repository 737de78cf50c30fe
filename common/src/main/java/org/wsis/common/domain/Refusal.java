package org.wsis.common.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A domain rule refused what was asked. Services throw it in domain terms (what was refused and
 * why); the REST layer decides how it is answered (status, problem details). No stack trace: it is
 * an expected outcome, not a failure.
 */
public final class Refusal extends RuntimeException {

    /** Why it was refused; the REST layer maps each to one status. */
    public enum Reason {
        /** What was named does not exist (or the caller may not know it exists). */
        NOT_FOUND,
        /** The current state forbids it; the same request may succeed later. */
        STATE_CONFLICT,
        /** Well-formed, but can never be valid as it stands. */
        UNPROCESSABLE,
        /** One field is invalid in a way that depends on another field or on stored data. */
        INVALID_FIELD,
        /** The caller may not do this to this resource. */
        NOT_PERMITTED
    }

    private final Reason reason;
    private final String code;
    private final String field;
    private final Map<String, Object> details;

    private Refusal(Reason reason, String code, String field, String detail, Map<String, Object> details) {
        super(detail, null, false, false);
        this.reason = reason;
        this.code = code;
        this.field = field;
        this.details = Map.copyOf(details);
    }

    public static Refusal notFound(String detail) {
        return new Refusal(Reason.NOT_FOUND, "not-found", null, detail, Map.of());
    }

    public static Refusal conflict(String code, String detail) {
        return new Refusal(Reason.STATE_CONFLICT, code, null, detail, Map.of());
    }

    public static Refusal unprocessable(String code, String detail) {
        return new Refusal(Reason.UNPROCESSABLE, code, null, detail, Map.of());
    }

    public static Refusal invalidField(String field, String message) {
        return new Refusal(Reason.INVALID_FIELD, "validation", field, message, Map.of());
    }

    public static Refusal notPermitted(String detail) {
        return new Refusal(Reason.NOT_PERMITTED, "forbidden", null, detail, Map.of());
    }

    /** The same refusal with one more detail a client can act on (e.g. the conflicting sessions). */
    public Refusal with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(details);
        more.put(name, value);
        return new Refusal(reason, code, field, getMessage(), more);
    }

    public Reason reason() {
        return reason;
    }

    /** A stable, machine-readable name of the rule (the problem type's last segment). */
    public String code() {
        return code;
    }

    /** The invalid field, for {@link Reason#INVALID_FIELD}; otherwise null. */
    public String field() {
        return field;
    }

    public Map<String, Object> details() {
        return details;
    }
}
