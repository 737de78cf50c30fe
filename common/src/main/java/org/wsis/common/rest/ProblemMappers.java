package org.wsis.common.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.wsis.common.DatabaseFailures;
import org.wsis.common.domain.Refusal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every error path answers {@code application/problem+json}: client mistakes with a precise
 * detail, infrastructure trouble with 503, and anything else with a 500 that reveals nothing
 * internal (the log has the detail under the same incident id).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ProblemResponses problems;

    public ProblemMappers(ProblemResponses problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return problems.of(e);
    }

    @ServerExceptionMapper
    public Response refused(Refusal refusal) {
        return problems.of(ProblemException.of(refusal));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .toList();
        return invalidFields(violations);
    }

    /** 400 naming each bad field (or parameter) and what it must be, in {@code violations} and the detail. */
    private Response invalidFields(List<Problem.Violation> violations) {
        String detail = violations.stream().map(v -> v.field() + ": " + v.message())
                .collect(Collectors.joining("; "));
        return problems.build(400, "validation", "Invalid request", detail, violations, Map.of()).build();
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e) {
        return problems.simple(400, "malformed-json", "Malformed JSON",
                "The body is not valid JSON: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response unsafeText(SafeText.Refused e) {
        return invalidFields(List.of(new Problem.Violation(path(e), e.getOriginalMessage())));
    }

    @ServerExceptionMapper
    public Response wrongValue(InvalidFormatException e) {
        return wrongInput(e);
    }

    @ServerExceptionMapper
    public Response wrongInput(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        String must;
        if (target != null && target.isEnum()) {
            must = mustBeOneOf(target);
        } else if (target != null) {
            must = "must be " + describe(target);
        } else {
            must = e.getOriginalMessage();
        }
        return invalidFields(List.of(new Problem.Violation(path(e), must)));
    }

    @ServerExceptionMapper
    public Response notInstantiable(ValueInstantiationException e) {
        String field = path(e);
        return problems.simple(400, "validation", "Invalid request", field + ": " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return problems.simple(400, "malformed-json", "Malformed JSON", "The body cannot be read: "
                + e.getOriginalMessage());
    }

    private Response json(JsonProcessingException e) {
        if (e instanceof SafeText.Refused refused) {
            return unsafeText(refused);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return wrongInput(mismatched);
        }
        if (e instanceof ValueInstantiationException instantiation) {
            return notInstantiable(instantiation);
        }
        if (e instanceof JsonParseException parse) {
            return malformed(parse);
        }
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problems.simple(403, "forbidden", "Forbidden", "Your role does not allow this operation.");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ResourceInfo resource, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json); // the JSON reader wraps its parse errors
        }
        if (e instanceof NotFoundException && e.getCause() != null) { // a parameter that could not be converted
            Optional<Problem.Violation> query = QueryParameterCheck.culprit(resource.getResourceMethod(),
                    uri.getQueryParameters());
            if (query.isPresent()) {
                return invalidFields(List.of(query.get()));
            }
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String detail = switch (status) {
            case 404 -> "No such resource.";
            case 405 -> "This resource does not support that method.";
            case 415 -> "Unsupported content type; send application/json.";
            case 406 -> "Cannot produce a representation in an acceptable media type.";
            default -> e.getMessage();
        };
        Response.ResponseBuilder builder = problems.build(status, slug(title), title, detail, null, Map.of());
        original.getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        if (DatabaseFailures.isTransient(e)) {
            LOG.warnf("Service unavailable: %s", e.toString());
            return problems.build(503, "unavailable", "Service unavailable",
                    "A backing service is unavailable; retry shortly.", null, Map.of())
                    .header(HttpHeaders.RETRY_AFTER, "2").build();
        }
        if (DatabaseFailures.invalidData(e)) {
            LOG.debugf("Invalid data answered as 400: %s", e.toString());
            return problems.simple(400, "invalid-value", "Invalid request",
                    "A value is out of the range the service can store (e.g. a date too far away, or a control character).");
        }
        if (DatabaseFailures.uniqueViolation(e).isPresent()) {
            LOG.debugf("Unique violation answered as 409: %s", e.toString());
            return problems.simple(409, "conflict", "Conflict with the current state",
                    "The request conflicts with existing data.");
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return problems.simple(500, "internal", "Internal error",
                "An unexpected error occurred; incident " + incident + ".");
    }

    private Response unauthorized() {
        return problems.build(401, "unauthorized", "Unauthorized",
                        "A valid bearer token is required.", null, Map.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** {@code register.request.sdgs[0].<list element>} becomes {@code sdgs[0]}: clients know fields, not methods. */
    private static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new java.util.ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {
                    continue;
                }
                case PARAMETER -> {
                    if (i == nodes.size() - 1) {
                        out.append(node.getName()); // a plain query or path parameter
                    }
                    continue;
                }
                default -> {
                }
            }
            if (node.isInIterable()) {
                out.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append('.');
            }
            out.append(node.getName());
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }

    static String mustBeOneOf(Class<?> enumType) {
        return "must be one of " + Arrays.stream(enumType.getEnumConstants()).map(Object::toString)
                .collect(Collectors.joining(", "));
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or time";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
