package org.wsis.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real Apache Kafka node in KRaft mode (combined broker and controller), run as a child JVM
 * ({@code kafka.Kafka}) so that it can be stopped or SIGKILLed independently of the process that
 * started it. Alone it is a one-node cluster (replication factor 1); in a {@link KafkaCluster} of
 * three, every node votes in the controller quorum and internal topics are replicated three times
 * with {@code min.insync.replicas} 2. Its log directory survives restarts.
 */
public final class KafkaBroker {

    private static final String CLUSTER_ID = "d3Npcy1sb2NhbC1rcmFmdA";

    /** One node of the cluster: its id and the ports of its client and controller listeners. */
    public record Node(int id, int port, int controllerPort) {
    }

    private final Path directory;
    private final Node self;
    private final List<Node> quorum;
    private volatile long pid = -1;

    /** A one-node cluster. */
    public KafkaBroker(Path directory, int port, int controllerPort) {
        this(directory, new Node(1, port, controllerPort), List.of(new Node(1, port, controllerPort)));
    }

    /** One node of {@code quorum} (which contains it). */
    public KafkaBroker(Path directory, Node self, List<Node> quorum) {
        if (!quorum.contains(self)) {
            throw new IllegalArgumentException(self + " is not in the quorum " + quorum);
        }
        this.directory = directory;
        this.self = self;
        this.quorum = List.copyOf(quorum);
    }

    /** Re-attaches to a broker started elsewhere in this JVM or by another process. */
    public static KafkaBroker attach(Path directory, int port, int controllerPort, long pid) {
        KafkaBroker broker = new KafkaBroker(directory, port, controllerPort);
        broker.pid = pid;
        return broker;
    }

    /** This node with the pid of a running process, for a test that stops or kills it. */
    public KafkaBroker attach(long runningPid) {
        KafkaBroker broker = new KafkaBroker(directory, self, quorum);
        broker.pid = runningPid;
        return broker;
    }

    /** Replicas per partition: three when the cluster has them, so that one node may fail. */
    public short replicationFactor() {
        return (short) Math.min(3, quorum.size());
    }

    /** Acknowledged writes survive the loss of any one node once a cluster replicates them. */
    public int minInsyncReplicas() {
        return quorum.size() >= 3 ? 2 : 1;
    }

    public Node node() {
        return self;
    }

    /** This node alone; clients of a cluster are given every node ({@link KafkaCluster#bootstrapServers()}). */
    public String bootstrapServers() {
        return "127.0.0.1:" + self.port();
    }

    public int port() {
        return self.port();
    }

    public int controllerPort() {
        return self.controllerPort();
    }

    public Path directory() {
        return directory;
    }

    public long pid() {
        return pid;
    }

    public Path logFile() {
        return directory.resolve("kafka.log");
    }

    /** Formats the storage on first use, starts the broker and waits until it serves metadata. */
    public KafkaBroker start(Duration timeout) throws IOException, InterruptedException {
        awaitReady(launch(), timeout);
        return this;
    }

    /**
     * Formats the storage on first use and starts the process without waiting: the nodes of a cluster
     * are launched together, since none serves metadata before a majority of the quorum runs.
     */
    synchronized Process launch() throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Path properties = writeProperties();
        if (!Files.exists(directory.resolve("data").resolve("meta.properties"))) {
            run(List.of("kafka.tools.StorageTool", "format", "-t", CLUSTER_ID, "-c", properties.toString(),
                    "--ignore-formatted"), Duration.ofSeconds(60));
        }
        List<String> command = javaCommand("kafka.Kafka", properties.toString());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .start();
        pid = process.pid();
        return process;
    }

    /** Graceful stop (SIGTERM), escalating to SIGKILL after 30 s. */
    public synchronized void stop() throws InterruptedException {
        Optional<ProcessHandle> handle = handle();
        if (handle.isEmpty()) {
            return;
        }
        handle.get().destroy();
        try {
            handle.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            kill();
        }
        pid = -1;
    }

    /** SIGKILL: the broker dies without any chance to clean up, as in a crash. */
    public synchronized void kill() throws InterruptedException {
        Optional<ProcessHandle> handle = handle();
        if (handle.isPresent()) {
            handle.get().destroyForcibly();
            try {
                handle.get().onExit().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("Kafka broker " + pid + " did not die", e);
            }
        }
        pid = -1;
    }

    public boolean isAlive() {
        return handle().map(ProcessHandle::isAlive).orElse(false);
    }

    public void createTopics(List<String> names, int partitions) throws InterruptedException {
        try (Admin admin = admin()) {
            List<NewTopic> topics = names.stream()
                    .map(n -> new NewTopic(n, partitions, replicationFactor())
                            .configs(Map.of("min.insync.replicas", String.valueOf(minInsyncReplicas()))))
                    .toList();
            for (var entry : admin.createTopics(topics).values().entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + entry.getKey(), e.getCause());
                    }
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new IllegalStateException("timed out creating topic " + entry.getKey(), e);
                }
            }
        }
    }

    public Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
    }

    private Optional<ProcessHandle> handle() {
        return pid > 0 ? ProcessHandle.of(pid) : Optional.empty();
    }

    void awaitReady(Process process, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka broker exited with " + process.exitValue()
                        + "; see " + logFile());
            }
            if (Ports.inUse(self.port())) {
                try (Admin admin = admin()) {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    // not serving metadata yet
                }
            }
            process.waitFor(100, TimeUnit.MILLISECONDS); // returns at once if the broker dies
        }
        process.destroyForcibly();
        throw new IllegalStateException("Kafka broker not ready within " + timeout + "; see " + logFile());
    }

    private Path writeProperties() throws IOException {
        String voters = quorum.stream().map(n -> n.id() + "@127.0.0.1:" + n.controllerPort())
                .collect(Collectors.joining(","));
        String replicas = String.valueOf(replicationFactor());
        String minIsr = String.valueOf(minInsyncReplicas());
        String text = String.join("\n",
                "process.roles=broker,controller",
                "node.id=" + self.id(),
                "controller.quorum.voters=" + voters,
                "listeners=PLAINTEXT://127.0.0.1:" + self.port() + ",CONTROLLER://127.0.0.1:" + self.controllerPort(),
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + self.port(),
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + directory.resolve("data"),
                "num.partitions=3",
                "default.replication.factor=" + replicas,
                "min.insync.replicas=" + minIsr,
                "unclean.leader.election.enable=false",
                "offsets.topic.replication.factor=" + replicas,
                // a few partitions for the internal topics, not Kafka's 50 each: 150 replicas per node in a
                // cluster to load, recover after a kill and lead over again cost a two-core machine most of a minute
                "offsets.topic.num.partitions=5",
                "transaction.state.log.num.partitions=5",
                "transaction.state.log.replication.factor=" + replicas,
                "transaction.state.log.min.isr=" + minIsr,
                "share.coordinator.state.topic.replication.factor=" + replicas,
                "share.coordinator.state.topic.min.isr=" + minIsr,
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                // Kafka's own durability model: acks=all and the OS page cache, no fsync per message (that
                // was one fsync per outbox event). A killed broker process loses nothing; a crash of the
                // whole machine could lose the last acknowledged records of a single node, which a cluster
                // avoids by replication (RF 3, min.insync.replicas 2).
                "");
        Path file = directory.resolve("server.properties");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Path log4j = directory.resolve("log4j2.properties");
        Files.writeString(log4j, String.join("\n",
                "rootLogger.level=WARN",
                "rootLogger.appenderRef.stdout.ref=STDOUT",
                "appender.stdout.type=Console",
                "appender.stdout.name=STDOUT",
                "appender.stdout.layout.type=PatternLayout",
                "appender.stdout.layout.pattern=[%d] %p %m (%c)%n",
                "logger.kafkaserver.name=kafka.server.KafkaRaftServer",
                "logger.kafkaserver.level=INFO",
                ""), StandardCharsets.UTF_8);
        return file;
    }

    private void run(List<String> args, Duration timeout) throws IOException, InterruptedException {
        List<String> command = javaCommand(args.get(0), args.subList(1, args.size()).toArray(String[]::new));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(args.get(0) + " failed; see " + logFile());
        }
    }

    private List<String> javaCommand(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        // C1 only, as for Keycloak: the local stack's event volume never needs C2's code, and its compile
        // threads compete with everything else on two cores while brokers start and recover
        command.addAll(List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.configurationFile=" + directory.resolve("log4j2.properties"),
                "-Dkafka.wsis.home=" + directory,
                "-cp", brokerClasspath(), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** The broker's classpath, written by the build (dependency:build-classpath) next to this class. */
    static String brokerClasspath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream("broker.classpath")) {
            if (in == null) {
                throw new IllegalStateException("broker.classpath missing: build deploy/infra with Maven");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
