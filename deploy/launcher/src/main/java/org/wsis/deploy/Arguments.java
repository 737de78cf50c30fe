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

    /** The groups the services know (common's {@code Roles}): a token with another is refused. */
    static final List<String> GROUPS = List.of("participant", "organiser", "reviewer");

    /** Bad arguments: the message says what is wrong, in one line; {@code command} is the one given, if known. */
    public static final class UsageException extends Exception {

        private final String command;

        UsageException(String command, String message) {
            super(message);
            this.command = command;
        }

        UsageException(String message) {
            this(null, message);
        }

        /** Where to read more: the command's own help when the command is known. */
        public String hint() {
            return "see deploy/wsis help" + (command != null ? " " + command : "");
        }
    }

    private static final Set<String> HELP_OPTIONS = Set.of("--help", "-h");

    private Arguments() {
    }

    public static Command parse(String... args) throws UsageException {
        if (args.length == 0) {
            throw new UsageException("no command given");
        }
        String command = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (HELP_OPTIONS.contains(command)) {
            return help(rest);
        }
        if (!Usage.isCommand(command)) {
            throw new UsageException("unknown command '" + command + "'");
        }
        if (rest.stream().anyMatch(HELP_OPTIONS::contains)) {
            return new Command.Help(command);
        }
        if (command.equals("help")) {
            return help(rest);
        }
        try {
            return switch (command) {
                case "up" -> up(rest);
                case "down" -> noArguments(rest, new Command.Down());
                case "status" -> noArguments(rest, new Command.Status());
                case "logs" -> logs(rest);
                case "token" -> token(rest);
                case "bench" -> bench(rest);
                default -> throw new IllegalStateException("no parser for " + command);
            };
        } catch (UsageException e) {
            // the parsers say what is wrong; the command is named here, once
            throw new UsageException(command, command + ": " + e.getMessage());
        }
    }

    private static Command help(List<String> rest) throws UsageException {
        if (rest.isEmpty()) {
            return new Command.Help(null);
        }
        if (rest.size() > 1 || !Usage.isCommand(rest.get(0))) {
            throw new UsageException("help: unknown command '" + String.join(" ", rest) + "'");
        }
        return new Command.Help(rest.get(0));
    }

    private static Command up(List<String> rest) throws UsageException {
        boolean demo = false;
        for (String arg : rest) {
            if (!arg.equals("--demo")) {
                throw new UsageException("unknown option '" + arg + "'");
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
                throw new UsageException("unknown option '" + arg + "'");
            } else {
                names.add(arg);
            }
        }
        if (names.size() != 1) {
            throw new UsageException("name one log (registration, sessions, prizes, kafka, stack)");
        }
        return new Command.Logs(names.get(0), follow);
    }

    private static Command token(List<String> rest) throws UsageException {
        Map<String, String> options = options(rest, Set.of("--sub", "--groups", "--name", "--email"));
        String subject = options.get("--sub");
        String groups = options.get("--groups");
        if (subject == null || subject.isBlank() || groups == null) {
            throw new UsageException("--sub and --groups are required");
        }
        List<String> groupList = Arrays.stream(groups.split(",")).map(String::trim).filter(g -> !g.isEmpty()).toList();
        for (String group : groupList) {
            if (!GROUPS.contains(group)) {
                // the services would accept the token and then refuse every call: say so now
                throw new UsageException("unknown group '" + group + "' (allowed: " + String.join(", ", GROUPS) + ")");
            }
        }
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
