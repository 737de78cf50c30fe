package org.wsis.deploy;

import java.io.PrintStream;
import java.util.Optional;

/**
 * {@code status}: each component running or not, its pid and port, and whether it is ready to serve;
 * then, when PostgreSQL and Kafka answer, each service's outbox backlog, parked events and consumer lag.
 */
final class StatusCommand {

    private static final String ROW = "%-24s %-12s %-8s %-6s %s%n";

    private final StackConfig config;
    private final PrintStream out;
    private final Readiness readiness = new Readiness();

    StatusCommand(StackConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    /** 0 when every component runs and every service is ready, 3 otherwise (as LSB status does). */
    int run() {
        StackHandle stack = new StackHandle(config);
        Optional<StackState> state = stack.state();
        Optional<ProcessRef> supervisor = stack.supervisor();
        if (supervisor.isPresent()) {
            out.printf("WSIS stack: %s (supervisor pid %d), home %s%n",
                    state.get().phase().name().toLowerCase(), supervisor.get().pid(), config.home());
        } else {
            out.printf("WSIS stack: not running, home %s%n", config.home());
        }
        state.filter(s -> s.phase() == StackState.Phase.FAILED)
                .ifPresent(s -> out.println("last start failed: " + s.message()));
        out.printf(ROW, "COMPONENT", "STATE", "PID", "PORT", "READINESS");
        boolean allReady = supervisor.isPresent();
        allReady &= row(state, "postgres", config.postgresPort(), false);
        for (StackConfig.KafkaNode kafka : config.kafka()) {
            allReady &= row(state, kafka.name(), kafka.node().port(), false);
        }
        for (StackConfig.Instance instance : config.allInstances()) {
            allReady &= row(state, instance.name(), instance.port(), true);
        }
        if (config.identityProvider()) {
            allReady &= row(state, "keycloak", config.keycloakPort(), false);
        }
        if (config.web()) {
            allReady &= row(state, WebApp.NAME, config.webPort(), true);
        }
        boolean kafkaAnswers = config.kafka().stream().anyMatch(k -> PortProbe.acceptsConnections(k.node().port()));
        if (PortProbe.acceptsConnections(config.postgresPort()) && kafkaAnswers) {
            printEvents();
        }
        if (supervisor.isEmpty() && state.map(s -> s.components().stream().anyMatch(c -> c.process().alive())).orElse(false)) {
            out.println("The supervisor is gone but components still run: deploy/wsis down stops them.");
        }
        return allReady ? 0 : 3;
    }

    /** The event backbone's figures; their absence does not change the exit code (readiness says what serves). */
    private void printEvents() {
        try {
            out.println();
            EventBacklog.print(out, EventBacklog.read(config));
        } catch (Exception e) {
            out.println("events: not readable (" + e.getMessage() + ")");
        }
    }

    private boolean row(Optional<StackState> state, String name, int port, boolean service) {
        Optional<StackState.Component> component = state.flatMap(s -> s.component(name));
        boolean running = component.map(c -> c.process().alive()).orElse(false);
        String status = running ? "running"
                : component.map(StackState.Component::exitCode).map(code -> "exited(" + code + ")").orElse("stopped");
        String pid = running ? String.valueOf(component.get().process().pid()) : "-";
        String ready = "";
        boolean ok = running;
        if (service && running) {
            Readiness.Result result = readiness.check(port);
            ready = result.describe();
            ok = result.ready();
        } else if (running) {
            // PostgreSQL, Kafka and Keycloak (here) have no readiness endpoint: a running one that refuses connections is not ready
            ok = PortProbe.acceptsConnections(port);
            ready = ok ? "accepting connections" : "not answering";
        }
        out.printf(ROW, name, status, pid, port, ready);
        return ok;
    }
}
