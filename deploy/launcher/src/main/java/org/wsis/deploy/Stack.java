package org.wsis.deploy;

import org.wsis.infra.KafkaBroker;
import org.wsis.infra.KafkaCluster;
import org.wsis.infra.KeycloakServer;
import org.wsis.infra.PostgresServer;
import sun.misc.Signal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The supervisor: a detached JVM, started by {@code deploy/wsis up}, that owns the stack. It runs
 * PostgreSQL in-process, the Kafka nodes and every instance of the three services as child
 * processes, publishes them in the state file, and on SIGTERM stops them in reverse order: services,
 * Kafka, database.
 */
public final class Stack {

    static final List<String> TOPICS = List.of("wsis.participants", "wsis.sessions", "wsis.prizes");

    private final StackConfig config;
    private final StateFile stateFile;
    private final ProcessRef self = ProcessRef.of(ProcessHandle.current());
    /** Held while a component starts or everything stops, so a SIGTERM never races a half-started step. */
    private final Object lifecycle = new Object();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Map<String, StackState.Component> components = new LinkedHashMap<>();
    private final List<ServiceProcess> services = new ArrayList<>();
    private volatile boolean stopping;
    private boolean stoppedAll;
    private volatile StackState.Phase phase = StackState.Phase.STARTING;
    private volatile String message = "starting";
    private static final Duration KEYCLOAK_READY_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration WEB_READY_TIMEOUT = Duration.ofSeconds(90);

    private PostgresServer postgres;
    private KafkaCluster kafka;
    private KeycloakServer keycloak;

    Stack(StackConfig config, StateFile stateFile) {
        this.config = config;
        this.stateFile = stateFile;
    }

    public static void main(String[] args) throws IOException {
        StackConfig config = StackConfig.fromEnvironment();
        Files.createDirectories(config.home());
        try (FileChannel channel = FileChannel.open(config.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                log("another supervisor already runs in " + config.home());
                System.exit(1);
            }
            Stack stack = new Stack(config, new StateFile(config.stateFile()));
            stack.handleSignals();
            System.exit(stack.run());
        }
    }

    /**
     * zonky registers a shutdown hook that stops PostgreSQL, and shutdown hooks run concurrently;
     * handling SIGTERM/SIGINT ourselves is what lets the services stop before their database does.
     * The hook below only covers other ways the JVM may end.
     */
    private void handleSignals() {
        Signal.handle(new Signal("TERM"), signal -> shutdown("SIGTERM"));
        Signal.handle(new Signal("INT"), signal -> shutdown("SIGINT"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown("JVM shutdown"), "wsis-stack-shutdown"));
    }

    int run() {
        log("supervisor pid " + self.pid() + ", home " + config.home());
        publish();
        try {
            step("postgres", config.stackLog(), this::startPostgres);
            // Keycloak starts beside Kafka and the services (the slowest to start, and nothing waits for it:
            // the services verify tokens with the key they already have); the stack is up once it answers
            if (config.identityProvider()) {
                step("keycloak", config.stackLog(), this::launchKeycloak);
            }
            step(config.brokers() == 1 ? "kafka" : "kafka cluster", config.kafkaLog(), this::startKafka);
            for (StackConfig.Instance instance : config.allInstances()) {
                step(instance.name(), config.logFile(instance), () -> startService(instance));
            }
            if (config.identityProvider()) {
                step("keycloak", keycloak.logFile(), this::awaitKeycloak);
                step(WebApp.NAME, config.webLog(), this::startWeb);
            }
        } catch (StartFailure failure) {
            log("FAILED: " + failure.getMessage());
            synchronized (lifecycle) {
                phase = StackState.Phase.FAILED;
                message = failure.getMessage();
                publish();
                stopAll();
            }
            return 1;
        }
        synchronized (lifecycle) {
            if (!stopping) {
                phase = StackState.Phase.RUNNING;
                message = "all components started";
                publish();
                log("all components started; waiting for SIGTERM (deploy/wsis down)");
            }
        }
        awaitStopped();
        return 0;
    }

    private void startPostgres() throws Exception {
        postgres = new PostgresServer(config.postgresData(), config.postgresPort()).start();
        postgres.createDatabases(Arrays.stream(Service.values()).map(Service::database).toList());
        long pid = Long.parseLong(Files.readAllLines(config.postgresData().resolve("postmaster.pid")).get(0).trim());
        started("postgres", ProcessRef.ofPid(pid).orElse(new ProcessRef(pid, null)), config.postgresPort(), config.stackLog());
    }

    private void launchKeycloak() throws Exception {
        postgres.createDatabases(List.of(StackConfig.KEYCLOAK_DATABASE));
        keycloak = config.keycloak().launch(Identity.of(config).realm(config), PostgresServer.USER, PostgresServer.PASSWORD);
        log("keycloak launched (pid " + keycloak.pid() + ", port " + config.keycloakPort() + ")");
    }

    /** A first start creates its schema and imports the realm: half a minute on two idle cores. */
    private void awaitKeycloak() throws Exception {
        keycloak.awaitReady(KEYCLOAK_READY_TIMEOUT);
        started("keycloak", ProcessRef.ofPid(keycloak.pid()).orElseThrow(), config.keycloakPort(), keycloak.logFile());
    }

    /** The nodes start together: none serves before a majority of the quorum runs. */
    private void startKafka() throws Exception {
        kafka = config.kafkaCluster();
        kafka.start(Duration.ofSeconds(60 + 30L * (config.brokers() - 1)));
        kafka.createTopics(TOPICS, 3);
        for (StackConfig.KafkaNode node : config.kafka()) {
            KafkaBroker broker = kafka.node(node.node().id());
            started(node.name(), ProcessRef.ofPid(broker.pid()).orElseThrow(), node.node().port(), node.log());
        }
    }

    private void startService(StackConfig.Instance instance) throws IOException {
        ServiceProcess process = ServiceProcess.start(instance, config);
        services.add(process);
        started(instance.name(), process.ref(), instance.port(), config.logFile(instance));
        process.onExit(code -> exited(instance.name(), config.logFile(instance), code));
    }

    /** The web pages sign people in at Keycloak and call the services: they start once both serve. */
    private void startWeb() throws Exception {
        ServiceProcess web = ServiceProcess.startWeb(config, Identity.of(config), System.getenv());
        services.add(web);
        awaitReady(web, config.webPort(), WEB_READY_TIMEOUT);
        started(WebApp.NAME, web.ref(), config.webPort(), config.webLog());
        web.onExit(code -> exited(WebApp.NAME, config.webLog(), code));
    }

    /** Waits for the process's readiness endpoint; a process that exits first fails the step. */
    private void awaitReady(ServiceProcess process, int port, Duration timeout) throws Exception {
        Readiness readiness = new Readiness();
        Instant deadline = Instant.now().plus(timeout);
        while (!readiness.check(port).ready()) {
            if (!process.process().isAlive()) {
                throw new IllegalStateException(process.name() + " exited with code " + process.process().exitValue());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(process.name() + " not ready within " + timeout.toSeconds() + " s");
            }
            process.process().waitFor(250, java.util.concurrent.TimeUnit.MILLISECONDS); // at once if it exits
        }
    }

    private void started(String name, ProcessRef process, int port, Path log) {
        log(name + " started (pid " + process.pid() + ", port " + port + ")");
        synchronized (components) {
            components.put(name, new StackState.Component(name, process, port, log.toString(), null));
        }
        message = name + " started";
        publish();
    }

    /** A service that dies on its own is reported, not restarted: its log says why. */
    private void exited(String name, Path log, int code) {
        if (stopping) {
            return;
        }
        log(name + " exited with code " + code + "; see " + log);
        synchronized (components) {
            components.computeIfPresent(name, (key, component) -> component.exited(code));
        }
        message = name + " exited with code " + code;
        publish();
    }

    private void shutdown(String reason) {
        stopping = true;
        synchronized (lifecycle) {
            if (!stoppedAll) {
                log(reason + ": stopping the stack");
            }
            stopAll();
        }
        stopped.countDown();
    }

    /** Services first (they flush their outboxes), then Keycloak, the broker, the database. Idempotent. */
    private void stopAll() {
        if (stoppedAll) {
            return;
        }
        stoppedAll = true;
        stopping = true;
        if (phase != StackState.Phase.FAILED) {
            phase = StackState.Phase.STOPPING;
            message = "stopping";
        }
        publish();
        stopServices();
        stop("keycloak", keycloak, () -> keycloak.stop());
        stop("kafka", kafka, () -> kafka.stop());
        stop("postgres", postgres, () -> postgres.close());
        synchronized (components) {
            components.clear();
        }
        if (phase != StackState.Phase.FAILED) {
            phase = StackState.Phase.STOPPED;
            message = "stopped";
        }
        publish();
        log("stack stopped");
    }

    /** Stops a component that was started (not null), logging instead of throwing: the next one must stop too. */
    private void stop(String name, Object component, Step stop) {
        if (component == null) {
            return;
        }
        try {
            log("stopping " + name);
            stop.run();
        } catch (Exception e) {
            log(name + " did not stop cleanly: " + e);
        }
    }

    private void stopServices() {
        services.forEach(ServiceProcess::requestStop);
        Instant deadline = Instant.now().plus(ServiceProcess.STOP_GRACE);
        for (ServiceProcess service : services) {
            try {
                if (!service.stopBy(deadline)) {
                    log(service.name() + " did not stop within " + ServiceProcess.STOP_GRACE.toSeconds()
                            + " s; killed");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!services.isEmpty()) {
            log("services stopped");
        }
    }

    private void awaitStopped() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static final class StartFailure extends Exception {
        StartFailure(String message) {
            super(message);
        }
    }

    private void step(String component, Path log, Step action) throws StartFailure {
        synchronized (lifecycle) {
            if (stopping) {
                return;
            }
            message = "starting " + component;
            publish();
            try {
                action.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartFailure(component + " start interrupted");
            } catch (Exception e) {
                e.printStackTrace(System.out);
                String reason = e.getMessage() != null ? e.getMessage() : e.toString();
                throw new StartFailure(component + " failed to start: " + reason
                        + (Files.exists(log) ? "; see " + log : ""));
            }
        }
    }

    private void publish() {
        List<StackState.Component> snapshot;
        synchronized (components) {
            snapshot = List.copyOf(components.values());
        }
        try {
            stateFile.write(new StackState(phase, message, self, snapshot));
        } catch (IOException e) {
            log("cannot write " + config.stateFile() + ": " + e);
        }
    }

    static void log(String line) {
        System.out.println(Instant.now() + " [wsis-stack] " + line);
    }
}
