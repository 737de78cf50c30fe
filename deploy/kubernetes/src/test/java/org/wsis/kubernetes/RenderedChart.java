package org.wsis.kubernetes;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The wsis chart as {@code deploy/kubernetes} assembles it (target/helm/wsis), rendered once per test run with
 * the embedded Helm and the values an operator fills ({@code operator-values.yaml}): every document as a
 * tree, and typed on request.
 */
final class RenderedChart {

    static final String RELEASE = "wsis";
    static final String NAMESPACE = "wsis";
    static final Path CHART = Path.of(System.getProperty("wsis.chart", "target/helm/wsis")).toAbsolutePath();
    static final Path ROOT = Path.of(System.getProperty("wsis.root", "../..")).toAbsolutePath().normalize();
    static final Path OPERATOR_VALUES = resource("operator-values.yaml");

    /** Reads YAML into typed models; an unknown field still lands in additionalProperties (see StrictModels). */
    static final ObjectMapper YAML = YAMLMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .build()
            .findAndRegisterModules();

    private static RenderedChart rendered;

    final String manifest;
    final List<JsonNode> documents;

    private RenderedChart(String manifest) {
        this.manifest = manifest;
        this.documents = parse(manifest);
    }

    /** Rendered on first use, shared by every test class of the run (rendering takes seconds). */
    static synchronized RenderedChart withOperatorValues() {
        if (rendered == null) {
            rendered = new RenderedChart(template().withValuesFile(OPERATOR_VALUES).call());
            write(CHART.resolveSibling("wsis-rendered.yaml"), rendered.manifest);
        }
        return rendered;
    }

    /** Another rendering, e.g. with other values ({@code template().withValuesFile(OPERATOR_VALUES).set(...).call()}), not shared. */
    static RenderedChart of(String manifest) {
        return new RenderedChart(manifest);
    }

    static com.marcnuri.helm.TemplateCommand template() {
        if (!Files.isDirectory(CHART.resolve("charts"))) {
            throw new IllegalStateException(CHART + " is not assembled: build with ./mvnw verify -pl deploy/kubernetes -am");
        }
        // helm-java's template, unlike helm template, lets lookup contact a cluster: there is none here
        return new Helm(CHART).template().withName(RELEASE).withNamespace(NAMESPACE)
                .set("postgres.keepGeneratedPasswords", false);
    }

    List<JsonNode> ofKind(String kind) {
        return documents.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    JsonNode one(String kind, String name) {
        return ofKind(kind).stream().filter(d -> name.equals(d.path("metadata").path("name").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " in the rendered chart"));
    }

    <T> List<T> ofKind(String kind, Class<T> type) {
        return ofKind(kind).stream().map(d -> typed(d, type)).toList();
    }

    <T> T one(String kind, String name, Class<T> type) {
        return typed(one(kind, name), type);
    }

    static String name(JsonNode document) {
        return document.path("metadata").path("name").asText();
    }

    static <T> T typed(JsonNode document, Class<T> type) {
        try {
            return YAML.treeToValue(document, type);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + document.path("kind").asText() + " "
                    + document.path("metadata").path("name").asText() + " as " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static List<JsonNode> parse(String manifest) {
        List<JsonNode> documents = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(manifest)) {
            var trees = JsonMapper.builder().build().readValues(parser, JsonNode.class);
            while (trees.hasNext()) {
                JsonNode document = trees.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    /** Kept beside the chart for reading (target/helm/wsis-rendered.yaml). */
    private static void write(Path file, String manifest) {
        try {
            Files.writeString(file, manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(RenderedChart.class.getResource("/" + name), name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
