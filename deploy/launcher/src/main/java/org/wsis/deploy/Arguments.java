package org.wsis.deploy;

import org.wsis.deploy.bench.BenchOptions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns {@code deploy/wsis} arguments into a {@link Command}; anything else is a {@link UsageException}. */
public final class Arguments {

    public static final String USAGE = """
            Usage: deploy/wsis <command>

              up [--demo]       start PostgreSQL, Kafka and the three services in the background and wait
                                until they are ready; prints URLs and development tokens.
                                --demo also loads sample data through the REST API.
              down              stop everything (data is kept for the next up)
              status            each component: running or not, pid, port, readiness (exit 3 unless all ready)
              logs [-f] <name>  print a log: registration, sessions, prizes (or registration-service, ...),
                                kafka, stack; -f keeps following it
              token --sub SUB --groups G1,G2 [--name NAME] [--email EMAIL]
                                print a signed JWT the running services accept
                                (groups: participant, organiser, reviewer)
              bench [--rate VOTES_PER_S] [--seconds S] [--registrations-rate R] [--concurrency C]
                    [--connections N] [--overload-factor F] [--scenarios LIST]
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
                                                      ceiling, overload (all)
              help              this text

            Environment: WSIS_HOME (state, default <repo>/deploy/.wsis), WSIS_POSTGRES_PORT (55432),
              WSIS_KAFKA_PORT (59092), WSIS_KAFKA_CONTROLLER_PORT (59093), WSIS_REGISTRATION_PORT (8081),
              WSIS_SESSIONS_PORT (8082), WSIS_PRIZES_PORT (8083), WSIS_READY_TIMEOUT_SECONDS (90).
            """;

    /** Bad arguments: the message says what is wrong; the caller adds the usage text. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    private Arguments() {
    }

    public static Command parse(String... args) throws UsageException {
        if (args.length == 0) {
            throw new UsageException("no command given");
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "up" -> up(rest);
            case "down" -> noArguments(rest, new Command.Down());
            case "status" -> noArguments(rest, new Command.Status());
            case "logs" -> logs(rest);
            case "token" -> token(rest);
            case "bench" -> bench(rest);
            case "help", "-h", "--help" -> new Command.Help();
            default -> throw new UsageException("unknown command '" + args[0] + "'");
        };
    }

    private static Command up(List<String> rest) throws UsageException {
        boolean demo = false;
        for (String arg : rest) {
            if (!arg.equals("--demo")) {
                throw new UsageException("up: unknown option '" + arg + "'");
            }
            demo = true;
        }
        return new Command.Up(demo);
    }

    private static Command noArguments(List<String> rest, Command command) throws UsageException {
        if (!rest.isEmpty()) {
            throw new UsageException("unexpected argument '" + rest.get(0) + "'");
        }
        return command;
    }

    private static Command logs(List<String> rest) throws UsageException {
        boolean follow = false;
        List<String> names = new ArrayList<>();
        for (String arg : rest) {
            if (arg.equals("-f") || arg.equals("--follow")) {
                follow = true;
            } else if (arg.startsWith("-")) {
                throw new UsageException("logs: unknown option '" + arg + "'");
            } else {
                names.add(arg);
            }
        }
        if (names.size() != 1) {
            throw new UsageException("logs: name one log (registration, sessions, prizes, kafka, stack)");
        }
        return new Command.Logs(names.get(0), follow);
    }

    private static Command token(List<String> rest) throws UsageException {
        Map<String, String> options = options(rest, Set.of("--sub", "--groups", "--name", "--email"));
        String subject = options.get("--sub");
        String groups = options.get("--groups");
        if (subject == null || subject.isBlank() || groups == null) {
            throw new UsageException("token: --sub and --groups are required");
        }
        List<String> groupList = Arrays.stream(groups.split(",")).map(String::trim).filter(g -> !g.isEmpty()).toList();
        return new Command.Token(subject, groupList, options.get("--name"), options.get("--email"));
    }

    private static Command bench(List<String> rest) throws UsageException {
        Map<String, String> options = options(rest, Set.of("--rate", "--seconds", "--registrations-rate",
                "--concurrency", "--connections", "--overload-factor", "--scenarios"));
        return new Command.Bench(positive(options, "--rate", 2000), positive(options, "--seconds", 30),
                positive(options, "--registrations-rate", 500), positive(options, "--concurrency", 32),
                positive(options, "--connections", 64), positive(options, "--overload-factor", 5),
                scenarios(options.get("--scenarios")));
    }

    private static List<String> scenarios(String value) throws UsageException {
        if (value == null) {
            return BenchOptions.SCENARIOS;
        }
        List<String> scenarios = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .distinct().toList();
        for (String scenario : scenarios) {
            if (!BenchOptions.SCENARIOS.contains(scenario)) {
                throw new UsageException("--scenarios: unknown scenario '" + scenario + "' (known: "
                        + String.join(", ", BenchOptions.SCENARIOS) + ")");
            }
        }
        if (scenarios.isEmpty()) {
            throw new UsageException("--scenarios needs at least one scenario");
        }
        return scenarios;
    }

    private static int positive(Map<String, String> options, String key, int fallback) throws UsageException {
        String value = options.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(key + " must be a positive number, not '" + value + "'");
    }

    /** {@code --key value} and {@code --key=value}; each key once. */
    private static Map<String, String> options(List<String> args, Set<String> known) throws UsageException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String key = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!known.contains(key)) {
                throw new UsageException("unknown option '" + arg + "'");
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException(key + " needs a value");
            }
            if (options.put(key, value) != null) {
                throw new UsageException(key + " given twice");
            }
        }
        return options;
    }
}
