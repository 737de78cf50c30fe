package org.wsis.deploy;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackConfigTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void defaultsStayClearOfStandardPorts() {
        StackConfig config = StackConfig.from(Map.of(), ROOT);
        assertThat(config.home()).isEqualTo(Path.of("/repo/deploy/.wsis"));
        assertThat(config.postgresPort()).isEqualTo(55432);
        assertThat(config.kafkaPort()).isEqualTo(59092);
        assertThat(config.kafkaControllerPort()).isEqualTo(59093);
        assertThat(config.port(Service.REGISTRATION)).isEqualTo(8081);
        assertThat(config.port(Service.SESSIONS)).isEqualTo(8082);
        assertThat(config.port(Service.PRIZES)).isEqualTo(8083);
        assertThat(config.readyTimeout()).isEqualTo(Duration.ofSeconds(240));
        assertThat(Service.PRIZES.runnerJar(ROOT)).isEqualTo(Path.of("/repo/prizes-service/target/quarkus-app/quarkus-run.jar"));
    }

    @Test
    void environmentOverridesHomeAndPorts() {
        StackConfig config = StackConfig.from(Map.of("WSIS_HOME", "/tmp/elsewhere", "WSIS_POSTGRES_PORT", "6543",
                "WSIS_SESSIONS_PORT", "9082", "WSIS_READY_TIMEOUT_SECONDS", "30"), ROOT);
        assertThat(config.home()).isEqualTo(Path.of("/tmp/elsewhere"));
        assertThat(config.postgresPort()).isEqualTo(6543);
        assertThat(config.port(Service.SESSIONS)).isEqualTo(9082);
        assertThat(config.readyTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.logOf("sessions-service")).contains(Path.of("/tmp/elsewhere/logs/sessions-service.log"));
        assertThat(config.logOf("kafka")).contains(Path.of("/tmp/elsewhere/kafka/kafka.log"));
        assertThat(config.logOf("nothing")).isEmpty();
    }

    @Test
    void rejectsBadOrCollidingPorts() {
        assertThatThrownBy(() -> StackConfig.from(Map.of("WSIS_KAFKA_PORT", "kafka"), ROOT))
                .hasMessageContaining("WSIS_KAFKA_PORT");
        assertThatThrownBy(() -> StackConfig.from(Map.of("WSIS_PRIZES_PORT", "70000"), ROOT))
                .hasMessageContaining("WSIS_PRIZES_PORT");
        assertThatThrownBy(() -> StackConfig.from(Map.of("WSIS_PRIZES_PORT", "8081"), ROOT))
                .hasMessageContaining("WSIS_REGISTRATION_PORT and WSIS_PRIZES_PORT both give port 8081");
    }

    @Test
    void servicesGetTheirOwnDatabaseTheBrokerAndTheDevKey() {
        StackConfig config = StackConfig.from(Map.of("WSIS_HOME", "/tmp/h"), ROOT);
        assertThat(ServiceProcess.environment(config.instances(Service.PRIZES).get(0), config)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "MALLOC_ARENA_MAX", "2",
                "QUARKUS_HTTP_PORT", "8083",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:55432/prizes",
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:59092",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "/tmp/h/keys/public.pem",
                "MP_JWT_VERIFY_ISSUER", "http://localhost:8180/realms/wsis"));
    }

    @Test
    void keycloakHasItsPortItsDatabaseAndIssuesTheStacksTokens() {
        StackConfig config = StackConfig.from(Map.of("WSIS_HOME", "/tmp/h", "WSIS_KEYCLOAK_PORT", "9180"), ROOT);
        assertThat(config.issuer()).isEqualTo("http://localhost:9180/realms/wsis");
        assertThat(config.ports()).contains(new StackConfig.PortSetting("keycloak", 9180, "WSIS_KEYCLOAK_PORT"));
        assertThat(config.logOf("keycloak")).contains(Path.of("/tmp/h/keycloak/keycloak.log"));
        assertThat(StackConfig.from(Map.of("WSIS_HOME", "/tmp/h"), ROOT).keycloakPort()).isEqualTo(8180);
        assertThat(config.identityProvider()).isTrue();
        StackConfig without = StackConfig.from(Map.of("WSIS_HOME", "/tmp/h", "WSIS_IDENTITY", "none"), ROOT);
        assertThat(without.identityProvider()).isFalse();
        assertThat(without.ports()).extracting(StackConfig.PortSetting::component).doesNotContain("keycloak");
        assertThat(without.issuer()).as("tokens do not change with it").isEqualTo("http://localhost:8180/realms/wsis");
    }

    @Test
    void theWebPagesComeWithTheIdentityProviderAndCallTheFirstInstances() {
        StackConfig config = StackConfig.from(Map.of("WSIS_HOME", "/tmp/h", "WSIS_WEB_PORT", "9080",
                "WSIS_PRIZES_PORT", "9083"), ROOT);
        assertThat(config.web()).isTrue();
        assertThat(config.webOrigin()).isEqualTo("http://localhost:9080");
        assertThat(config.ports()).contains(new StackConfig.PortSetting("web", 9080, "WSIS_WEB_PORT"));
        assertThat(config.logOf("web")).contains(Path.of("/tmp/h/logs/web.log"));
        assertThat(StackConfig.from(Map.of("WSIS_HOME", "/tmp/h"), ROOT).webPort()).isEqualTo(8080);
        assertThat(WebApp.environment(config, "the-web-client-secret")).containsEntry("QUARKUS_HTTP_PORT", "9080")
                .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", "http://localhost:8180/realms/wsis")
                .containsEntry("QUARKUS_OIDC_CLIENT_ID", "wsis-web")
                .containsEntry("QUARKUS_OIDC_CREDENTIALS_SECRET", "the-web-client-secret")
                .containsEntry("QUARKUS_REST_CLIENT_PRIZES_URL", "http://127.0.0.1:9083")
                .containsEntry("QUARKUS_REST_CLIENT_REGISTRATION_URL", "http://127.0.0.1:8081");
        StackConfig without = StackConfig.from(Map.of("WSIS_HOME", "/tmp/h", "WSIS_IDENTITY", "none"), ROOT);
        assertThat(without.web()).as("nobody could sign in").isFalse();
        assertThat(without.ports()).extracting(StackConfig.PortSetting::component).doesNotContain("web");
    }

    @Test
    void theCommandsAfterUpKnowWhetherItStartedKeycloak(@org.junit.jupiter.api.io.TempDir Path home) throws Exception {
        Map<String, String> none = Map.of("WSIS_HOME", home.toString(), "WSIS_IDENTITY", "none");
        StackConfig.from(none, ROOT).withTopology(none, 1, 1).saveTopology();
        assertThat(StackConfig.from(Map.of("WSIS_HOME", home.toString()), ROOT).identityProvider())
                .as("status, logs, down after an up without Keycloak").isFalse();
        Map<String, String> plain = Map.of("WSIS_HOME", home.toString());
        assertThat(StackConfig.from(plain, ROOT).withTopology(plain, 1, 1).identityProvider())
                .as("a later up starts it again").isTrue();
    }

    @Test
    void theSmallStackIsTheDefault() {
        StackConfig config = StackConfig.from(Map.of("WSIS_HOME", "/tmp/h"), ROOT);
        assertThat(config.brokers()).isEqualTo(1);
        assertThat(config.instances()).isEqualTo(1);
        assertThat(config.kafka()).extracting(StackConfig.KafkaNode::name).containsExactly("kafka");
        assertThat(config.allInstances()).extracting(StackConfig.Instance::name)
                .containsExactly("registration-service", "sessions-service", "prizes-service");
    }

    @Test
    void aClusterAndTwoInstancesGetNumberedNamesPortsLogsAndEveryNodeAsBootstrap() {
        StackConfig config = StackConfig.from(Map.of("WSIS_HOME", "/tmp/h", "WSIS_BROKERS", "3", "WSIS_INSTANCES", "2",
                "WSIS_PRIZES_PORT_2", "9999"), ROOT);
        assertThat(config.kafka()).extracting(StackConfig.KafkaNode::name).containsExactly("kafka-1", "kafka-2", "kafka-3");
        assertThat(config.kafkaNodes()).extracting(n -> n.port() + "/" + n.controllerPort())
                .containsExactly("59092/59093", "59094/59095", "59096/59097");
        assertThat(config.kafkaBootstrap()).isEqualTo("127.0.0.1:59092,127.0.0.1:59094,127.0.0.1:59096");
        assertThat(config.kafka().get(1).directory()).isEqualTo(Path.of("/tmp/h/kafka-cluster/node-2"));
        assertThat(config.instances(Service.REGISTRATION)).extracting(i -> i.name() + ":" + i.port())
                .containsExactly("registration-service-1:8081", "registration-service-2:8091");
        assertThat(config.instances(Service.PRIZES)).extracting(StackConfig.Instance::port).containsExactly(8083, 9999);
        assertThat(config.logOf("prizes-2")).contains(Path.of("/tmp/h/logs/prizes-service-2.log"));
        assertThat(config.logOf("prizes-service-2")).contains(Path.of("/tmp/h/logs/prizes-service-2.log"));
        assertThat(config.logOf("prizes")).contains(Path.of("/tmp/h/logs/prizes-service-1.log"));
        assertThat(config.logOf("kafka-3")).contains(Path.of("/tmp/h/kafka-cluster/node-3/kafka.log"));
        assertThat(config.logOf("prizes-3")).isEmpty();
        assertThat(ServiceProcess.environment(config.instances(Service.PRIZES).get(1), config))
                .containsEntry("QUARKUS_HTTP_PORT", "9999")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:59092,127.0.0.1:59094,127.0.0.1:59096");
        assertThat(config.ports()).extracting(StackConfig.PortSetting::variable)
                .contains("WSIS_KAFKA_PORT_3", "WSIS_KAFKA_CONTROLLER_PORT_2", "WSIS_PRIZES_PORT_2");
    }

    @Test
    void theTopologyOfTheLastUpIsKeptForTheCommandsAfterIt(@org.junit.jupiter.api.io.TempDir Path home) throws Exception {
        Map<String, String> env = Map.of("WSIS_HOME", home.toString());
        StackConfig.from(env, ROOT).withTopology(env, 3, 2).saveTopology();
        StackConfig later = StackConfig.from(env, ROOT);
        assertThat(later.brokers()).isEqualTo(3);
        assertThat(later.instances()).isEqualTo(2);
        assertThat(StackConfig.from(Map.of("WSIS_HOME", home.toString(), "WSIS_INSTANCES", "1"), ROOT).instances())
                .isEqualTo(1);
    }

    @Test
    void refusesATopologyWithoutAQuorumOrTooManyInstances() {
        assertThatThrownBy(() -> StackConfig.from(Map.of("WSIS_BROKERS", "2"), ROOT))
                .hasMessageContaining("WSIS_BROKERS must be 1 or 3");
        assertThatThrownBy(() -> StackConfig.from(Map.of("WSIS_INSTANCES", "9"), ROOT))
                .hasMessageContaining("WSIS_INSTANCES must be 1 to 4");
        assertThatThrownBy(() -> StackConfig.from(Map.of("WSIS_INSTANCES", "2", "WSIS_PRIZES_PORT_2", "8081"), ROOT))
                .hasMessageContaining("WSIS_REGISTRATION_PORT and WSIS_PRIZES_PORT_2 both give port 8081");
    }
}
