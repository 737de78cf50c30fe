package org.wsis.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.infra.Ports;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StatusCommandTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void postgresAndKafkaSayWhetherTheyAcceptConnections() throws Exception {
        // a listening socket stands in for PostgreSQL; nothing listens on Kafka's port
        try (ServerSocket postgres = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int kafka = Ports.free();
            StackConfig config = StackConfig.from(Map.of("WSIS_HOME", home.toString(),
                    "WSIS_POSTGRES_PORT", String.valueOf(postgres.getLocalPort()),
                    "WSIS_KAFKA_PORT", String.valueOf(kafka)), home);
            // this JVM stands in for the supervisor and both processes: alive, and never signalled by status
            ProcessRef alive = ProcessRef.of(ProcessHandle.current());
            new StateFile(config.stateFile()).write(new StackState(StackState.Phase.STARTING, "kafka started", alive,
                    List.of(component("postgres", alive, postgres.getLocalPort()), component("kafka", alive, kafka))));

            assertThat(status(config)).as("the services are not started").isEqualTo(3);

            assertThat(output()).containsPattern("postgres +running +\\d+ +\\d+ +accepting connections")
                    .containsPattern("kafka +running +\\d+ +\\d+ +not answering");
        }
    }

    @Test
    void stoppedComponentsAreNotProbed() {
        StackConfig config = StackConfig.from(Map.of("WSIS_HOME", home.toString()), home);

        assertThat(status(config)).isEqualTo(3);

        assertThat(output()).contains("not running").containsPattern("postgres +stopped +- +55432 *\\R")
                .doesNotContain("accepting", "not answering");
    }

    private int status(StackConfig config) {
        return new StatusCommand(config, new PrintStream(out, true, StandardCharsets.UTF_8)).run();
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static StackState.Component component(String name, ProcessRef process, int port) {
        return new StackState.Component(name, process, port, "unused.log", null);
    }
}
