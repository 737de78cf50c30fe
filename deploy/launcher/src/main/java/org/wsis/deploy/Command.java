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

    record Help() implements Command {
    }
}
