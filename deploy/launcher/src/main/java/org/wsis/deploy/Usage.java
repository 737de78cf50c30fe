package org.wsis.deploy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The help text, one section per command, so that {@code deploy/wsis <command> --help} prints just its own. */
final class Usage {

    /** A command's synopsis (its first word is the command) and what it does. */
    private record Section(String synopsis, String description) {

        String command() {
            return synopsis.split(" ", 2)[0];
        }
    }

    private static final String PROGRAM = "deploy/wsis ";
    private static final int DESCRIPTION_COLUMN = 20;

    private static final Map<String, Section> SECTIONS = sections(
            new Section("up [--demo]", """
                    start PostgreSQL, Kafka and the three services in the background and wait
                    until they are ready; prints URLs and development tokens.
                    --demo also loads sample data through the REST API."""),
            new Section("down", "stop everything (data is kept for the next up)"),
            new Section("status", "each component: running or not, pid, port, readiness (exit 3 unless all ready)"),
            new Section("logs [-f] <name>", """
                    print a log: registration, sessions, prizes (or registration-service, ...),
                    kafka, stack; -f keeps following it"""),
            new Section("token --sub SUB --groups G1,G2 [--name NAME] [--email EMAIL]", """
                    print a signed JWT the running services accept
                    (groups: participant, organiser, reviewer)"""),
            new Section("""
                    bench [--rate VOTES_PER_S] [--seconds S] [--registrations-rate R] [--concurrency C]
                          [--connections N] [--overload-factor F] [--scenarios LIST]""", """
                    drive the running stack at a constant arrival rate in a fresh edition and
                    print per scenario a table, then each target with its figure and verdict
                    (also in $WSIS_HOME/bench/summary.json). Start the stack with
                    WSIS_RATE_LIMIT_ENABLED=false, or the rate limits answer 429.
                    --rate                votes offered per second (2000)
                    --seconds             length of each load phase (30)
                    --registrations-rate  registrations offered per second (500)
                    --concurrency         agenda clients and ceiling connections (32)
                    --connections         the load generator's keep-alive connections (64)
                    --overload-factor     overload offers this many times --rate (5)
                    --scenarios           comma-separated, of: registrations, votes, agenda,
                                          ceiling, overload (all)"""),
            new Section("help [command]", "this text, or one command's (as does <command> --help)"));

    private static final String ENVIRONMENT = """
            Environment: WSIS_HOME (state, default <repo>/deploy/.wsis), WSIS_POSTGRES_PORT (55432),
              WSIS_KAFKA_PORT (59092), WSIS_KAFKA_CONTROLLER_PORT (59093), WSIS_REGISTRATION_PORT (8081),
              WSIS_SESSIONS_PORT (8082), WSIS_PRIZES_PORT (8083), WSIS_READY_TIMEOUT_SECONDS (90).
            """;

    private Usage() {
    }

    static boolean isCommand(String name) {
        return SECTIONS.containsKey(name);
    }

    /** Every command, then the environment variables. */
    static String all() {
        StringBuilder text = new StringBuilder("Usage: ").append(PROGRAM).append("<command>\n\n");
        for (Section section : SECTIONS.values()) {
            String synopsis = indent(section.synopsis(), "  ");
            boolean besideSynopsis = !synopsis.contains("\n") && synopsis.length() < DESCRIPTION_COLUMN;
            if (besideSynopsis) {
                text.append(String.format("%-" + DESCRIPTION_COLUMN + "s", synopsis));
                text.append(indent(section.description(), " ".repeat(DESCRIPTION_COLUMN)).strip()).append('\n');
            } else {
                text.append(synopsis).append('\n');
                text.append(indent(section.description(), " ".repeat(DESCRIPTION_COLUMN))).append('\n');
            }
        }
        return text.append('\n').append(ENVIRONMENT).toString();
    }

    /** One command's synopsis and description; {@code command} must be one of {@link #isCommand}. */
    static String of(String command) {
        Section section = SECTIONS.get(command);
        String continuation = " ".repeat("Usage: ".length() + PROGRAM.length());
        String synopsis = indent(section.synopsis(), continuation).substring(continuation.length());
        return "Usage: " + PROGRAM + synopsis + "\n\n" + indent(section.description(), "  ") + "\n";
    }

    private static String indent(String text, String prefix) {
        return text.lines().map(line -> prefix + line).collect(Collectors.joining("\n"));
    }

    private static Map<String, Section> sections(Section... sections) {
        Map<String, Section> byCommand = new LinkedHashMap<>();
        for (Section section : sections) {
            byCommand.put(section.command(), section);
        }
        return byCommand;
    }
}
