package org.wsis.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chart lints, refuses to render until the operator's values are set, and renders only documents of
 * known kinds, each of which reads into its typed model (fabric8, Strimzi) without an unknown field.
 */
class ChartRenderingTest {

    /** Every kind the chart may render, with its apiVersion and the model it must read into (null: no model). */
    record Kind(String apiVersion, Class<?> model) {
    }

    static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("Deployment", new Kind("apps/v1", Deployment.class)),
            Map.entry("Service", new Kind("v1", Service.class)),
            Map.entry("ConfigMap", new Kind("v1", ConfigMap.class)),
            Map.entry("Secret", new Kind("v1", Secret.class)),
            Map.entry("HorizontalPodAutoscaler", new Kind("autoscaling/v2", HorizontalPodAutoscaler.class)),
            Map.entry("PodDisruptionBudget", new Kind("policy/v1", PodDisruptionBudget.class)),
            Map.entry("NetworkPolicy", new Kind("networking.k8s.io/v1", NetworkPolicy.class)),
            Map.entry("Ingress", new Kind("networking.k8s.io/v1", Ingress.class)),
            Map.entry("ServiceMonitor", new Kind("monitoring.coreos.com/v1", ServiceMonitor.class)),
            Map.entry("PrometheusRule", new Kind("monitoring.coreos.com/v1", PrometheusRule.class)),
            Map.entry("Kafka", new Kind("kafka.strimzi.io/v1beta2", Kafka.class)),
            Map.entry("KafkaNodePool", new Kind("kafka.strimzi.io/v1beta2", KafkaNodePool.class)),
            Map.entry("KafkaTopic", new Kind("kafka.strimzi.io/v1beta2", KafkaTopic.class)),
            Map.entry("KafkaUser", new Kind("kafka.strimzi.io/v1beta2", KafkaUser.class)),
            // CloudNativePG publishes no Java model: ChartPostgresTest checks these field by field
            Map.entry("Cluster", new Kind("postgresql.cnpg.io/v1", null)),
            Map.entry("Database", new Kind("postgresql.cnpg.io/v1", null)),
            Map.entry("ScheduledBackup", new Kind("postgresql.cnpg.io/v1", null)));

    final RenderedChart chart = RenderedChart.withOperatorValues();

    @Test
    void lintsStrictlyWithTheOperatorsValues(@TempDir Path copy) throws IOException {
        // helm lint reads the chart's own values.yaml only: lint a copy whose defaults carry the operator's values
        copyTree(RenderedChart.CHART, copy);
        ObjectMapper yaml = RenderedChart.YAML.copy().setDefaultMergeable(true);
        Object defaults = yaml.readValue(RenderedChart.CHART.resolve("values.yaml").toFile(), Map.class);
        Object merged = yaml.readerForUpdating(defaults).readValue(RenderedChart.OPERATOR_VALUES.toFile());
        yaml.writeValue(copy.resolve("values.yaml").toFile(), merged);

        LintResult lint = new Helm(copy).lint().strict().call();

        assertThat(lint.getMessages()).as("helm lint messages").noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
        assertThat(lint.isFailed()).isFalse();
    }

    @Test
    void refusesToRenderUntilTheOperatorsValuesAreSet() {
        assertThatThrownBy(() -> RenderedChart.template().call())
                .hasMessageContaining("host")
                .hasMessageContaining("ingress.tlsSecretName")
                .hasMessageContaining("ingress.trustedProxies")
                .hasMessageContaining("jwt.issuer")
                .hasMessageContaining("jwt.jwksUrl or jwt.publicKeyPem")
                .hasMessageContaining("postgres.backup.destinationPath")
                .hasMessageContaining("postgres.backup.s3CredentialsSecret");
    }

    @Test
    void rendersOnlyKnownKindsAtTheirApiVersions() {
        assertThat(chart.documents).isNotEmpty();
        for (JsonNode document : chart.documents) {
            String kind = document.path("kind").asText();
            assertThat(KINDS).as("kinds the chart may render").containsKey(kind);
            assertThat(document.path("apiVersion").asText()).as(kind + " apiVersion").isEqualTo(KINDS.get(kind).apiVersion());
        }
    }

    @Test
    void everyDocumentReadsIntoItsTypedModelWithoutUnknownFields() {
        List<String> unknown = new ArrayList<>();
        int typed = 0;
        for (JsonNode document : chart.documents) {
            Class<?> model = KINDS.get(document.path("kind").asText()).model();
            if (model != null) {
                Object parsed = RenderedChart.typed(document, model);
                StrictModels.unknownFields(parsed).forEach(field ->
                        unknown.add(document.path("kind").asText() + " " + document.path("metadata").path("name").asText() + ": " + field));
                typed++;
            }
        }
        assertThat(unknown).as("fields the models do not know").isEmpty();
        assertThat(typed).isGreaterThan(20);
    }

    @Test
    void anUnknownFieldIsFound() throws IOException {
        JsonNode misspelt = RenderedChart.YAML.readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replica: 2
                  template:
                    spec:
                      containers: [{name: x, image: x, securityContex: {}}]
                """);
        assertThat(StrictModels.unknownFields(RenderedChart.typed(misspelt, Deployment.class)))
                .containsExactlyInAnyOrder("Deployment.spec.replica", "Deployment.spec.template.spec.containers[0].securityContex");
    }

    @Test
    void everyResourceHasAUniqueName() {
        List<String> names = chart.documents.stream()
                .map(d -> d.path("kind").asText() + "/" + d.path("metadata").path("name").asText())
                .toList();
        assertThat(names).doesNotHaveDuplicates();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
