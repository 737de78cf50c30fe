package org.wsis.deploy;

import org.wsis.deploy.bench.BenchOptions;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Turns {@code deploy/wsis} arguments into a {@link Command}; anything else is a {@link UsageException}.
 * Each command's options, defaults and help text are declared once, as picocli annotations below;
 * {@link Usage} renders them.
 */
public final class Arguments {

    /** The groups the services know (common's {@code Roles}): a token with another is refused. */
    static final List<String> GROUPS = List.of("participant", "organiser", "reviewer");

    /** The program's name in usage lines. */
    static final String PROGRAM = "deploy/wsis";

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

    /** A parsed sub-command: checks what picocli cannot (allowed values, counts) and builds the {@link Command}. */
    interface Parsed {
        Command command();
    }

    private static final Set<String> HELP_OPTIONS = Set.of("--help", "-h");

    private Arguments() {
    }

    public static Command parse(String... args) throws UsageException {
        if (args.length == 0) {
            throw new UsageException("no command given");
        }
        String name = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (HELP_OPTIONS.contains(name)) {
            name = "help";
        } else if (!commandLine().getSubcommands().containsKey(name)) {
            throw new UsageException("unknown command '" + name + "'");
        } else if (rest.stream().anyMatch(HELP_OPTIONS::contains)) {
            // a command's help, whatever else is given (even arguments it would refuse)
            return new Command.Help(name);
        }
        String[] line = args.clone();
        line[0] = name;
        try {
            CommandLine.ParseResult parsed = commandLine().parseArgs(line).subcommand();
            return ((Parsed) parsed.commandSpec().userObject()).command();
        } catch (ParameterException e) {
            // picocli or the checks say what is wrong; the command is named here, once
            throw new UsageException(name.equals("help") ? null : name, name + ": " + oneLine(e.getMessage()));
        }
    }

    /** The whole command line: every command, each with its own options and help. */
    static CommandLine commandLine() {
        CommandLine root = new CommandLine(new Root());
        root.setUsageHelpWidth(100);
        for (Object command : List.of(new Up(), new Down(), new Status(), new Logs(), new Token(), new Bench(),
                new Help())) {
            CommandLine sub = new CommandLine(command);
            sub.setUsageHelpWidth(100);
            sub.setUsageHelpLongOptionsMaxWidth(22);
            root.addSubcommand(sub);
        }
        return root;
    }

    private static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static ParameterException refuse(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    @CommandLine.Command(name = PROGRAM, synopsisSubcommandLabel = "<command>")
    static final class Root {
    }

    /** The options of every command: {@code --key value} or {@code --key=value}, each once. */
    @CommandLine.Command(sortOptions = false, sortSynopsis = false, descriptionHeading = "%n",
            optionListHeading = "%nOptions:%n", parameterListHeading = "%nArguments:%n")
    abstract static class Base implements Parsed {

        @Spec
        CommandSpec spec;
    }

    @CommandLine.Command(name = "up", description = {
            "start PostgreSQL, Kafka and the three services in the background and wait",
            "until they are ready; prints URLs and development tokens.",
            "--demo also loads sample data through the REST API.",
            "--brokers 3 --instances 2: a replicated Kafka cluster and two instances of",
            "each service (the default is the small stack: one broker, one instance)."})
    static final class Up extends Base {

        @Option(names = "--demo", description = "load sample data through the REST API once the stack is ready")
        boolean demo;

        @Option(names = "--brokers", paramLabel = "N", defaultValue = "1",
                description = "Kafka nodes: 1, or 3 (replication factor 3, min.insync.replicas 2)")
        int brokers;

        @Option(names = "--instances", paramLabel = "N", defaultValue = "1",
                description = "instances of each service, each on its own port (1-" + StackConfig.MAX_INSTANCES + ")")
        int instances;

        @Override
        public Command command() {
            if (!StackConfig.BROKER_COUNTS.contains(brokers)) {
                throw refuse(spec, "--brokers must be 1 or 3 (a quorum that survives one failure), not " + brokers);
            }
            if (instances < 1 || instances > StackConfig.MAX_INSTANCES) {
                throw refuse(spec, "--instances must be 1 to " + StackConfig.MAX_INSTANCES + ", not " + instances);
            }
            return new Command.Up(demo, brokers, instances);
        }
    }

    @CommandLine.Command(name = "down", description = "stop everything (data is kept for the next up)")
    static final class Down extends Base {

        @Override
        public Command command() {
            return new Command.Down();
        }
    }

    @CommandLine.Command(name = "status",
            description = "each component: running or not, pid, port, readiness (exit 3 unless all ready)")
    static final class Status extends Base {

        @Override
        public Command command() {
            return new Command.Status();
        }
    }

    @CommandLine.Command(name = "logs", description = {
            "print a log: registration, sessions, prizes (or registration-service, ...),",
            "kafka, keycloak, stack; -f keeps following it"})
    static final class Logs extends Base {

        @Option(names = {"-f", "--follow"}, description = "keep following the log")
        boolean follow;

        @Parameters(paramLabel = "<name>", arity = "0..*", hideParamSyntax = true,
                description = "registration, sessions, prizes, kafka, keycloak or stack")
        List<String> names = List.of();

        @Override
        public Command command() {
            if (names.size() != 1) {
                throw refuse(spec, "name one log (registration, sessions, prizes, kafka, stack)");
            }
            return new Command.Logs(names.get(0), follow);
        }
    }

    @CommandLine.Command(name = "token", description = {
            "print a signed JWT the running services accept",
            "(groups: participant, organiser, reviewer)"})
    static final class Token extends Base {

        @Option(names = "--sub", paramLabel = "SUB", required = true, description = "the subject (sub and upn)")
        String subject;

        @Option(names = "--groups", paramLabel = "G1,G2", required = true,
                description = "comma-separated, of: participant, organiser, reviewer")
        String groups;

        @Option(names = "--name", paramLabel = "NAME", description = "the name claim")
        String name;

        @Option(names = "--email", paramLabel = "EMAIL", description = "the email claim")
        String email;

        @Override
        public Command command() {
            if (subject.isBlank()) {
                throw refuse(spec, "--sub must not be blank");
            }
            List<String> groupList = Arrays.stream(groups.split(",")).map(String::trim).filter(g -> !g.isEmpty())
                    .toList();
            for (String group : groupList) {
                if (!GROUPS.contains(group)) {
                    // the services would accept the token and then refuse every call: say so now
                    throw refuse(spec, "unknown group '" + group + "' (allowed: " + String.join(", ", GROUPS) + ")");
                }
            }
            return new Command.Token(subject, groupList, name, email);
        }
    }

    @CommandLine.Command(name = "bench", abbreviateSynopsis = true, description = {
            "drive the running stack at a constant arrival rate in a fresh edition and",
            "print per scenario a table, then each target with its figure and verdict",
            "(also in $WSIS_HOME/bench/summary.json). Start the stack with",
            "WSIS_RATE_LIMIT_ENABLED=false, or the rate limits answer 429."})
    static final class Bench extends Base {

        @Option(names = "--rate", paramLabel = "VOTES_PER_S", defaultValue = "2000",
                description = "votes offered per second (${DEFAULT-VALUE})")
        int votesPerSecond;

        @Option(names = "--seconds", paramLabel = "S", defaultValue = "30",
                description = "length of each load phase (${DEFAULT-VALUE})")
        int seconds;

        @Option(names = "--registrations-rate", paramLabel = "R", defaultValue = "500",
                description = "registrations offered per second (${DEFAULT-VALUE})")
        int registrationsPerSecond;

        @Option(names = "--concurrency", paramLabel = "C", defaultValue = "32",
                description = "agenda clients and ceiling connections (${DEFAULT-VALUE})")
        int concurrency;

        @Option(names = "--connections", paramLabel = "N", defaultValue = "64",
                description = "the load generator's keep-alive connections (${DEFAULT-VALUE})")
        int connections;

        @Option(names = "--overload-factor", paramLabel = "F", defaultValue = "5",
                description = "overload offers this many times --rate (${DEFAULT-VALUE})")
        int overloadFactor;

        @Option(names = "--scenarios", paramLabel = "LIST",
                description = "comma-separated, of: registrations, votes, agenda, ceiling, overload (all)")
        String scenarios;

        @Override
        public Command command() {
            return new Command.Bench(positive("--rate", votesPerSecond), positive("--seconds", seconds),
                    positive("--registrations-rate", registrationsPerSecond), positive("--concurrency", concurrency),
                    positive("--connections", connections), positive("--overload-factor", overloadFactor),
                    scenarios());
        }

        private int positive(String option, int value) {
            if (value <= 0) {
                throw refuse(spec, option + " must be a positive number, not '" + value + "'");
            }
            return value;
        }

        private List<String> scenarios() {
            if (scenarios == null) {
                return BenchOptions.SCENARIOS;
            }
            List<String> list = Arrays.stream(scenarios.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .distinct().toList();
            for (String scenario : list) {
                if (!BenchOptions.SCENARIOS.contains(scenario)) {
                    throw refuse(spec, "--scenarios: unknown scenario '" + scenario + "' (known: "
                            + String.join(", ", BenchOptions.SCENARIOS) + ")");
                }
            }
            if (list.isEmpty()) {
                throw refuse(spec, "--scenarios needs at least one scenario");
            }
            return list;
        }
    }

    @CommandLine.Command(name = "help", description = "this text, or one command's (as does <command> --help)")
    static final class Help extends Base {

        @Parameters(paramLabel = "command", arity = "0..1", description = "the command whose usage to print")
        String command;

        @Override
        public Command command() {
            if (command != null && !commandLine().getSubcommands().containsKey(command)) {
                throw refuse(spec, "unknown command '" + command + "'");
            }
            return new Command.Help(command);
        }
    }
}
