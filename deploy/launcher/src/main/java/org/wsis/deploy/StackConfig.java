package org.wsis.deploy;

import org.wsis.infra.KafkaBroker;
import org.wsis.infra.KafkaCluster;
import org.wsis.infra.KeycloakServer;
import org.wsis.infra.PostgresServer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where the local stack keeps its state, its topology (Kafka nodes, instances per service) and which
 * ports it uses. Defaults stay clear of the standard PostgreSQL and Kafka ports so that the stack
 * runs next to installed servers; every value can be changed through the environment.
 *
 * <p>The topology is what the last {@code up} chose ({@code --brokers}, {@code --instances}): it is
 * kept in {@link #topologyFile()} so that status, logs and bench see the same stack; the variables
 * {@value #BROKERS_VARIABLE} and {@value #INSTANCES_VARIABLE} override it. The node {@code n} of
 * Kafka listens on the base port + 2(n-1) and the instance {@code n} of a service on its base port
 * + 10(n-1), unless {@code <VARIABLE>_<n>} (e.g. {@code WSIS_PRIZES_PORT_2}) says otherwise.
 */
public record StackConfig(Path repoRoot, Path home, int postgresPort, List<KafkaBroker.Node> kafkaNodes,
                          Map<Service, List<Integer>> servicePorts, Duration readyTimeout, int keycloakPort,
                          boolean identityProvider, int webPort) {

    public static final String HOME_VARIABLE = "WSIS_HOME";
    public static final String POSTGRES_PORT_VARIABLE = "WSIS_POSTGRES_PORT";
    public static final String KAFKA_PORT_VARIABLE = "WSIS_KAFKA_PORT";
    public static final String KAFKA_CONTROLLER_PORT_VARIABLE = "WSIS_KAFKA_CONTROLLER_PORT";
    public static final String READY_TIMEOUT_VARIABLE = "WSIS_READY_TIMEOUT_SECONDS";
    public static final String KEYCLOAK_PORT_VARIABLE = "WSIS_KEYCLOAK_PORT";
    public static final String WEB_PORT_VARIABLE = "WSIS_WEB_PORT";
    /** {@code none}: no Keycloak (tokens from {@code deploy/wsis token} only), e.g. for the cluster's tests. */
    public static final String IDENTITY_VARIABLE = "WSIS_IDENTITY";
    /** Keycloak's database in the stack's PostgreSQL. */
    public static final String KEYCLOAK_DATABASE = "keycloak";
    public static final String BROKERS_VARIABLE = "WSIS_BROKERS";
    public static final String INSTANCES_VARIABLE = "WSIS_INSTANCES";
    /** One node, or three: the smallest cluster that keeps a quorum and two in-sync replicas when one fails. */
    public static final List<Integer> BROKER_COUNTS = List.of(1, 3);
    public static final int MAX_INSTANCES = 4;
    private static final Pattern NUMBERED_NAME = Pattern.compile("([a-z-]+?)-(\\d{1,2})");
    /** System property set by deploy/wsis: the repository root, found from the script's location. */
    public static final String ROOT_PROPERTY = "wsis.root";

    /** One port the stack listens on, with the variable that moves it. */
    public record PortSetting(String component, int port, String variable) {
    }

    /** One process of a service: its number (from 1), name in status and logs, and port. */
    public record Instance(Service service, int number, String name, int port) {
    }

    /** One Kafka node as the stack names it: in status, logs and the state file. */
    public record KafkaNode(KafkaBroker.Node node, String name, Path directory) {

        public Path log() {
            return directory.resolve("kafka.log");
        }
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
        Topology topology = Topology.of(env, home);
        Map<Service, List<Integer>> services = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            services.put(service, numbered(env, service.portVariable(), service.defaultPort(), 10, topology.instances()));
        }
        List<Integer> kafka = numbered(env, KAFKA_PORT_VARIABLE, 59092, 2, topology.brokers());
        List<Integer> controllers = numbered(env, KAFKA_CONTROLLER_PORT_VARIABLE, 59093, 2, topology.brokers());
        List<KafkaBroker.Node> nodes = new ArrayList<>();
        for (int i = 0; i < topology.brokers(); i++) {
            nodes.add(new KafkaBroker.Node(i + 1, kafka.get(i), controllers.get(i)));
        }
        StackConfig config = new StackConfig(root, home,
                port(env, POSTGRES_PORT_VARIABLE, 55432),
                List.copyOf(nodes),
                Map.copyOf(services),
                Duration.ofSeconds(positive(env, READY_TIMEOUT_VARIABLE, 240)), // Keycloak's first start is the longest
                port(env, KEYCLOAK_PORT_VARIABLE, 8180),
                topology.identityProvider(),
                port(env, WEB_PORT_VARIABLE, 8080));
        config.requireDistinctPorts();
        return config;
    }

    /** The same stack with another topology (what {@code up --brokers --instances} asks for). */
    public StackConfig withTopology(Map<String, String> env, int brokers, int instances) {
        Map<String, String> chosen = new HashMap<>(env);
        chosen.put(HOME_VARIABLE, home.toString());
        chosen.put(BROKERS_VARIABLE, String.valueOf(brokers));
        chosen.put(INSTANCES_VARIABLE, String.valueOf(instances));
        chosen.put(IDENTITY_VARIABLE, env.getOrDefault(IDENTITY_VARIABLE, "keycloak")); // up's choice, not the last up's
        return from(chosen, repoRoot);
    }

    /** Where {@code up} records the topology it started, for the commands that come after it. */
    public Path topologyFile() {
        return home.resolve("topology.properties");
    }

    public void saveTopology() throws IOException {
        Files.createDirectories(home);
        Files.writeString(topologyFile(), BROKERS_VARIABLE + "=" + brokers() + "\n"
                + INSTANCES_VARIABLE + "=" + instances() + "\n"
                + IDENTITY_VARIABLE + "=" + (identityProvider ? "keycloak" : "none") + "\n");
    }

    public int brokers() {
        return kafkaNodes.size();
    }

    public int instances() {
        return servicePorts.get(Service.REGISTRATION).size();
    }

    /** The first instance's port. */
    public int port(Service service) {
        return servicePorts.get(service).get(0);
    }

    /** Every instance of the service; one alone keeps the plain name (registration-service). */
    public List<Instance> instances(Service service) {
        List<Integer> ports = servicePorts.get(service);
        List<Instance> instances = new ArrayList<>();
        for (int i = 0; i < ports.size(); i++) {
            String name = ports.size() == 1 ? service.module() : service.module() + "-" + (i + 1);
            instances.add(new Instance(service, i + 1, name, ports.get(i)));
        }
        return instances;
    }

    /** Every instance of every service, service by service. */
    public List<Instance> allInstances() {
        return Arrays.stream(Service.values()).flatMap(s -> instances(s).stream()).toList();
    }

    /** The Kafka nodes; one alone is "kafka" in {@code kafka/}, a cluster's are kafka-1.. in {@code kafka-cluster/}. */
    public List<KafkaNode> kafka() {
        return kafkaNodes.stream().map(node -> kafkaNodes.size() == 1
                ? new KafkaNode(node, "kafka", home.resolve("kafka"))
                : new KafkaNode(node, "kafka-" + node.id(),
                        home.resolve("kafka-cluster").resolve("node-" + node.id()))).toList();
    }

    public KafkaCluster kafkaCluster() {
        Map<KafkaBroker.Node, Path> directories = new HashMap<>();
        kafka().forEach(k -> directories.put(k.node(), k.directory()));
        return KafkaCluster.of(kafkaNodes, directories::get);
    }

    /** Every Kafka node, as clients are given them. */
    public String kafkaBootstrap() {
        return kafkaNodes.stream().map(n -> "127.0.0.1:" + n.port()).collect(Collectors.joining(","));
    }

    /** The first Kafka node's port. */
    public int kafkaPort() {
        return kafkaNodes.get(0).port();
    }

    public int kafkaControllerPort() {
        return kafkaNodes.get(0).controllerPort();
    }

    /** Every port in start order, for the check before {@code up} and for messages. */
    public List<PortSetting> ports() {
        List<PortSetting> ports = new ArrayList<>(List.of(
                new PortSetting("postgres", postgresPort, POSTGRES_PORT_VARIABLE)));
        if (identityProvider) {
            ports.add(new PortSetting("keycloak", keycloakPort, KEYCLOAK_PORT_VARIABLE));
            ports.add(new PortSetting(WebApp.NAME, webPort, WEB_PORT_VARIABLE));
        }
        for (KafkaNode kafka : kafka()) {
            int n = kafka.node().id();
            ports.add(new PortSetting(kafka.name(), kafka.node().port(), numberedVariable(KAFKA_PORT_VARIABLE, n)));
            ports.add(new PortSetting(kafka.name() + " controller", kafka.node().controllerPort(),
                    numberedVariable(KAFKA_CONTROLLER_PORT_VARIABLE, n)));
        }
        for (Instance instance : allInstances()) {
            ports.add(new PortSetting(instance.name(), instance.port(),
                    numberedVariable(instance.service().portVariable(), instance.number())));
        }
        return ports;
    }

    /** The identity provider: Keycloak, its copy under the stack's home, its data in the stack's PostgreSQL. */
    public KeycloakServer keycloak() {
        return new KeycloakServer(home.resolve("keycloak"), keycloakPort,
                new PostgresServer(postgresData(), postgresPort).jdbcUrl(KEYCLOAK_DATABASE));
    }

    /**
     * What every token of this stack names as its issuer: Keycloak's realm (also without Keycloak, so that
     * tokens do not change with it). {@code deploy/wsis token} signs
     * with the same issuer and key as Keycloak, so the services take both.
     */
    public String issuer() {
        return KeycloakServer.issuer(keycloakPort);
    }

    /** Where the web pages are: the identity provider sends people back there after they sign in. */
    public String webOrigin() {
        return "http://localhost:" + webPort;
    }

    /** The web pages run with the identity provider only: signing in is what they are for. */
    public boolean web() {
        return identityProvider;
    }

    public Path webLog() {
        return logsDirectory().resolve(WebApp.NAME + ".log");
    }

    /** The demo people's passwords and the web client's secret, made on first use. */
    public Path identityDirectory() {
        return home.resolve("identity");
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

    /** PostgreSQL's data; its binaries are unpacked once per machine (Directories.cache()). */
    public Path postgresData() {
        return home.resolve("postgres").resolve("data");
    }

    /** The first Kafka node's directory. */
    public Path kafkaDirectory() {
        return kafka().get(0).directory();
    }

    public Path kafkaLog() {
        return kafka().get(0).log();
    }

    public Path logsDirectory() {
        return home.resolve("logs");
    }

    public Path stackLog() {
        return logsDirectory().resolve("stack.log");
    }

    /** The first instance's log. */
    public Path logFile(Service service) {
        return logFile(instances(service).get(0));
    }

    public Path logFile(Instance instance) {
        return logsDirectory().resolve(instance.name() + ".log");
    }

    public Path stateFile() {
        return home.resolve("stack.json");
    }

    public Path lockFile() {
        return home.resolve("stack.lock");
    }

    /** The log behind a name given to {@code logs}: a service, kafka, or the stack (postgres logs there too). */
    public Optional<Path> logOf(String name) {
        if (name.equals("stack") || name.equals("postgres")) {
            return Optional.of(stackLog());
        }
        if (name.equals("kafka")) {
            return Optional.of(kafkaLog());
        }
        if (name.equals("keycloak")) {
            return Optional.of(keycloak().logFile());
        }
        if (name.equals(WebApp.NAME)) {
            return Optional.of(webLog());
        }
        Optional<Path> kafkaLog = kafka().stream().filter(k -> k.name().equals(name)).findFirst().map(KafkaNode::log);
        if (kafkaLog.isPresent()) {
            return kafkaLog;
        }
        // prizes, prizes-service: the first instance; prizes-2, prizes-service-2: the second
        Matcher numbered = NUMBERED_NAME.matcher(name);
        String serviceName = numbered.matches() ? numbered.group(1) : name;
        int number = numbered.matches() ? Integer.parseInt(numbered.group(2)) : 1;
        return Service.byName(serviceName)
                .flatMap(service -> instances(service).stream().filter(i -> i.number() == number).findFirst())
                .map(this::logFile);
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

    /** The stack's shape: Kafka nodes and instances per service. */
    record Topology(int brokers, int instances, boolean identityProvider) {

        static Topology of(Map<String, String> env, Path home) {
            Map<String, String> chosen = new HashMap<>();
            Path file = home.resolve("topology.properties");
            if (Files.isRegularFile(file)) {
                Properties saved = new Properties();
                try (Reader reader = Files.newBufferedReader(file)) {
                    saved.load(reader);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
                saved.stringPropertyNames().forEach(key -> chosen.put(key, saved.getProperty(key)));
            }
            env.forEach((key, value) -> {
                if (value != null && !value.isBlank()) {
                    chosen.put(key, value);
                }
            });
            int brokers = positive(chosen, BROKERS_VARIABLE, 1);
            if (!BROKER_COUNTS.contains(brokers)) {
                throw new IllegalArgumentException(BROKERS_VARIABLE + " must be 1 or 3 (a quorum that survives one"
                        + " failure), not " + brokers);
            }
            int instances = positive(chosen, INSTANCES_VARIABLE, 1);
            if (instances > MAX_INSTANCES) {
                throw new IllegalArgumentException(INSTANCES_VARIABLE + " must be 1 to " + MAX_INSTANCES + ", not "
                        + instances);
            }
            return new Topology(brokers, instances, !"none".equals(chosen.get(IDENTITY_VARIABLE)));
        }
    }

    /** {@code VARIABLE_n} for n > 1, the variable itself for the first. */
    static String numberedVariable(String variable, int n) {
        return n == 1 ? variable : variable + "_" + n;
    }

    /** Ports of numbered components: VARIABLE_n when set, else base + step * (n - 1). */
    private static List<Integer> numbered(Map<String, String> env, String variable, int fallback, int step, int count) {
        int base = port(env, variable, fallback);
        List<Integer> ports = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            ports.add(n == 1 ? base : port(env, numberedVariable(variable, n), base + step * (n - 1)));
        }
        return ports;
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
