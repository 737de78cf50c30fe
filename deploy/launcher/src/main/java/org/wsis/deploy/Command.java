package org.wsis.deploy;

import java.util.List;

/** A parsed command line; {@link Arguments} builds it, {@link Wsis} runs it. */
public sealed interface Command {

    record Up(boolean demo) implements Command {
    }

    record Down() implements Command {
    }

    record Status() implements Command {
    }

    record Logs(String target, boolean follow) implements Command {
    }

    record Token(String subject, List<String> groups, String name, String email) implements Command {
    }

    /** {@code bench}: votes per second, seconds per load phase, registrations per second, concurrency. */
    record Bench(int votesPerSecond, int seconds, int registrationsPerSecond, int concurrency) implements Command {
    }

    record Help() implements Command {
    }
}
