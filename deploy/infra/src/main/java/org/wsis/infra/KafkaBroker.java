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

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller, one node), run as a
 * child JVM ({@code kafka.Kafka}) so that it can be stopped or SIGKILLed independently of the
 * process that started it. Its log directory survives restarts.
 */
public final class KafkaBroker {

    private static final String CLUSTER_ID = "d3Npcy1sb2NhbC1rcmFmdA";

    private final Path directory;
    private final int port;
    private final int controllerPort;
    private volatile long pid = -1;

    public KafkaBroker(Path directory, int port, int controllerPort) {
        this.directory = directory;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Re-attaches to a broker started elsewhere in this JVM or by another process. */
    public static KafkaBroker attach(Path directory, int port, int controllerPort, long pid) {
        KafkaBroker broker = new KafkaBroker(directory, port, controllerPort);
        broker.pid = pid;
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
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
    public synchronized KafkaBroker start(Duration timeout) throws IOException, InterruptedException {
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
        awaitReady(process, timeout);
        return this;
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
            List<NewTopic> topics = names.stream().map(n -> new NewTopic(n, partitions, (short) 1)).toList();
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

    private void awaitReady(Process process, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka broker exited with " + process.exitValue()
                        + "; see " + logFile());
            }
            if (Ports.inUse(port)) {
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
        String text = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + directory.resolve("data"),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                // Kafka's own durability model: acks=all and the OS page cache, no fsync per message (that
                // was one fsync per outbox event). A killed broker process loses nothing; only a crash of
                // the whole machine could lose the last acknowledged records of this single local broker,
                // which production avoids by replication (RF 3, min.insync.replicas 2).
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
        command.addAll(List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC",
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
