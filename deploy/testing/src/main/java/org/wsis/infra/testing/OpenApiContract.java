package org.wsis.infra.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * A service's own OpenAPI document, read from {@code /q/openapi}, as the tests use it: the list of
 * operations ({@code "POST /editions/{edition}/votes"}), their parameters, request examples and
 * schemas, and their responses. (Every response a test receives is judged against the document
 * by {@link OpenApiResponseValidation}.)
 */
public final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    /** What no error body may reveal: stack frames, Java packages, SQL. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat [a-zA-Z_$][\\w$]*\\.[\\w$.]+\\(|\\borg\\.(wsis|hibernate|jboss|postgresql|apache)\\b|\\bjava\\.|\\bjakarta\\."
                    + "|\\bio\\.(quarkus|vertx|smallrye)\\b|com\\.fasterxml|\\bSQL\\b|SQLState|\\bselect .* from\\b|\\binsert into\\b"
                    + "|duplicate key|violates .* constraint|\\bpg_|PSQL",
            Pattern.CASE_INSENSITIVE);

    private final Map<String, Object> document;
    private final Map<String, Map<String, Object>> operations = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    private OpenApiContract(Map<String, Object> document) {
        this.document = document;
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        paths.forEach((path, item) -> item.forEach((method, op) -> {
            if (METHODS.contains(method)) {
                operations.put(method.toUpperCase() + " " + path, (Map<String, Object>) op);
            }
        }));
    }

    /** Reads the running service's document. */
    @SuppressWarnings("unchecked")
    public static OpenApiContract fetch() {
        String body = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        try {
            return new OpenApiContract(JSON.readValue(body, Map.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, Object> document() {
        return document;
    }

    /** {@code "METHOD /path/{template}"} of every operation, in document order. */
    public List<String> operations() {
        return new ArrayList<>(operations.keySet());
    }

    public Map<String, Object> operation(String key) {
        Map<String, Object> op = operations.get(key);
        if (op == null) {
            throw new IllegalArgumentException("no operation " + key);
        }
        return op;
    }

    public static String method(String key) {
        return key.substring(0, key.indexOf(' '));
    }

    public static String pathTemplate(String key) {
        return key.substring(key.indexOf(' ') + 1);
    }

    public boolean isPublic(String key) {
        return operation(key).get("security") == null;
    }

    public boolean hasRequestBody(String key) {
        return operation(key).containsKey("requestBody");
    }

    /** The parameters declared {@code in} path or query. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> parameters(String key, String in) {
        List<Map<String, Object>> all = (List<Map<String, Object>>) operation(key).getOrDefault("parameters", List.of());
        return all.stream().map(this::resolve).filter(p -> in.equals(p.get("in"))).toList();
    }

    /** The first JSON example of the operation's request body, as JSON text. */
    @SuppressWarnings("unchecked")
    public Optional<String> requestExample(String key) {
        Map<String, Object> media = requestMedia(key);
        if (media == null) {
            return Optional.empty();
        }
        Object example = media.get("example");
        Map<String, Object> examples = (Map<String, Object>) media.get("examples");
        if (example == null && examples != null && !examples.isEmpty()) {
            Object first = resolve((Map<String, Object>) examples.values().iterator().next());
            example = ((Map<String, Object>) first).get("value");
        }
        if (example == null) {
            return Optional.empty();
        }
        try {
            if (example instanceof String text) {
                JSON.readTree(text); // already JSON text
                return Optional.of(text);
            }
            return Optional.of(JSON.writeValueAsString(example));
        } catch (IOException e) {
            try {
                return Optional.of(JSON.writeValueAsString(example));
            } catch (IOException again) {
                throw new UncheckedIOException(again);
            }
        }
    }

    /** The request body's JSON schema, references resolved at the top level. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> requestSchema(String key) {
        Map<String, Object> media = requestMedia(key);
        return media == null ? Map.of() : schema((Map<String, Object>) media.get("schema"));
    }

    /** A schema with its {@code $ref} (and a single {@code allOf}/{@code anyOf} wrapper) resolved. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> schema(Map<String, Object> schema) {
        if (schema == null) {
            return Map.of();
        }
        Map<String, Object> resolved = resolve(schema);
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            List<Map<String, Object>> parts = (List<Map<String, Object>>) resolved.get(combinator);
            if (parts != null) {
                for (Map<String, Object> part : parts) {
                    Map<String, Object> p = schema(part);
                    if (!"null".equals(p.get("type"))) {
                        Map<String, Object> merged = new LinkedHashMap<>(p);
                        resolved.forEach((k, v) -> {
                            if (!k.equals(combinator)) {
                                merged.putIfAbsent(k, v);
                            }
                        });
                        return merged;
                    }
                }
            }
        }
        return resolved;
    }

    /** The schema's type ({@code string, integer, number, boolean, array, object}), ignoring {@code null}. */
    @SuppressWarnings("unchecked")
    public static String type(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type instanceof List<?> list) {
            return list.stream().map(Object::toString).filter(t -> !t.equals("null")).findFirst().orElse("null");
        }
        if (type == null && schema.containsKey("properties")) {
            return "object";
        }
        return type == null ? "unknown" : type.toString();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> requestMedia(String key) {
        Map<String, Object> body = (Map<String, Object>) operation(key).get("requestBody");
        if (body == null) {
            return null;
        }
        Map<String, Object> content = (Map<String, Object>) resolve(body).get("content");
        if (content == null || content.isEmpty()) {
            return null;
        }
        Object json = content.get("application/json");
        return (Map<String, Object>) (json != null ? json : content.values().iterator().next());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Map<String, Object> node) {
        Object ref = node.get("$ref");
        if (!(ref instanceof String pointer) || !pointer.startsWith("#/")) {
            return node;
        }
        Object target = document;
        for (String part : pointer.substring(2).split("/")) {
            target = ((Map<String, Object>) target).get(part.replace("~1", "/").replace("~0", "~"));
        }
        Map<String, Object> merged = new LinkedHashMap<>(resolve((Map<String, Object>) target));
        node.forEach((k, v) -> {
            if (!k.equals("$ref")) {
                merged.put(k, v);
            }
        });
        return merged;
    }

    /** The response codes the document announces for the operation. */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Object>> responses(String key) {
        return (Map<String, Map<String, Object>>) operation(key).get("responses");
    }

    /** Why an error body is unacceptable (not problem+json, or leaking internals), or empty. */
    public static Optional<String> badErrorBody(Response response) {
        if (response.statusCode() < 400) {
            return Optional.empty();
        }
        String contentType = response.contentType() == null ? "" : response.contentType();
        if (!contentType.startsWith("application/problem+json")) {
            return Optional.of(response.statusCode() + " answered " + contentType + ", not application/problem+json");
        }
        String body = response.asString();
        try {
            Map<?, ?> problem = JSON.readValue(body, Map.class);
            if (!Integer.valueOf(response.statusCode()).equals(problem.get("status"))) {
                return Optional.of("problem status " + problem.get("status") + " differs from " + response.statusCode());
            }
        } catch (IOException e) {
            return Optional.of("problem body is not JSON: " + body);
        }
        var leak = LEAK.matcher(body);
        return leak.find() ? Optional.of("error body reveals internals (" + leak.group() + "): " + body) : Optional.empty();
    }
}
