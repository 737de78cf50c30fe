package org.wsis.infra.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.wsis.infra.KafkaBroker;
import org.wsis.infra.Ports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Starts one real Kafka broker (KRaft) for a module's whole test run. Its coordinates are kept in
 * system properties so that a test, whatever class loader it runs in, can stop and restart it
 * through {@link #broker()}.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    public static final List<String> TOPICS = List.of("wsis.participants", "wsis.sessions", "wsis.prizes");

    private static final String DIR = "wsis.test.kafka.dir";
    private static final String PORT = "wsis.test.kafka.port";
    private static final String CONTROLLER_PORT = "wsis.test.kafka.controller-port";
    private static final String PID = "wsis.test.kafka.pid";

    @Override
    public Map<String, String> start() {
        try {
            Path directory = Files.createTempDirectory("wsis-test-kafka");
            KafkaBroker broker = new KafkaBroker(directory, Ports.free(), Ports.free()).start(Duration.ofSeconds(90));
            try {
                broker.createTopics(TOPICS, 3);
            } catch (RuntimeException e) {
                broker.kill(); // never leave a broker behind a failed start
                throw e;
            }
            System.setProperty(DIR, directory.toString());
            System.setProperty(PORT, String.valueOf(broker.port()));
            System.setProperty(CONTROLLER_PORT, String.valueOf(broker.controllerPort()));
            remember(broker);
            return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
        } catch (Exception e) {
            throw new IllegalStateException("cannot start embedded Kafka", e);
        }
    }

    /** The running test broker; call {@link #remember} after restarting it. */
    public static KafkaBroker broker() {
        return KafkaBroker.attach(Path.of(System.getProperty(DIR)), Integer.getInteger(PORT),
                Integer.getInteger(CONTROLLER_PORT), Long.getLong(PID, -1L));
    }

    public static void remember(KafkaBroker broker) {
        System.setProperty(PID, String.valueOf(broker.pid()));
    }

    @Override
    public void stop() {
        try {
            if (System.getProperty(DIR) != null) {
                broker().kill();
                org.wsis.infra.Directories.deleteRecursively(Path.of(System.getProperty(DIR)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
