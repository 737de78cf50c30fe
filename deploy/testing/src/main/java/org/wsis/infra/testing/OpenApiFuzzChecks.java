package org.wsis.infra.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input generated from the service's own OpenAPI document: for every operation, path ids
 * that are not ids, query values of the wrong type or out of range, and for every request body its
 * documented example broken in every way a client can break it (empty, truncated, wrong JSON type,
 * wrong content type, deep nesting, a key given twice, content after the document, each field
 * missing, null, of the wrong type, huge, with control, bidi-override or lone-surrogate characters,
 * an unknown enum value, an impossible date, numbers out of range or fractional, huge arrays).
 * Calls carry a valid token with every role, so the requests reach validation and the rules.
 *
 * <p>Passes when no request answers 5xx, every 4xx is problem details that reveal nothing internal,
 * every huge string or array is refused (bounds exist), as is every string with control, bidi-control
 * or lone-surrogate characters, a query value of the wrong type answers 400 naming the parameter
 * (never 404), and a refused request leaves every table
 * (outbox_event included: no event) exactly as it was. Every response is also checked against the
 * document, as all tests' are ({@link OpenApiResponseValidation}): status, content type, schema.
 */
public abstract class OpenApiFuzzChecks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HUGE = "x".repeat(20_000);

    /** A request and what is wrong with it. */
    private record Attempt(String operation, String description, String path, Map<String, Object> query,
                           String contentType, byte[] body, boolean mustBeRefused, String mustName) {

        Attempt(String operation, String description, String path, Map<String, Object> query,
                String contentType, byte[] body, boolean mustBeRefused) {
            this(operation, description, path, query, contentType, body, mustBeRefused, null);
        }
    }

    /** The edition the fuzzer's requests target (a valid one, so that the requests reach the body). */
    protected abstract int edition();

    /** Tables that change without a request (read models fed by Kafka); the state check skips them. */
    protected Set<String> volatileTables() {
        return Set.of();
    }

    /** A valid value for a path parameter (ids default to random UUIDs: unknown objects). */
    protected Object pathValue(String name) {
        return name.equals("edition") ? edition() : UUID.randomUUID();
    }

    @Test
    void hostileRequestsAreRefusedCleanlyAndChangeNothing() {
        OpenApiContract contract = OpenApiContract.fetch();
        List<Attempt> attempts = new ArrayList<>();
        for (String operation : contract.operations()) {
            attempts.addAll(pathAttempts(contract, operation));
            attempts.addAll(queryAttempts(contract, operation));
            if (contract.hasRequestBody(operation)) {
                attempts.addAll(bodyAttempts(contract, operation));
            }
        }
        String token = TestTokens.token("fuzzer-" + UUID.randomUUID(), "participant", "organiser", "reviewer");
        List<String> failures = new ArrayList<>();
        Set<String> excluded = new java.util.HashSet<>(volatileTables());
        excluded.addAll(Set.of("processed_event", "parked_event"));
        try (TableCounts tables = new TableCounts(excluded)) {
            Map<String, Long> before = tables.snapshot();
            List<String> slow = new ArrayList<>();
            for (Attempt attempt : attempts) {
                long started = System.nanoTime();
                Response response = send(attempt, token);
                long millis = (System.nanoTime() - started) / 1_000_000;
                if (millis > 300) {
                    slow.add(attempt.operation() + " with " + attempt.description() + ": " + millis + " ms");
                }
                Map<String, Long> after = tables.snapshot();
                String what = attempt.operation() + " with " + attempt.description() + " -> " + response.statusCode();
                int status = response.statusCode();
                if (status >= 500) {
                    failures.add(what + ": server error " + abbreviate(response.asString()));
                }
                OpenApiContract.badErrorBody(response).ifPresent(problem -> failures.add(what + ": " + abbreviate(problem)));
                if (status < 400 && attempt.mustBeRefused()) {
                    failures.add(what + ": accepted, but it exceeds any sane bound");
                }
                if (attempt.mustName() != null && (status != 400 || !response.asString().contains(attempt.mustName()))) {
                    failures.add(what + ": must be 400 naming " + attempt.mustName() + ", was " + abbreviate(response.asString()));
                }
                if (status >= 400 && !after.equals(before)) {
                    failures.add(what + ": refused but changed state " + before + " -> " + after);
                }
                before = after;
            }
            if (!slow.isEmpty()) {
                System.out.println("Slow hostile requests:\n  " + String.join("\n  ", slow));
            }
        }
        System.out.println("Fuzzing sent " + attempts.size() + " hostile requests");
        assertThat(failures).as(attempts.size() + " hostile requests").isEmpty();
    }

    private Response send(Attempt attempt, String token) {
        RequestSpecification request = given()
                .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .urlEncodingEnabled(false)
                .header("Authorization", "Bearer " + token)
                .accept("application/json, */*;q=0.1"); // JSON first; the calendar feed too
        attempt.query().forEach(request::queryParam);
        if (attempt.body() != null) {
            if (attempt.contentType() != null) {
                request.contentType(attempt.contentType());
            }
            request.body(attempt.body());
        }
        return request.request(OpenApiContract.method(attempt.operation()), attempt.path());
    }

    // ---- paths and queries ---------------------------------------------------------------------

    private List<Attempt> pathAttempts(OpenApiContract contract, String operation) {
        List<Attempt> attempts = new ArrayList<>();
        List<String> names = contract.parameters(operation, "path").stream().map(p -> (String) p.get("name")).toList();
        attempts.add(new Attempt(operation, "valid path", path(operation, names, null, null), Map.of(),
                "application/json", exampleBytes(contract, operation), false));
        List<String> bad = List.of("not-a-uuid", "%00", "'%20OR%201=1--", "99999999999999999999", "%E2%80%AE%F0%9F%98%80",
                "a".repeat(300));
        for (String name : names) {
            for (String value : bad) {
                attempts.add(new Attempt(operation, name + "=" + abbreviate(value), path(operation, names, name, value),
                        Map.of(), "application/json", exampleBytes(contract, operation), false));
            }
        }
        return attempts;
    }

    private List<Attempt> queryAttempts(OpenApiContract contract, String operation) {
        List<Attempt> attempts = new ArrayList<>();
        List<String> names = contract.parameters(operation, "path").stream().map(p -> (String) p.get("name")).toList();
        for (Map<String, Object> parameter : contract.parameters(operation, "query")) {
            String name = (String) parameter.get("name");
            for (String value : List.of("-1", "99999999999999999999", "NOT_A_VALUE", "%00", "x".repeat(1000))) {
                attempts.add(new Attempt(operation, "?" + name + "=" + abbreviate(value), path(operation, names, null, null),
                        Map.of(name, value), null, null, false));
            }
            // a value of the wrong type is the client's mistake: 400 naming the parameter, never 404
            @SuppressWarnings("unchecked")
            Map<String, Object> schema = contract.schema((Map<String, Object>) parameter.getOrDefault("schema", Map.of()));
            for (String value : wrongValues(schema)) {
                attempts.add(new Attempt(operation, "?" + name + "=" + value + " (wrong type)", path(operation, names, null, null),
                        Map.of(name, value), null, null, true, name));
            }
        }
        return attempts;
    }

    /** Values no parameter of this schema can take. */
    private static List<String> wrongValues(Map<String, Object> schema) {
        String type = OpenApiContract.type(schema);
        if (schema.containsKey("enum")) {
            return List.of("ASTRONAUT");
        }
        if ("integer".equals(type)) {
            return List.of("abc", "1e3", "1.5", "2147483648");
        }
        Object format = schema.get("format");
        if ("uuid".equals(format)) {
            return List.of("not-a-uuid");
        }
        if ("date".equals(format)) {
            return List.of("2026-13-45", "tomorrow");
        }
        return List.of();
    }

    private String path(String operation, List<String> names, String badName, String badValue) {
        String path = OpenApiContract.pathTemplate(operation);
        for (String name : names) {
            String value = name.equals(badName) ? badValue : String.valueOf(pathValue(name));
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    // ---- bodies -----------------------------------------------------------------------------------

    private List<Attempt> bodyAttempts(OpenApiContract contract, String operation) {
        List<Attempt> attempts = new ArrayList<>();
        List<String> names = contract.parameters(operation, "path").stream().map(p -> (String) p.get("name")).toList();
        String path = path(operation, names, null, null);
        String example = contract.requestExample(operation).orElse("{}");
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("an empty body", "");
        raw.put("a truncated body", example.substring(0, example.length() / 2));
        raw.put("an unclosed object", "{");
        raw.put("null", "null");
        raw.put("an array", "[]");
        raw.put("a string", "\"text\"");
        raw.put("a number", "12");
        raw.put("deep nesting", "[".repeat(5_000) + "]".repeat(5_000));
        raw.forEach((description, body) -> attempts.add(new Attempt(operation, description, path, Map.of(),
                "application/json", body.getBytes(StandardCharsets.UTF_8), false)));
        if (example.matches("(?s).*\"[^\"]*\"\\s*:\\s*\".*")) {
            attempts.add(new Attempt(operation, "a lone surrogate escape", path, Map.of(), "application/json",
                    example.replaceFirst("\"([^\"]*)\"\\s*:\\s*\"", "\"$1\":\"\\\\ud800").getBytes(StandardCharsets.UTF_8), true));
        }
        attempts.add(new Attempt(operation, "invalid UTF-8", path, Map.of(), "application/json",
                new byte[]{'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}, false));
        for (String type : List.of("text/plain", "application/xml", "application/octet-stream")) {
            attempts.add(new Attempt(operation, "content type " + type, path, Map.of(), type,
                    example.getBytes(StandardCharsets.UTF_8), false));
        }
        attempts.add(new Attempt(operation, "no content type", path, Map.of(), null,
                example.getBytes(StandardCharsets.UTF_8), false));

        JsonNode base = parse(example);
        if (!(base instanceof ObjectNode object)) {
            return attempts;
        }
        // ambiguous documents are refused, never resolved silently: a key given twice, content after the document
        if (object.size() > 0) {
            String first = object.fieldNames().next();
            String duplicated = "{" + JSON.valueToTree(first) + ":" + object.get(first) + "," + example.trim().substring(1);
            attempts.add(new Attempt(operation, "a duplicated key " + first, path, Map.of(), "application/json",
                    duplicated.getBytes(StandardCharsets.UTF_8), true));
        }
        attempts.add(new Attempt(operation, "content after the document", path, Map.of(), "application/json",
                (example + " {}").getBytes(StandardCharsets.UTF_8), true));
        ObjectNode extra = object.deepCopy();
        extra.put("unexpectedField", HUGE.substring(0, 100));
        extra.putObject("__proto__").put("admin", true);
        attempts.add(new Attempt(operation, "extra fields", path, Map.of(), "application/json", bytes(extra), false));

        Map<String, Object> schema = contract.requestSchema(operation);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> properties =
                (Map<String, Map<String, Object>>) schema.getOrDefault("properties", Map.of());
        properties.forEach((field, fieldSchema) -> {
            Map<String, Object> resolved = contract.schema(fieldSchema);
            for (Mutation m : mutations(resolved, object.get(field))) {
                ObjectNode mutated = object.deepCopy();
                if (m.value() == null) {
                    mutated.remove(field);
                } else {
                    mutated.set(field, m.value());
                }
                attempts.add(new Attempt(operation, field + " " + m.description(), path, Map.of(), "application/json",
                        bytes(mutated), m.mustBeRefused()));
            }
        });
        return attempts;
    }

    private record Mutation(String description, JsonNode value, boolean mustBeRefused) {
    }

    private static List<Mutation> mutations(Map<String, Object> schema, JsonNode original) {
        List<Mutation> out = new ArrayList<>();
        String type = OpenApiContract.type(schema);
        out.add(new Mutation("missing", null, false));
        out.add(new Mutation("null", NODES.nullNode(), false));
        out.add(new Mutation("as an object", NODES.objectNode().put("nested", 1), false));
        switch (type) {
            case "string" -> {
                out.add(new Mutation("as a number", NODES.numberNode(12345), false));
                out.add(new Mutation("as an array", NODES.arrayNode().add("x"), false));
                out.add(new Mutation("huge", NODES.textNode(HUGE), true));
                out.add(new Mutation("empty", NODES.textNode(""), false));
                // no string anywhere may carry what can rewrite a line, a log or a display
                out.add(new Mutation("with NUL and control characters", NODES.textNode("a\u0000b\u0007c\u001b[31m"), true));
                out.add(new Mutation("with a lone carriage return", NODES.textNode("Smith\rBEGIN:VEVENT"), true));
                out.add(new Mutation("with a C1 control", NODES.textNode("a\u0085b\u009bc"), true));
                out.add(new Mutation("with a bidi override", NODES.textNode("\u202Eevil"), true));
                out.add(new Mutation("with a bidi isolate", NODES.textNode("a\u2067b\u2069"), true));
                out.add(new Mutation("with emoji and a combining accent", NODES.textNode("Zoe\u0301 \uD83D\uDE00"), false));
                out.add(new Mutation("as markup", NODES.textNode("<script>alert(1)</script>' OR '1'='1"), false));
                if (schema.containsKey("enum")) {
                    out.add(new Mutation("an unknown enum value", NODES.textNode("NOT_A_VALUE"), false));
                    out.add(new Mutation("a lower-case enum value",
                            NODES.textNode(String.valueOf(((List<?>) schema.get("enum")).get(0)).toLowerCase()), false));
                }
                Object format = schema.get("format");
                if (format != null && format.toString().startsWith("date") || "time".equals(format)
                        || "local-time".equals(format)) {
                    out.add(new Mutation("an impossible date", NODES.textNode("2026-13-45T25:61:00Z"), false));
                    out.add(new Mutation("a far-future date", NODES.textNode("+999999999-12-31T23:59:59Z"), false));
                    out.add(new Mutation("not a date", NODES.textNode("yesterday"), false));
                }
                if ("uuid".equals(format)) {
                    out.add(new Mutation("not a uuid", NODES.textNode("not-a-uuid"), false));
                }
            }
            case "integer", "number" -> {
                out.add(new Mutation("as a string", NODES.textNode("abc"), false));
                out.add(new Mutation("negative", NODES.numberNode(-1), false));
                out.add(new Mutation("zero", NODES.numberNode(0), false));
                out.add(new Mutation("beyond 32 bits", NODES.numberNode(2_147_483_648L), false));
                out.add(new Mutation("beyond 64 bits", NODES.numberNode(new java.math.BigInteger("99999999999999999999999")), false));
                // an integer field never truncates a fraction silently
                out.add(new Mutation("fractional", NODES.numberNode(1.5), "integer".equals(type)));
            }
            case "boolean" -> {
                out.add(new Mutation("as a string", NODES.textNode("yes"), false));
                out.add(new Mutation("as a number", NODES.numberNode(1), false));
            }
            case "array" -> {
                JsonNode element = original instanceof ArrayNode a && !a.isEmpty() ? a.get(0) : NODES.textNode("x");
                ArrayNode huge = NODES.arrayNode();
                for (int i = 0; i < 5_000; i++) {
                    huge.add(element);
                }
                out.add(new Mutation("with 5000 elements", huge, true));
                out.add(new Mutation("with a null element", NODES.arrayNode().addNull(), false));
                out.add(new Mutation("with an element of the wrong type", NODES.arrayNode().add(NODES.objectNode()), false));
                out.add(new Mutation("as a string", NODES.textNode("x"), false));
            }
            default -> out.add(new Mutation("as a string", NODES.textNode("x"), false));
        }
        return out;
    }

    private static byte[] exampleBytes(OpenApiContract contract, String operation) {
        return contract.hasRequestBody(operation)
                ? contract.requestExample(operation).orElse("{}").getBytes(StandardCharsets.UTF_8) : null;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
