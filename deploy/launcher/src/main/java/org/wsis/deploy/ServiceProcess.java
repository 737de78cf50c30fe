package org.wsis.deploy;

import org.wsis.infra.PostgresServer;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * One Quarkus application as a child process of the supervisor ({@code java [JVM_OPTIONS] -jar
 * quarkus-run.jar}), configured only through its environment, output appended to logs/&lt;name&gt;.log:
 * an instance of a service, or the web pages.
 */
final class ServiceProcess {

    static final Duration STOP_GRACE = Duration.ofSeconds(20);

    /**
     * Sized for a 2-core machine running three services, PostgreSQL and Kafka: the serial collector
     * (no GC threads competing with request threads, least native overhead), bounded heap, class
     * metadata and thread stacks, so that each service stays under 400 MB resident. The code cache
     * keeps its default size: a 64 MB one made the JIT flush and recompile hot code under load.
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms64m", "-Xmx128m",
            "-XX:MaxMetaspaceSize=160m", "-Xss512k");

    private final String name;
    private final Process process;

    private ServiceProcess(String name, Process process) {
        this.name = name;
        this.process = process;
    }

    static ServiceProcess start(StackConfig.Instance instance, StackConfig config) throws IOException {
        return start(instance, config, System.getenv());
    }

    /** As the supervisor starts it, with the tracing settings of {@code outer} (the supervisor's environment). */
    static ServiceProcess start(StackConfig.Instance instance, StackConfig config, Map<String, String> outer)
            throws IOException {
        Service service = instance.service();
        Path jar = service.runnerJar(config.repoRoot());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(missingJar(service, jar));
        }
        Map<String, String> env = environment(instance, config);
        env.putAll(tracing(outer));
        return launch(instance.name(), jar, config.logFile(instance), env, config);
    }

    /** The web pages: after the services and the identity provider, since they call both. */
    static ServiceProcess startWeb(StackConfig config, Identity identity, Map<String, String> outer) throws IOException {
        Path jar = WebApp.runnerJar(config.repoRoot());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(WebApp.MODULE + " is not built: " + jar + " is missing"
                    + " (build with ./mvnw install -DskipTests; deploy/wsis does this when a jar is missing)");
        }
        Map<String, String> env = WebApp.environment(config, identity.webClientSecret());
        env.putAll(tracing(outer));
        return launch(WebApp.NAME, jar, config.webLog(), env, config);
    }

    private static ServiceProcess launch(String name, Path jar, Path log, Map<String, String> env, StackConfig config)
            throws IOException {
        Files.createDirectories(log.getParent());
        Files.writeString(log, "=== " + Instant.now() + " deploy/wsis starts " + name + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        List<String> command = new ArrayList<>(List.of(Java.executable()));
        command.addAll(JVM_OPTIONS);
        // every collection with its pause, beside the service's log: the first thing to read after a stall
        command.add("-Xlog:gc:file=" + config.logsDirectory().resolve(name + "-gc.log")
                + ":uptime,time:filecount=2,filesize=5m");
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                // a neutral working directory: no module's .env or config/ folder leaks in
                .directory(config.home().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(env);
        return new ServiceProcess(name, builder.start());
    }

    static String missingJar(Service service, Path jar) {
        return service.module() + " is not built: " + jar + " is missing"
                + " (build with ./mvnw install -DskipTests; deploy/wsis does this when a jar is missing)";
    }

    /**
     * Everything an instance needs to find its database, Kafka (every node) and the key that signs
     * tokens; instances of one service differ only in their port.
     */
    static Map<String, String> environment(StackConfig.Instance instance, StackConfig config) {
        PostgresServer postgres = new PostgresServer(config.postgresData(), config.postgresPort());
        Map<String, String> env = new LinkedHashMap<>();
        // glibc gives each thread that allocates its own 64 MB arena; two bound the JVM's native memory
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(instance.port()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(instance.service().database()));
        env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrap());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", config.publicKey().toAbsolutePath().toString());
        env.put("MP_JWT_VERIFY_ISSUER", config.issuer());
        return env;
    }

    /**
     * The tracing settings of the outer environment ({@code OTEL_*}, {@code QUARKUS_OTEL_*}), passed on
     * explicitly so that a service restarted outside the supervisor has them too. Traces stay off unless
     * a collector is given with OpenTelemetry's standard {@code OTEL_EXPORTER_OTLP_ENDPOINT}: then the SDK
     * is turned on, unless {@code OTEL_SDK_DISABLED} says otherwise.
     */
    static Map<String, String> tracing(Map<String, String> outer) {
        Map<String, String> tracing = new LinkedHashMap<>();
        outer.forEach((name, value) -> {
            if (name.startsWith("OTEL_") || name.startsWith("QUARKUS_OTEL_")) {
                tracing.put(name, value);
            }
        });
        String collector = outer.get("OTEL_EXPORTER_OTLP_ENDPOINT");
        if (collector != null && !collector.isBlank() && !outer.containsKey("OTEL_SDK_DISABLED")) {
            tracing.put("OTEL_SDK_DISABLED", "false");
        }
        return tracing;
    }

    String name() {
        return name;
    }

    Process process() {
        return process;
    }

    ProcessRef ref() {
        return ProcessRef.of(process.toHandle());
    }

    void onExit(IntConsumer listener) {
        process.onExit().thenAccept(p -> listener.accept(p.exitValue()));
    }

    void requestStop() {
        process.destroy();
    }

    /** Waits until the deadline for a requested stop; kills the process if it is still there. */
    boolean stopBy(Instant deadline) throws InterruptedException {
        Duration left = Duration.between(Instant.now(), deadline);
        if (ProcessRef.awaitExit(process.toHandle(), left.isNegative() ? Duration.ZERO : left)) {
            return true;
        }
        process.destroyForcibly();
        ProcessRef.awaitExit(process.toHandle(), Duration.ofSeconds(10));
        return false;
    }
}
