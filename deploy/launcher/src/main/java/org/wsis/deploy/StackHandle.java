package org.wsis.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The CLI's view of a stack started earlier: what the state file says, and how to stop it. */
final class StackHandle {

    private final StackConfig config;
    private final StateFile stateFile;

    StackHandle(StackConfig config) {
        this.config = config;
        this.stateFile = new StateFile(config.stateFile());
    }

    Optional<StackState> state() {
        return stateFile.read();
    }

    /** The supervisor, if one is running for this home. */
    Optional<ProcessRef> supervisor() {
        return state().map(StackState::supervisor).filter(ProcessRef::alive);
    }

    /** SIGTERM to the supervisor, which stops everything it started; true once it has exited. */
    boolean stop(ProcessRef supervisor, Duration timeout) throws InterruptedException {
        Optional<ProcessHandle> handle = supervisor.live();
        if (handle.isEmpty()) {
            return true;
        }
        handle.get().destroy();
        return ProcessRef.awaitExit(handle.get(), timeout);
    }

    /**
     * Stops components that outlived their supervisor (killed with SIGKILL, machine trouble):
     * otherwise they would hold the ports and the data directories. Returns what it stopped.
     */
    List<String> stopLeftovers() throws InterruptedException {
        List<String> stopped = new ArrayList<>();
        Optional<StackState> state = state();
        if (state.isPresent() && state.get().supervisor().alive()) {
            return stopped;
        }
        List<StackState.Component> components = state.map(StackState::components).orElse(List.of());
        // services first, the database last, as the supervisor would
        for (int i = components.size() - 1; i >= 0; i--) {
            StackState.Component component = components.get(i);
            if (component.process().alive()) {
                component.process().terminate(ServiceProcess.STOP_GRACE);
                stopped.add(component.name() + " (pid " + component.process().pid() + ")");
            }
        }
        Optional<ProcessRef> postmaster = postmaster();
        if (postmaster.isPresent()) {
            postmaster.get().terminate(Duration.ofSeconds(30));
            stopped.add("postgres (pid " + postmaster.get().pid() + ")");
        }
        return stopped;
    }

    /** A PostgreSQL still running on this home's data directory, whatever the state file says. */
    private Optional<ProcessRef> postmaster() {
        Path pidFile = config.postgresData().resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid)
                    .filter(h -> h.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                    .map(ProcessRef::of)
                    .filter(ProcessRef::alive);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
