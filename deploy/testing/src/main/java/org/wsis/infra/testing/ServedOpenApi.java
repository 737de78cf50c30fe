package org.wsis.infra.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi31;
import io.restassured.response.Response;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One service's OpenAPI 3.1 document as the judge of its responses. A response conforms when its
 * status is documented for the operation, its content type is one documented for that status (no
 * body where none is documented), every required response header is present and matches its
 * schema, and a JSON body matches the documented schema under JSON Schema 2020-12 (OpenAPI 3.1's
 * dialect, formats asserted). Every documented object is closed ({@code unevaluatedProperties:
 * false} where the document leaves it open): a field the document does not name is a lie by omission.
 *
 * <p>Explicit exceptions: bodies that are not JSON ({@code text/csv}, {@code text/calendar}) are
 * checked for their content type only, as the document describes them as strings; the body of a
 * server-sent event stream ({@code text/event-stream}, cut after its first event by
 * {@link EventStreamCut}) is its events, each one's data checked against the schema; a path that
 * matches no documented operation may answer 404, and any operation may get a refusal of the HTTP
 * protocol itself ({@link #PROTOCOL_REFUSALS}), provided it is problem details.
 */
final class ServedOpenApi {

    /** Answers to a request the HTTP layer cannot route or serve, for any URL: method, Accept, URI or header size. */
    static final Set<Integer> PROTOCOL_REFUSALS = Set.of(405, 406, 414, 431);

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The name the schema loader knows the document by; never fetched. */
    private static final String IRI = "https://openapi.invalid/openapi.json";
    private static final String PROBLEM = "/components/schemas/Problem";

    private record Template(String path, Pattern pattern, int literals) {
    }

    private final JsonNode document;
    private final List<Template> templates = new ArrayList<>();
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private ServedOpenApi(JsonNode document) throws IOException {
        this.document = document;
        close(document);
        String text = JSON.writeValueAsString(document);
        factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .metaSchema(OpenApi31.getInstance()).defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
                .schemaLoaders(loaders -> loaders.schemas(Map.of(IRI, text))));
        document.path("paths").fieldNames().forEachRemaining(path -> templates.add(new Template(path,
                Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")),
                path.replaceAll("\\{[^}]+}", "").length())));
    }

    /** Reads the document the service at {@code origin} ({@code http://host:port}) serves. */
    static ServedOpenApi fetch(String origin) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(origin + "/q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(origin + "/q/openapi answered " + response.statusCode());
            }
            return of(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the OpenAPI document of " + origin, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static ServedOpenApi of(String json) throws IOException {
        return new ServedOpenApi(JSON.readTree(json));
    }

    /** Why the response to {@code method path} is not as documented; empty when it is. */
    List<String> check(String method, String path, Response response) {
        String status = String.valueOf(response.statusCode());
        Optional<String> template = templates.stream().filter(t -> t.pattern().matcher(path).matches())
                .max(Comparator.comparingInt(Template::literals)).map(Template::path);
        String operation = template.map(t -> "/paths/" + escape(t) + "/" + method.toLowerCase()).orElse(null);
        JsonNode responses = operation == null ? null : document.at(operation + "/responses");
        if (responses == null || responses.isMissingNode()) {
            boolean unknownPath = template.isEmpty() && status.equals("404");
            return unknownPath || PROTOCOL_REFUSALS.contains(response.statusCode()) ? problemOnly(response)
                    : List.of("no documented operation " + method + " " + template.orElse(path));
        }
        String code = responses.has(status) ? status : responses.has("default") ? "default" : null;
        if (code == null) {
            return PROTOCOL_REFUSALS.contains(response.statusCode()) ? problemOnly(response)
                    : List.of("undocumented status " + status + " (documented: " + names(responses) + ")");
        }
        String pointer = dereference(operation + "/responses/" + escape(code));
        List<String> problems = new ArrayList<>(headerProblems(pointer, response));
        problems.addAll(bodyProblems(pointer, response));
        return problems;
    }

    private List<String> headerProblems(String pointer, Response response) {
        List<String> problems = new ArrayList<>();
        document.at(pointer + "/headers").fieldNames().forEachRemaining(name -> {
            String header = dereference(pointer + "/headers/" + escape(name));
            String value = response.header(name);
            if (value == null) {
                if (document.at(header + "/required").asBoolean()) {
                    problems.add("required header " + name + " is missing");
                }
            } else if (!document.at(header + "/schema").isMissingNode()) {
                validate(header + "/schema", scalar(value)).forEach(p -> problems.add("header " + name + p));
            }
        });
        return problems;
    }

    private List<String> bodyProblems(String pointer, Response response) {
        JsonNode content = document.at(pointer + "/content");
        String body = response.asString();
        String mediaType = response.contentType() == null ? "" : response.contentType().split(";")[0].trim().toLowerCase();
        if (content.isMissingNode() || content.isEmpty()) {
            return body.isEmpty() ? List.of() : List.of("a body (" + mediaType + ") where the document announces none");
        }
        if (!content.has(mediaType)) {
            return List.of("content type '" + mediaType + "' is not among " + names(content));
        }
        String schema = pointer + "/content/" + escape(mediaType) + "/schema";
        if (mediaType.equals("text/event-stream") && !document.at(schema).isMissingNode()) {
            List<String> problems = new ArrayList<>();
            List<String> events = eventData(body);
            if (events.isEmpty()) {
                problems.add("an event stream without an event");
            }
            // JSON data as JSON, anything else as the string it is
            events.forEach(data -> validate(schema, parse(data).orElse(TextNode.valueOf(data)))
                    .forEach(p -> problems.add("event data" + p)));
            return problems;
        }
        if (!isJson(mediaType) || document.at(schema).isMissingNode()) {
            return List.of(); // text/csv, text/calendar: described as strings, their content type is the check
        }
        return parse(body).map(json -> validate(schema, json)).orElse(List.of("body is not JSON"));
    }

    /** The data of each event of a {@code text/event-stream} body (its data lines joined, as a client does). */
    static List<String> eventData(String stream) {
        List<String> events = new ArrayList<>();
        StringBuilder data = null;
        for (String line : (stream + "\n\n").split("\r\n|\r|\n", -1)) {
            if (line.isEmpty()) {
                if (data != null) {
                    events.add(data.toString());
                }
                data = null;
            } else if (line.equals("data") || line.startsWith("data:")) {
                String value = line.length() <= 5 ? "" : line.substring(line.charAt(5) == ' ' ? 6 : 5);
                data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            }
        }
        return events;
    }

    private List<String> problemOnly(Response response) {
        String mediaType = response.contentType() == null ? "" : response.contentType().split(";")[0].trim();
        if (!mediaType.equalsIgnoreCase("application/problem+json")) {
            return List.of("a refusal in " + mediaType + ", not application/problem+json");
        }
        return parse(response.asString()).map(json -> validate(PROBLEM, json)).orElse(List.of("body is not JSON"));
    }

    private List<String> validate(String pointer, JsonNode value) {
        JsonSchema schema = schemas.computeIfAbsent(pointer, p -> factory.getSchema(
                SchemaLocation.of(IRI + "#" + p.replace("%", "%25").replace("{", "%7B").replace("}", "%7D")), config));
        return schema.validate(value).stream().map(message -> " " + message.getMessage()).sorted().toList();
    }

    /** Follows a {@code $ref} (responses and headers may be components). */
    private String dereference(String pointer) {
        JsonNode ref = document.at(pointer + "/$ref");
        return ref.isTextual() && ref.asText().startsWith("#/") ? dereference(ref.asText().substring(1)) : pointer;
    }

    /** Closes every object schema that names its properties and says nothing about others. */
    private static void close(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.get("properties") instanceof ObjectNode && !object.has("additionalProperties")
                    && !object.has("unevaluatedProperties")) {
                object.put("unevaluatedProperties", false);
            }
            object.forEach(ServedOpenApi::close);
        } else if (node instanceof ArrayNode array) {
            array.forEach(ServedOpenApi::close);
        }
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static Optional<JsonNode> parse(String body) {
        try {
            return Optional.of(JSON.readTree(body)).filter(json -> !json.isMissingNode());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A header value as the JSON value its schema describes: {@code 2} is a number, anything else a string. */
    private static JsonNode scalar(String value) {
        return parse(value).filter(JsonNode::isNumber).orElse(TextNode.valueOf(value));
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
