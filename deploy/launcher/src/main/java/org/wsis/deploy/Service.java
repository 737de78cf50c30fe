package org.wsis.deploy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** The three services the stack runs; each owns one database and one HTTP port. */
public enum Service {
    REGISTRATION("registration", 8081),
    SESSIONS("sessions", 8082),
    PRIZES("prizes", 8083);

    private final String shortName;
    private final int defaultPort;

    Service(String shortName, int defaultPort) {
        this.shortName = shortName;
        this.defaultPort = defaultPort;
    }

    public String shortName() {
        return shortName;
    }

    /** The Maven module, also the name used in logs and messages. */
    public String module() {
        return shortName + "-service";
    }

    public String database() {
        return shortName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String portVariable() {
        return "WSIS_" + name() + "_PORT";
    }

    public Path runnerJar(Path repoRoot) {
        return repoRoot.resolve(module()).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    /** Accepts both {@code registration} and {@code registration-service}. */
    public static Optional<Service> byName(String name) {
        return Arrays.stream(values())
                .filter(s -> s.shortName.equals(name) || s.module().equals(name))
                .findFirst();
    }
}
