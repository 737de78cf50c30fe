package org.wsis.deploy;

import picocli.CommandLine;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The help text, rendered from the commands {@link Arguments} declares: every command's synopsis and
 * description, or one command's full usage (synopsis, description, options), so that
 * {@code deploy/wsis <command> --help} prints just its own.
 */
final class Usage {

    private static final String DESCRIPTION_INDENT = " ".repeat(4);

    static final String ENVIRONMENT = """
            Environment: WSIS_HOME (state, default <repo>/deploy/.wsis), WSIS_POSTGRES_PORT (55432),
              WSIS_KAFKA_PORT (59092), WSIS_KAFKA_CONTROLLER_PORT (59093), WSIS_REGISTRATION_PORT (8081),
              WSIS_SESSIONS_PORT (8082), WSIS_PRIZES_PORT (8083), WSIS_READY_TIMEOUT_SECONDS (90);
              a cluster's node n and a service's instance n: <VARIABLE>_<n> (e.g. WSIS_PRIZES_PORT_2),
              by default the first's port + 2(n-1) for Kafka, + 10(n-1) for a service.
            """;

    private Usage() {
    }

    /** Every command (synopsis, then what it does), then the environment variables. */
    static String all() {
        StringBuilder text = new StringBuilder("Usage: ").append(Arguments.PROGRAM).append(" <command>\n\n");
        for (Map.Entry<String, CommandLine> command : commands().entrySet()) {
            CommandLine.Help help = command.getValue().getHelp();
            String synopsis = help.synopsis(0).stripTrailing();
            synopsis = synopsis.substring(synopsis.indexOf(command.getKey()));
            text.append(indent(synopsis, "  ")).append('\n');
            text.append(indent(String.join("\n", command.getValue().getCommandSpec().usageMessage().description()),
                    DESCRIPTION_INDENT)).append('\n');
        }
        return text.append('\n')
                .append(Arguments.PROGRAM).append(" <command> --help: that command's options and their defaults\n")
                .append('\n').append(ENVIRONMENT).toString();
    }

    /** One command's synopsis, description and options; {@code command} must be one {@link Arguments} knows. */
    static String of(String command) {
        CommandLine commandLine = commands().get(command);
        if (commandLine == null) {
            throw new IllegalArgumentException("no command " + command);
        }
        return commandLine.getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    /** The commands as help shows them: {@code --key value} (the parser takes {@code --key=value} too). */
    private static Map<String, CommandLine> commands() {
        Map<String, CommandLine> commands = Arguments.commandLine().getSubcommands();
        commands.values().forEach(command -> command.setSeparator(" "));
        return commands;
    }

    private static String indent(String text, String prefix) {
        return text.lines().map(line -> line.isBlank() ? "" : prefix + line).collect(Collectors.joining("\n"));
    }
}
