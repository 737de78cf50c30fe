package org.wsis.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the local stack keeps its state and which ports it uses. Defaults stay clear of the
 * standard PostgreSQL and Kafka ports so that the stack runs next to installed servers; every
 * value can be changed through the environment.
 */
public record StackConfig(Path repoRoot, Path home, int postgresPort, int kafkaPort, int kafkaControllerPort,
                          Map<Service, Integer> servicePorts, Duration readyTimeout) {

    public static final String HOME_VARIABLE = "WSIS_HOME";
    public static final String POSTGRES_PORT_VARIABLE = "WSIS_POSTGRES_PORT";
    public static final String KAFKA_PORT_VARIABLE = "WSIS_KAFKA_PORT";
    public static final String KAFKA_CONTROLLER_PORT_VARIABLE = "WSIS_KAFKA_CONTROLLER_PORT";
    public static final String READY_TIMEOUT_VARIABLE = "WSIS_READY_TIMEOUT_SECONDS";
    /** System property set by deploy/wsis: the repository root, found from the script's location. */
    public static final String ROOT_PROPERTY = "wsis.root";

    /** One port the stack listens on, with the variable that moves it. */
    public record PortSetting(String component, int port, String variable) {
    }

    public static StackConfig fromEnvironment() {
        String root = System.getProperty(ROOT_PROPERTY, ".");
        return from(System.getenv(), Path.of(root));
    }

    public static StackConfig from(Map<String, String> env, Path repoRoot) {
        Path root = repoRoot.toAbsolutePath().normalize();
        Path home = Optional.ofNullable(env.get(HOME_VARIABLE)).filter(s -> !s.isBlank())
                .map(s -> Path.of(s).toAbsolutePath().normalize())
                .orElse(root.resolve("deploy").resolve(".wsis"));
        Map<Service, Integer> services = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            services.put(service, port(env, service.portVariable(), service.defaultPort()));
        }
        StackConfig config = new StackConfig(root, home,
                port(env, POSTGRES_PORT_VARIABLE, 55432),
                port(env, KAFKA_PORT_VARIABLE, 59092),
                port(env, KAFKA_CONTROLLER_PORT_VARIABLE, 59093),
                Map.copyOf(services),
                Duration.ofSeconds(positive(env, READY_TIMEOUT_VARIABLE, 90)));
        config.requireDistinctPorts();
        return config;
    }

    public int port(Service service) {
        return servicePorts.get(service);
    }

    /** Every port in start order, for the check before {@code up} and for messages. */
    public List<PortSetting> ports() {
        List<PortSetting> ports = new ArrayList<>(List.of(
                new PortSetting("postgres", postgresPort, POSTGRES_PORT_VARIABLE),
                new PortSetting("kafka", kafkaPort, KAFKA_PORT_VARIABLE),
                new PortSetting("kafka controller", kafkaControllerPort, KAFKA_CONTROLLER_PORT_VARIABLE)));
        for (Service service : Service.values()) {
            ports.add(new PortSetting(service.module(), port(service), service.portVariable()));
        }
        return ports;
    }

    public Path keysDirectory() {
        return home.resolve("keys");
    }

    public Path privateKey() {
        return keysDirectory().resolve("private.pem");
    }

    public Path publicKey() {
        return keysDirectory().resolve("public.pem");
    }

    /** PostgresServer keeps its binaries next to the data directory, in postgres/pg-binaries. */
    public Path postgresData() {
        return home.resolve("postgres").resolve("data");
    }

    public Path kafkaDirectory() {
        return home.resolve("kafka");
    }

    public Path kafkaLog() {
        return kafkaDirectory().resolve("kafka.log");
    }

    public Path logsDirectory() {
        return home.resolve("logs");
    }

    public Path stackLog() {
        return logsDirectory().resolve("stack.log");
    }

    public Path logFile(Service service) {
        return logsDirectory().resolve(service.module() + ".log");
    }

    public Path stateFile() {
        return home.resolve("stack.json");
    }

    public Path lockFile() {
        return home.resolve("stack.lock");
    }

    /** The log behind a name given to {@code logs}: a service, kafka, or the stack (postgres logs there too). */
    public Optional<Path> logOf(String name) {
        return switch (name) {
            case "kafka" -> Optional.of(kafkaLog());
            case "stack", "postgres" -> Optional.of(stackLog());
            default -> Service.byName(name).map(this::logFile);
        };
    }

    private void requireDistinctPorts() {
        Map<Integer, PortSetting> seen = new HashMap<>();
        for (PortSetting setting : ports()) {
            PortSetting other = seen.putIfAbsent(setting.port(), setting);
            if (other != null) {
                throw new IllegalArgumentException(other.variable() + " and " + setting.variable()
                        + " both give port " + setting.port() + "; every component needs its own port");
            }
        }
    }

    private static int port(Map<String, String> env, String variable, int fallback) {
        int port = positive(env, variable, fallback);
        if (port > 65535) {
            throw new IllegalArgumentException(variable + " must be a port number (1-65535), not " + port);
        }
        return port;
    }

    private static int positive(Map<String, String> env, String variable, int fallback) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(variable + " must be a positive number, not '" + value + "'");
    }
}
