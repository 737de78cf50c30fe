package org.wsis.deploy;

import java.util.List;
import java.util.Optional;

/**
 * What the supervisor publishes in {@code stack.json} for the CLI: its phase, a message (the
 * failure, when it failed) and every component it started.
 */
public record StackState(Phase phase, String message, ProcessRef supervisor, List<Component> components) {

    public enum Phase { STARTING, RUNNING, FAILED, STOPPING, STOPPED }

    /** One started component; {@code exitCode} is set when it exited on its own. */
    public record Component(String name, ProcessRef process, int port, String log, Integer exitCode) {

        Component exited(int code) {
            return new Component(name, process, port, log, code);
        }
    }

    public Optional<Component> component(String name) {
        return components.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
