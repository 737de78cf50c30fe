package org.wsis.deploy;

import org.junit.jupiter.api.Test;
import org.wsis.infra.JwtMinter;

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
        assertThat(config.readyTimeout()).isEqualTo(Duration.ofSeconds(90));
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
        assertThat(ServiceProcess.environment(Service.PRIZES, config)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "MALLOC_ARENA_MAX", "2",
                "QUARKUS_HTTP_PORT", "8083",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:55432/prizes",
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:59092",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "/tmp/h/keys/public.pem",
                "MP_JWT_VERIFY_ISSUER", JwtMinter.DEFAULT_ISSUER));
    }
}
