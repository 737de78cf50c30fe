package org.wsis.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Keycloak, the identity provider of the local stack, from its distribution on Maven Central
 * ({@code org.keycloak:keycloak-quarkus-dist}, fetched by the build like every other dependency). The
 * distribution is unpacked and built once per machine ({@code kc.sh build}, about a minute) into a cache;
 * each stack gets a hard-linked copy of it, its own realm import and its data in the stack's PostgreSQL.
 */
public final class KeycloakServer {

    public static final String VERSION = "26.7.3";
    /** The realm every WSIS token comes from. */
    public static final String REALM = "wsis";

    private final Path directory;
    private final int port;
    private final String jdbcUrl;
    private volatile long pid = -1;

    /**
     * @param directory the stack's copy of Keycloak (created on first start)
     * @param port      its HTTP port on 127.0.0.1
     * @param jdbcUrl   its database, in the stack's PostgreSQL
     */
    public KeycloakServer(Path directory, int port, String jdbcUrl) {
        this.directory = directory;
        this.port = port;
        this.jdbcUrl = jdbcUrl;
    }

    /** The server of a stack started earlier: {@link #stop()} and {@link #isAlive()} act on that process. */
    public KeycloakServer attach(long runningPid) {
        this.pid = runningPid;
        return this;
    }

    /** What tokens name as {@code iss}, and where clients discover the realm: fixed, whatever host a request used. */
    public static String issuer(int port) {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    public String issuer() {
        return issuer(port);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return pid;
    }

    public Path logFile() {
        return directory.resolve("keycloak.log");
    }

    /**
     * Installs the stack's copy on first use, places the realm to import (Keycloak imports it once, when
     * the realm does not exist yet) and starts the server without waiting; {@link #awaitReady} waits.
     */
    public synchronized KeycloakServer launch(String realmJson, String dbUser, String dbPassword)
            throws IOException, InterruptedException {
        if (!Files.isDirectory(directory.resolve("bin"))) {
            linkCopy(built(), directory);
        }
        Path imports = directory.resolve("data").resolve("import");
        Files.createDirectories(imports);
        Files.writeString(imports.resolve(REALM + "-realm.json"), realmJson);
        List<String> command = List.of(directory.resolve("bin").resolve("kc.sh").toString(), "start", "--optimized",
                "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
                "--hostname=http://localhost:" + port, "--hostname-strict=false",
                "--db-url=" + jdbcUrl, "--db-username=" + dbUser, "--db-password=" + dbPassword,
                "--db-pool-max-size=8", "--import-realm", "--log-console-output=default");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
        // a small heap: a few dozen users and sessions
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx256m -XX:MaxMetaspaceSize=256m");
        // C1 only: a start costs far less compilation on two cores shared with the rest of the stack, and a
        // local identity provider signs in a handful of people
        builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        builder.environment().put("JAVA_HOME", javaHome());
        Process process = builder.start();
        pid = process.pid();
        return this;
    }

    /** Waits until the realm's discovery document is served. */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI discovery = URI.create("http://127.0.0.1:" + port + "/realms/" + REALM + "/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!isAlive()) {
                throw new IOException("Keycloak exited during start-up; see " + logFile());
            }
            try {
                if (http.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IOException("Keycloak not ready after " + timeout + "; see " + logFile());
    }

    /** Graceful stop (SIGTERM), escalating to SIGKILL after 30 s. */
    public synchronized void stop() throws InterruptedException {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return;
        }
        handle.get().descendants().forEach(ProcessHandle::destroy); // kc.sh runs java as its child
        handle.get().destroy();
        try {
            handle.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            handle.get().descendants().forEach(ProcessHandle::destroyForcibly);
            handle.get().destroyForcibly();
        }
        pid = -1;
    }

    public boolean isAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * The distribution unpacked and built for PostgreSQL, once per machine, in {@link Directories#cache()}.
     * A lock keeps two stacks starting together from building it twice.
     */
    static Path built() throws IOException, InterruptedException {
        Path cache = Directories.cache();
        Path home = cache.resolve("keycloak-" + VERSION);
        Path marker = home.resolve(".wsis-built");
        Files.createDirectories(cache);
        try (FileChannel channel = FileChannel.open(cache.resolve("keycloak.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); var ignored = channel.lock()) {
            if (Files.exists(marker)) {
                return home;
            }
            Directories.deleteRecursively(home);
            run(List.of("tar", "xzf", distribution().toString(), "-C", cache.toString()), cache, Duration.ofMinutes(5));
            run(List.of(home.resolve("bin").resolve("kc.sh").toString(), "build", "--db=postgres",
                    "--health-enabled=false", "--metrics-enabled=false"), home, Duration.ofMinutes(10));
            Files.writeString(marker, Instant.now().toString());
            return home;
        }
    }

    /** The distribution's archive in the local Maven repository, as the build recorded it. */
    static Path distribution() {
        try (InputStream in = KeycloakServer.class.getResourceAsStream("keycloak.dist")) {
            if (in == null) {
                throw new IllegalStateException("keycloak.dist missing: build deploy/infra with Maven");
            }
            return Path.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hard links, not copies (the installation is never written to): instant, and no disk space. */
    private static void linkCopy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().equals(".wsis-built")) {
                    try {
                        Files.createLink(target, source);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(source, target); // another file system
                    }
                }
            }
        }
    }

    private static void run(List<String> command, Path directory, Duration timeout) throws IOException, InterruptedException {
        Path output = Files.createTempFile("keycloak-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("JAVA_HOME", javaHome());
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish within " + timeout + "; see " + output);
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "): "
                    + Files.readString(output));
        }
        Files.deleteIfExists(output);
    }

    /** The JDK running this JVM: Keycloak runs on it too. */
    private static String javaHome() {
        return Path.of(ProcessHandle.current().info().command().orElseThrow()).getParent().getParent().toString();
    }
}
