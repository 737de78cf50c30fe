package org.wsis.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.wsis.deploy.DevKeys;
import org.wsis.deploy.Readiness;
import org.wsis.deploy.Service;
import org.wsis.deploy.ServiceLauncher;
import org.wsis.deploy.StackConfig;
import org.wsis.infra.JwtMinter;
import org.wsis.infra.KafkaBroker;
import org.wsis.infra.Ports;
import org.wsis.infra.PostgresServer;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * The whole stack, started once per test run with {@code deploy/wsis up} (a temporary WSIS_HOME,
 * free ports) and stopped with {@code deploy/wsis down} when every test class has run (JUnit's root
 * store closes it). Processes a fault test restarts itself (a service, the broker) are owned here
 * and stopped here, since the supervisor no longer knows them.
 */
public final class SystemStack implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    /** Every system test class: {@code @ExtendWith(SystemStack.Extension.class)}, then {@link #get()}. */
    public static final class Extension implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(SystemStack.class, key -> start(1, 1), SystemStack.class);
        }
    }

    /**
     * The cluster tests: three Kafka nodes and two instances of every service ({@code up --brokers 3
     * --instances 2}). They run in a Maven execution of their own, so the two stacks never run at once.
     */
    public static final class ClusterExtension implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(SystemStack.class, key -> start(3, 2), SystemStack.class);
        }
    }

    private static volatile SystemStack instance;

    private final Path root;
    private final Path home;
    private final Map<String, String> env;
    private final StackConfig config;
    private final JwtMinter minter;
    private final List<Process> ownedServices = new ArrayList<>();
    private final Rotation rotation;
    private final List<KafkaBroker> ownedBrokers = new ArrayList<>();
    private PostgresServer ownedPostgres;

    /** Spans the services export (the small stack only): see {@link #traces()}. */
    private final OtlpReceiver traces;

    private SystemStack(Path root, Path home, Map<String, String> env, OtlpReceiver traces) throws IOException {
        this.traces = traces;
        this.root = root;
        this.home = home;
        this.env = env;
        this.config = StackConfig.from(env, root);
        this.minter = new DevKeys(config).minter();
        this.rotation = new Rotation(config);
    }

    public static SystemStack get() {
        if (instance == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(SystemStack.Extension.class)");
        }
        return instance;
    }

    private static SystemStack start(int brokers, int instances) {
        try {
            Path repo = Path.of(System.getProperty("wsis.root", "../..")).toAbsolutePath().normalize();
            Path home = Files.createTempDirectory("wsis-system-");
            Path root = snapshot(repo, home.resolve("repo"));
            Map<String, String> env = new LinkedHashMap<>();
            env.put("WSIS_HOME", home.toString());
            List<String> variables = new ArrayList<>(List.of("WSIS_POSTGRES_PORT", "WSIS_KEYCLOAK_PORT", "WSIS_WEB_PORT"));
            for (int n = 1; n <= brokers; n++) {
                variables.add(numbered("WSIS_KAFKA_PORT", n));
                variables.add(numbered("WSIS_KAFKA_CONTROLLER_PORT", n));
            }
            for (Service service : Service.values()) {
                for (int n = 1; n <= instances; n++) {
                    variables.add(numbered(service.portVariable(), n));
                }
            }
            List<Integer> ports = new ArrayList<>();
            while (ports.size() < variables.size()) {
                int port = Ports.free();
                if (!ports.contains(port)) {
                    ports.add(port);
                }
            }
            for (int i = 0; i < variables.size(); i++) {
                env.put(variables.get(i), String.valueOf(ports.get(i)));
            }
            OtlpReceiver traces = brokers == 1 ? tracesCollector(env) : null;
            if (brokers > 1) {
                env.put("WSIS_IDENTITY", "none"); // the cluster's tests mint their tokens: no Keycloak to wait for
            }
            int processes = brokers + instances * Service.values().length;
            // Keycloak's first start (its schema, the realm) also builds it once per machine
            env.put("WSIS_READY_TIMEOUT_SECONDS", String.valueOf(30 * processes + 180));
            Instant started = Instant.now();
            int code = wsis(root, env, home.resolve("up.out"), Duration.ofSeconds(240 + 30L * processes), "up",
                    "--brokers", String.valueOf(brokers), "--instances", String.valueOf(instances));
            if (code != 0) {
                // whatever half started goes away again
                wsis(root, env, home.resolve("down.out"), Duration.ofSeconds(90), "down");
                throw new IllegalStateException("deploy/wsis up failed (" + code + "): "
                        + Files.readString(home.resolve("up.out")));
            }
            System.out.printf("[system] stack up in %.1f s, WSIS_HOME=%s, ports %s%n",
                    Duration.between(started, Instant.now()).toMillis() / 1000.0, home, env);
            instance = new SystemStack(root, home, env, traces);
            return instance;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A private copy of what the stack runs: deploy/wsis and the three built services (the launcher
     * is linked), so that a rebuild of a service elsewhere in the tree while the tests run cannot
     * pull a jar from under a running service.
     */
    /**
     * The small stack exports traces to a collector in this JVM, with OpenTelemetry's standard settings:
     * only the traces a test starts (a sampled traceparent on its request) are recorded, so the load
     * and fault tests run as without tracing.
     */
    private static OtlpReceiver tracesCollector(Map<String, String> env) throws IOException {
        OtlpReceiver receiver = new OtlpReceiver();
        env.put("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint());
        env.put("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        env.put("OTEL_TRACES_SAMPLER_ARG", "0");
        env.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
        return receiver;
    }

    /** The spans the services exported, of the traces a test watches; on the small stack only. */
    public OtlpReceiver traces() {
        if (traces == null) {
            throw new IllegalStateException("traces are collected on the small stack only");
        }
        return traces;
    }

    private static String numbered(String variable, int n) {
        return n == 1 ? variable : variable + "_" + n;
    }

    private static Path snapshot(Path repo, Path copy) throws IOException {
        Files.createDirectories(copy.resolve("deploy"));
        Files.copy(repo.resolve("deploy/wsis"), copy.resolve("deploy/wsis"), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        Files.createSymbolicLink(copy.resolve("deploy/launcher"), repo.resolve("deploy/launcher"));
        List<String> modules = new ArrayList<>(Stream.of(Service.values()).map(Service::module).toList());
        modules.add("web");
        for (String module : modules) {
            Path app = repo.resolve(module).resolve("target/quarkus-app");
            Path target = copy.resolve(module).resolve("target/quarkus-app");
            try (Stream<Path> files = Files.walk(app)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path to = target.resolve(app.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(file, to);
                    }
                }
            }
        }
        return copy;
    }

    private static int wsis(Path root, Map<String, String> env, Path output, Duration timeout, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(root.resolve("deploy/wsis").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return -1;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
        return process.exitValue();
    }

    @Override
    public void close() throws Exception {
        for (Process process : ownedServices) {
            process.destroy();
        }
        for (Process process : ownedServices) {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        int code = wsis(root, env, home.resolve("down.out"), Duration.ofSeconds(120), "down");
        System.out.println("[system] deploy/wsis down: exit " + code);
        for (KafkaBroker broker : ownedBrokers) {
            broker.stop();
        }
        if (ownedPostgres != null) {
            try {
                ownedPostgres.close();
            } catch (Exception e) {
                // down already stopped it (pg_ctl stop on the same data directory)
            }
        }
        keepLogs();
        if (traces != null) {
            traces.close();
        }
        if (code == 0) {
            Files.deleteIfExists(home.resolve("repo/deploy/launcher")); // the link, not the launcher
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } else {
            System.out.println("[system] kept " + home + " for inspection");
        }
    }

    /** The services' logs and GC logs stay in target/stack-logs, to read after a red run. */
    private void keepLogs() throws IOException {
        Path kept = Path.of("target/stack-logs");
        Files.createDirectories(kept);
        try (Stream<Path> logs = Files.list(config.logsDirectory())) {
            for (Path log : (Iterable<Path>) logs::iterator) {
                Files.copy(log, kept.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    // ---- what tests use ----

    public StackConfig config() {
        return config;
    }

    /** The web pages (the small stack only: they come with the identity provider). */
    public String webUrl() {
        if (!config().web()) {
            throw new IllegalStateException("the web pages run on the small stack only");
        }
        return config().webOrigin();
    }

    /** A demo person's password at the stack's identity provider (made per stack home). */
    public String password(String user) throws IOException {
        java.util.Properties secrets = new java.util.Properties();
        try (java.io.Reader in = Files.newBufferedReader(config().identityDirectory().resolve("secrets.properties"))) {
            secrets.load(in);
        }
        return secrets.getProperty("password." + user);
    }

    public String token(String subject, String... groups) {
        return minter.mint(subject, List.of(groups), subject, subject + "@example.org");
    }

    /** The first instance: set-up and checks; a load spreads over {@link #rotation()}. */
    public URI url(Service service, String path) {
        return URI.create("http://127.0.0.1:" + config.port(service) + path);
    }

    /** The instances a client may send to, as a load balancer in front of them would choose. */
    public Rotation rotation() {
        return rotation;
    }

    public Connection jdbc(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + config.postgresPort() + "/" + database
                + "?connectTimeout=2&socketTimeout=10", "postgres", "postgres");
    }

    public String kafkaBootstrap() {
        return config.kafkaBootstrap();
    }

    /** The pid a component runs under, from the supervisor's stack.json. */
    public long pid(String component) throws IOException {
        JsonNode state = new ObjectMapper().readTree(config.stateFile().toFile());
        for (JsonNode c : state.path("components")) {
            if (component.equals(c.path("name").asText())) {
                return c.path("process").path("pid").asLong();
            }
        }
        throw new IllegalStateException(component + " not in " + config.stateFile());
    }

    /** The (first) broker as a handle the test can kill and start again (same directory and ports). */
    public KafkaBroker broker() throws IOException {
        return broker(1);
    }

    /** Kafka node {@code id}, as a handle the test can kill and start again. */
    public synchronized KafkaBroker broker(int id) throws IOException {
        for (KafkaBroker owned : ownedBrokers) {
            if (owned.node().id() == id) {
                return owned;
            }
        }
        StackConfig.KafkaNode node = config.kafka().get(id - 1);
        return config.kafkaCluster().node(id).attach(pid(node.name()));
    }

    /** Remembers a postmaster this JVM started, so that it is stopped at the end. */
    public synchronized void ownPostgres(PostgresServer postgres) {
        ownedPostgres = postgres;
    }

    /** Remembers a broker this JVM started, so that it is stopped at the end. */
    public synchronized void ownBroker(KafkaBroker broker) {
        ownedBrokers.removeIf(b -> b.node().id() == broker.node().id());
        ownedBrokers.add(broker);
    }

    private final Map<StackConfig.Instance, Process> restarted = new HashMap<>();

    /** The live process of a service's first instance. */
    public ProcessHandle service(Service service) throws IOException {
        return process(config.instances(service).get(0));
    }

    /** The live process of an instance: the supervisor's child, or the one a test restarted. */
    public synchronized ProcessHandle process(StackConfig.Instance instance) throws IOException {
        Process own = restarted.get(instance);
        if (own != null) {
            return own.toHandle();
        }
        return ProcessHandle.of(pid(instance.name())).orElseThrow();
    }

    /** Starts a service's first instance again as the supervisor did, and waits until it answers ready. */
    public Duration restart(Service service) throws IOException {
        return restart(config.instances(service).get(0));
    }

    /** Starts an instance again as the supervisor did, and waits until it answers ready. */
    public synchronized Duration restart(StackConfig.Instance instance) throws IOException {
        Instant start = Instant.now();
        Process process = ServiceLauncher.start(instance, config, env);
        ownedServices.add(process);
        restarted.put(instance, process);
        Readiness readiness = new Readiness();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> readiness.check(instance.port()).ready());
        return Duration.between(start, Instant.now());
    }

    public boolean ready(Service service) {
        return new Readiness().check(config.port(service)).ready();
    }
}
