package org.wsis.deploy;

import java.util.List;

/** A parsed command line; {@link Arguments} builds it, {@link Wsis} runs it. */
public sealed interface Command {

    /** {@code up}: sample data or not, Kafka nodes (1 or 3), instances of each service. */
    record Up(boolean demo, int brokers, int instances) implements Command {

        public Up(boolean demo) {
            this(demo, 1, 1);
        }
    }

    record Down() implements Command {
    }

    record Status() implements Command {
    }

    record Logs(String target, boolean follow) implements Command {
    }

    record Token(String subject, List<String> groups, String name, String email) implements Command {
    }

    /**
     * {@code bench}: votes per second, seconds per load phase, registrations per second, clients of the
     * agenda reads and connections of the ceiling, the load generator's connections, the overload
     * factor, and the scenarios to run.
     */
    record Bench(int votesPerSecond, int seconds, int registrationsPerSecond, int concurrency, int connections,
                 int overloadFactor, List<String> scenarios) implements Command {
    }

    /** {@code help [command]}, or {@code <command> --help}: {@code command} is null for every command. */
    record Help(String command) implements Command {
    }
}
