package org.wsis.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every setting a service needs reaches it: what the local stack passes each service (deploy/launcher's
 * ServiceProcess.environment, read from its source), plus what production adds (Kafka authentication, the
 * proxy the rate limits count behind, the shutdown bound); credentials only from Secrets that exist.
 */
class ChartConfigurationTest {

    /** The image listens on its build-time port, which the chart's containerPort and probes use (ChartDeploymentsTest). */
    static final Set<String> LOCAL_ONLY = Set.of("QUARKUS_HTTP_PORT");

    static final Set<String> PRODUCTION_ONLY = Set.of(
            "KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM", "KAFKA_SASL_JAAS_CONFIG",
            "KAFKA_SSL_TRUSTSTORE_TYPE", "KAFKA_SSL_TRUSTSTORE_CERTIFICATES",
            "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED",
            "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "QUARKUS_SHUTDOWN_TIMEOUT");

    final RenderedChart chart = RenderedChart.withOperatorValues();

    @Test
    void theLocalStacksListIsReadFromTheLauncher() {
        assertThat(localStackSettings()).contains("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                "MP_JWT_VERIFY_ISSUER", "QUARKUS_HTTP_PORT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void setsEverySettingTheServiceNeeds(String service) {
        Set<String> required = new HashSet<>(localStackSettings());
        required.removeAll(LOCAL_ONLY);
        required.addAll(PRODUCTION_ONLY);
        assertThat(effectiveEnvironment(service).keySet()).containsAll(required);
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void connectsToKafkaOverTlsAsItsOwnKafkaUser(String service) {
        Map<String, String> shared = sharedSettings();
        assertThat(shared).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "wsis-kafka-kafka-bootstrap:9093")
                .containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                .containsEntry("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
                .containsEntry("KAFKA_SSL_TRUSTSTORE_TYPE", "PEM");
        assertThat(secretKey(service, "KAFKA_SASL_JAAS_CONFIG")).isEqualTo(service + "/sasl.jaas.config");
        assertThat(secretKey(service, "KAFKA_SSL_TRUSTSTORE_CERTIFICATES")).isEqualTo("wsis-kafka-cluster-ca-cert/ca.crt");
        assertThat(chart.one("KafkaUser", service).path("spec").path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void connectsToItsOwnDatabaseOnThePrimaryWithItsRolesSecret(String service) {
        ServiceFacts facts = ServiceFacts.named(service);
        EnvVar url = env(service, "QUARKUS_DATASOURCE_JDBC_URL");
        assertThat(url.getValue()).isEqualTo("jdbc:postgresql://wsis-postgres-rw:5432/" + facts.database() + "?sslmode=require");
        assertThat(secretKey(service, "QUARKUS_DATASOURCE_USERNAME")).isEqualTo(service + "-db/username");
        assertThat(secretKey(service, "QUARKUS_DATASOURCE_PASSWORD")).isEqualTo(service + "-db/password");
        Secret secret = chart.one("Secret", service + "-db", Secret.class);
        assertThat(secret.getType()).isEqualTo("kubernetes.io/basic-auth");
        assertThat(decoded(secret, "username")).isEqualTo(facts.database());
        assertThat(decoded(secret, "password")).hasSizeGreaterThanOrEqualTo(32);
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void countsClientsByTheAddressTheIngressForwards(String service) {
        Map<String, String> environment = effectiveEnvironment(service);
        assertThat(environment).containsEntry("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true")
                .containsEntry("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true")
                .containsEntry("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "10.244.0.0/16");
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void verifiesTokensWithTheIdentityProvidersJwks(String service) {
        assertThat(effectiveEnvironment(service))
                .containsEntry("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "https://identity.wsis.example.org/realms/wsis/protocol/openid-connect/certs")
                .containsEntry("MP_JWT_VERIFY_ISSUER", "https://identity.wsis.example.org/realms/wsis");
    }

    @Test
    void orWithAPublicKeyFromASecretMountedWhereTheLocationPoints() {
        String manifest = RenderedChart.template().withValuesFile(RenderedChart.OPERATOR_VALUES)
                .set("jwt.jwksUrl", "")
                .set("jwt.publicKeyPem", "-----BEGIN PUBLIC KEY-----")
                .call();
        assertThat(manifest).contains("name: wsis-jwt-verification").contains("public.pem: \"-----BEGIN PUBLIC KEY-----\"")
                .contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION: \"/etc/wsis/jwt/public.pem\"");
        Deployment deployment = chart.one("Deployment", "registration-service", Deployment.class);
        var mount = ChartDeploymentsTest.container(deployment).getVolumeMounts().stream()
                .filter(m -> m.getMountPath().equals("/etc/wsis/jwt")).findFirst().orElseThrow();
        assertThat(deployment.getSpec().getTemplate().getSpec().getVolumes()).anySatisfy(v -> {
            assertThat(v.getName()).isEqualTo(mount.getName());
            assertThat(v.getSecret().getSecretName()).isEqualTo("wsis-jwt-verification");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void neverCarriesACredentialAsALiteral(String service) {
        for (EnvVar variable : container(service).getEnv()) {
            if (variable.getName().matches(".*(PASSWORD|JAAS|USERNAME|TRUSTSTORE_CERTIFICATES).*")) {
                assertThat(variable.getValue()).as(variable.getName()).isNull();
                assertThat(variable.getValueFrom().getSecretKeyRef()).as(variable.getName()).isNotNull();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "sessions-service", "prizes-service"})
    void everySecretAndConfigMapItReadsIsRenderedOrMadeByAnOperator(String service) {
        Set<String> secrets = chart.ofKind("Secret").stream().map(RenderedChart::name).collect(Collectors.toSet());
        // the Strimzi user operator writes one Secret per KafkaUser, the cluster operator the cluster CA's
        chart.ofKind("KafkaUser").forEach(user -> secrets.add(RenderedChart.name(user)));
        chart.ofKind("Kafka").forEach(kafka -> secrets.add(RenderedChart.name(kafka) + "-cluster-ca-cert"));
        Set<String> configMaps = chart.ofKind("ConfigMap").stream().map(RenderedChart::name).collect(Collectors.toSet());

        Container container = container(service);
        container.getEnv().stream().filter(v -> v.getValueFrom() != null && v.getValueFrom().getSecretKeyRef() != null)
                .forEach(v -> assertThat(secrets).as(v.getName()).contains(v.getValueFrom().getSecretKeyRef().getName()));
        for (EnvFromSource source : container.getEnvFrom()) {
            assertThat(source.getSecretRef()).isNull();
            assertThat(configMaps).contains(source.getConfigMapRef().getName());
        }
        chart.one("Deployment", service, Deployment.class).getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getSecret() != null)
                .forEach(v -> assertThat(v.getSecret().getOptional() || secrets.contains(v.getSecret().getSecretName()))
                        .as(v.getSecret().getSecretName()).isTrue());
    }

    /** The names ServiceProcess.environment puts: what the services are known to need locally. */
    static Set<String> localStackSettings() {
        try {
            String source = Files.readString(RenderedChart.ROOT.resolve(
                    "deploy/launcher/src/main/java/org/wsis/deploy/ServiceProcess.java"));
            return Pattern.compile("env\\.put\\(\"([A-Z0-9_]+)\"").matcher(source).results()
                    .map(m -> m.group(1)).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The container's variables: its own env over the ConfigMaps it imports, as the kubelet combines them. */
    private Map<String, String> effectiveEnvironment(String service) {
        Map<String, String> environment = new HashMap<>();
        Container container = container(service);
        for (EnvFromSource source : container.getEnvFrom()) {
            environment.putAll(chart.one("ConfigMap", source.getConfigMapRef().getName(), ConfigMap.class).getData());
        }
        for (EnvVar variable : container.getEnv()) {
            environment.put(variable.getName(), variable.getValue() != null ? variable.getValue() : "<from " + variable.getValueFrom() + ">");
        }
        return environment;
    }

    private Map<String, String> sharedSettings() {
        return chart.one("ConfigMap", "wsis-services", ConfigMap.class).getData();
    }

    private Container container(String service) {
        return ChartDeploymentsTest.container(chart.one("Deployment", service, Deployment.class));
    }

    private EnvVar env(String service, String name) {
        return container(service).getEnv().stream().filter(v -> v.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(service + " has no " + name));
    }

    private String secretKey(String service, String name) {
        var reference = env(service, name).getValueFrom().getSecretKeyRef();
        return reference.getName() + "/" + reference.getKey();
    }

    private static String decoded(Secret secret, String key) {
        return new String(java.util.Base64.getDecoder().decode(secret.getData().get(key)), java.nio.charset.StandardCharsets.UTF_8);
    }
}
