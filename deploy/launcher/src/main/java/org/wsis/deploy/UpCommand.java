package org.wsis.deploy;

import org.wsis.deploy.demo.DemoData;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code up [--demo] [--brokers N] [--instances N]}: checks ports and jars, records the topology,
 * starts the supervisor ({@link Stack}) as a detached JVM, and waits until every instance of every
 * service answers ready, or says which component failed and why.
 */
final class UpCommand {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    /** Why the stack did not come up, and the log that tells more. */
    private record Failure(String reason, Path log) {
    }

    private final StackConfig config;
    private final PrintStream out;
    private final PrintStream err;
    private final StateFile stateFile;
    private final Readiness readiness = new Readiness();

    UpCommand(StackConfig config, PrintStream out, PrintStream err) {
        this.config = config;
        this.out = out;
        this.err = err;
        this.stateFile = new StateFile(config.stateFile());
    }

    /** Starts the stack, or reports the one already running ({@code recorded}: its topology). */
    int run(boolean demo, StackConfig recorded) throws IOException, InterruptedException {
        StackHandle stack = new StackHandle(config);
        Optional<ProcessRef> running = stack.supervisor();
        if (running.isPresent() && stopping()) {
            // an up issued during a down: wait for the old stack to be gone, then start a fresh one
            out.println("The WSIS stack is stopping (supervisor pid " + running.get().pid() + "); waiting for it to stop"
                    + " before starting it again...");
            Optional<ProcessHandle> old = running.get().live();
            if (old.isPresent() && !ProcessRef.awaitExit(old.get(), DownCommand.STOP_TIMEOUT)) {
                err.println("wsis: the stack did not stop within " + DownCommand.STOP_TIMEOUT.toSeconds()
                        + " s; see deploy/wsis logs stack, then run deploy/wsis down");
                return 1;
            }
            running = stack.supervisor();
        }
        if (running.isPresent()) {
            if (recorded.brokers() != config.brokers() || recorded.instances() != config.instances()) {
                err.println("wsis: the WSIS stack already runs with " + topology(recorded) + ", not "
                        + topology(config) + "; deploy/wsis down first to change it");
                return 1;
            }
            out.println("The WSIS stack is already running (supervisor pid " + running.get().pid()
                    + "); deploy/wsis status shows its components.");
            return ready(demo);
        }
        List<String> leftovers = stack.stopLeftovers();
        if (!leftovers.isEmpty()) {
            out.println("Stopped processes left over from an earlier run: " + String.join(", ", leftovers));
        }
        if (!jarsBuilt() || !portsFree()) {
            return 1;
        }
        new DevKeys(config).ensure();
        config.saveTopology();
        Instant start = Instant.now();
        ProcessHandle supervisor = launchSupervisor();
        out.println("Starting the WSIS stack in " + config.home() + " (supervisor pid " + supervisor.pid() + ", "
                + topology(config) + ")...");
        Optional<Failure> failure = awaitReady(supervisor, start);
        if (failure.isPresent()) {
            report(failure.get());
            stopAfterFailure(stack, supervisor);
            return 1;
        }
        out.printf("The WSIS stack is ready (%.1f s).%n", seconds(start));
        return ready(demo);
    }

    /** The supervisor said it is stopping (or stopped): an up now must not use what is going away. */
    private boolean stopping() {
        return stateFile.read().map(state -> state.phase() == StackState.Phase.STOPPING
                || state.phase() == StackState.Phase.STOPPED).orElse(false);
    }

    private int ready(boolean demo) throws IOException {
        new StackSummary(config, new DevKeys(config).minter()).print(out);
        if (!demo) {
            return 0;
        }
        out.println();
        try {
            new DemoData(config, new DevKeys(config).minter(), out).load();
            return 0;
        } catch (Exception e) {
            err.println("wsis: demo data not loaded: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            err.println("The stack keeps running; see deploy/wsis logs registration (and the others).");
            return 1;
        }
    }

    private boolean jarsBuilt() {
        boolean built = true;
        for (Service service : Service.values()) {
            Path jar = service.runnerJar(config.repoRoot());
            if (!Files.isRegularFile(jar)) {
                err.println("wsis: " + ServiceProcess.missingJar(service, jar));
                built = false;
            }
        }
        return built;
    }

    private boolean portsFree() {
        List<StackConfig.PortSetting> taken = PortCheck.taken(config.ports());
        for (StackConfig.PortSetting port : taken) {
            err.println("wsis: port " + port.port() + " (" + port.component() + ") is already in use;"
                    + " free it or choose another with " + port.variable() + "=<port>");
        }
        return taken.isEmpty();
    }

    /** A JVM of its own session (setsid), so that neither this command's exit nor Ctrl-C reaches it. */
    private ProcessHandle launchSupervisor() throws IOException {
        Files.createDirectories(config.logsDirectory());
        Files.writeString(config.stackLog(), "=== " + Instant.now() + " deploy/wsis up\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        stateFile.delete();
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.addAll(List.of(Java.executable(), "-Xmx128m", "-XX:+UseSerialGC",
                "-D" + StackConfig.ROOT_PROPERTY + "=" + config.repoRoot(),
                "-cp", System.getProperty("java.class.path"), Stack.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(config.stackLog().toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put(StackConfig.HOME_VARIABLE, config.home().toString());
        builder.environment().put(StackConfig.BROKERS_VARIABLE, String.valueOf(config.brokers()));
        builder.environment().put(StackConfig.INSTANCES_VARIABLE, String.valueOf(config.instances()));
        return builder.start().toHandle();
    }

    /**
     * Polls the state file and the readiness endpoints until every service answers 200 and the supervisor
     * has started everything (Keycloak is the last to be ready), or time runs out.
     */
    private Optional<Failure> awaitReady(ProcessHandle supervisor, Instant start) throws InterruptedException {
        Instant deadline = start.plus(config.readyTimeout());
        Set<String> announced = new HashSet<>();
        Map<StackConfig.Instance, Readiness.Result> answers = new java.util.LinkedHashMap<>();
        while (true) {
            Optional<StackState> state = stateFile.read().filter(s -> s.supervisor().pid() == supervisor.pid());
            Optional<Failure> failure = failure(supervisor, state);
            if (failure.isPresent()) {
                return failure;
            }
            announceStarted(state, announced);
            checkReadiness(state, answers, start);
            if (answers.size() == config.allInstances().size()
                    && answers.values().stream().allMatch(Readiness.Result::ready)
                    && state.map(s -> s.phase() == StackState.Phase.RUNNING).orElse(false)) {
                return Optional.empty(); // every service ready, and every step done (Keycloak's last)
            }
            if (Instant.now().isAfter(deadline)) {
                return Optional.of(timedOut(state, answers));
            }
            awaitExit(supervisor, POLL); // the next poll comes at once if the supervisor dies
        }
    }

    private static void awaitExit(ProcessHandle process, Duration atMost) throws InterruptedException {
        try {
            process.onExit().get(atMost.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // still running: poll again
        }
    }

    private Optional<Failure> failure(ProcessHandle supervisor, Optional<StackState> state) {
        if (state.isPresent() && state.get().phase() == StackState.Phase.FAILED) {
            return Optional.of(new Failure(state.get().message(), config.stackLog()));
        }
        if (state.isPresent() && state.get().phase().compareTo(StackState.Phase.STOPPING) >= 0) {
            return Optional.of(new Failure("the stack was told to stop before it was ready", config.stackLog()));
        }
        if (!supervisor.isAlive()) {
            return Optional.of(new Failure("the supervisor exited unexpectedly", config.stackLog()));
        }
        return state.stream().flatMap(s -> s.components().stream())
                .filter(c -> c.exitCode() != null)
                .findFirst()
                .map(c -> new Failure(c.name() + " exited with code " + c.exitCode() + " while starting", Path.of(c.log())));
    }

    private void announceStarted(Optional<StackState> state, Set<String> announced) {
        for (StackState.Component component : state.map(StackState::components).orElse(List.of())) {
            if (announced.add(component.name())) {
                out.printf("  %-23s started (pid %d, port %d)%n", component.name(), component.process().pid(),
                        component.port());
            }
        }
    }

    private void checkReadiness(Optional<StackState> state, Map<StackConfig.Instance, Readiness.Result> answers,
                                Instant start) {
        for (StackConfig.Instance instance : config.allInstances()) {
            boolean started = state.flatMap(s -> s.component(instance.name())).isPresent();
            boolean ready = answers.containsKey(instance) && answers.get(instance).ready();
            if (started && !ready) {
                Readiness.Result answer = readiness.check(instance.port());
                answers.put(instance, answer);
                if (answer.ready()) {
                    out.printf("  %-23s ready (%.1f s)%n", instance.name(), seconds(start));
                }
            }
        }
    }

    /** Names the first component that is not there yet: a service not ready, or the step still under way. */
    private Failure timedOut(Optional<StackState> state, Map<StackConfig.Instance, Readiness.Result> answers) {
        String limit = " (" + StackConfig.READY_TIMEOUT_VARIABLE + " changes the limit)";
        long seconds = config.readyTimeout().toSeconds();
        for (StackConfig.Instance instance : config.allInstances()) {
            Readiness.Result answer = answers.get(instance);
            if (answer != null && !answer.ready()) {
                return new Failure(instance.name() + " not ready after " + seconds + " s: " + answer.reason() + limit,
                        config.logFile(instance));
            }
        }
        String step = state.map(StackState::message).orElse("waiting for the supervisor");
        return new Failure("timed out after " + seconds + " s, " + step + limit, config.stackLog());
    }

    private void report(Failure failure) {
        err.println("wsis: the stack did not start: " + failure.reason());
        err.println("Read " + failure.log() + "; its last lines:");
        LogsCommand.lastLines(failure.log(), 20).forEach(line -> err.println("  | " + line));
    }

    private void stopAfterFailure(StackHandle stack, ProcessHandle supervisor) throws InterruptedException {
        err.println("Stopping what was started...");
        ProcessRef ref = ProcessRef.of(supervisor);
        if (!stack.stop(ref, DownCommand.STOP_TIMEOUT)) {
            ref.terminate(Duration.ZERO);
        }
        stack.stopLeftovers();
        err.println("Stopped.");
    }

    private static String topology(StackConfig config) {
        return config.brokers() + (config.brokers() == 1 ? " Kafka broker, " : " Kafka brokers, ")
                + config.instances() + (config.instances() == 1 ? " instance" : " instances") + " of each service";
    }

    private static double seconds(Instant start) {
        return Duration.between(start, Instant.now()).toMillis() / 1000.0;
    }
}
