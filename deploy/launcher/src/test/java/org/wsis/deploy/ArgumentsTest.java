package org.wsis.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wsis.deploy.bench.BenchOptions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArgumentsTest {

    private static final List<String> COMMANDS = List.of("up", "down", "status", "logs", "token", "bench", "help");

    @Test
    void knowsExactlyTheDocumentedCommands() {
        assertThat(Arguments.commandLine().getSubcommands().keySet()).containsExactlyElementsOf(COMMANDS);
    }

    @Test
    void parsesEveryCommand() throws Exception {
        assertThat(Arguments.parse("up")).isEqualTo(new Command.Up(false));
        assertThat(Arguments.parse("up", "--demo")).isEqualTo(new Command.Up(true));
        assertThat(Arguments.parse("up", "--brokers", "3", "--instances=2")).isEqualTo(new Command.Up(false, 3, 2));
        assertThatThrownBy(() -> Arguments.parse("up", "--brokers", "2"))
                .hasMessageContaining("--brokers must be 1 or 3");
        assertThatThrownBy(() -> Arguments.parse("up", "--instances", "0"))
                .hasMessageContaining("--instances must be 1 to 4");
        assertThat(Arguments.parse("down")).isEqualTo(new Command.Down());
        assertThat(Arguments.parse("status")).isEqualTo(new Command.Status());
        assertThat(Arguments.parse("logs", "-f", "registration")).isEqualTo(new Command.Logs("registration", true));
        assertThat(Arguments.parse("logs", "kafka", "--follow")).isEqualTo(new Command.Logs("kafka", true));
        assertThat(Arguments.parse("logs", "kafka")).isEqualTo(new Command.Logs("kafka", false));
        assertThat(Arguments.parse("--help")).isEqualTo(new Command.Help(null));
        assertThat(Arguments.parse("-h")).isEqualTo(new Command.Help(null));
        assertThat(Arguments.parse("help")).isEqualTo(new Command.Help(null));
        assertThat(Arguments.parse("--help", "bench")).isEqualTo(new Command.Help("bench"));
    }

    @Test
    void everyCommandHasItsOwnHelpWhateverElseIsGiven() throws Exception {
        for (String command : COMMANDS) {
            assertThat(Arguments.parse(command, "--help")).isEqualTo(new Command.Help(command));
            assertThat(Arguments.parse(command, "-h")).isEqualTo(new Command.Help(command));
            assertThat(Arguments.parse("help", command)).isEqualTo(new Command.Help(command));
        }
        assertThat(Arguments.parse("token", "--sub", "alice", "--help")).isEqualTo(new Command.Help("token"));
        assertThat(Arguments.parse("logs", "nowhere", "-h")).isEqualTo(new Command.Help("logs"));
        assertThat(Arguments.parse("bench", "--rate", "0", "--help")).as("even after a refused value")
                .isEqualTo(new Command.Help("bench"));
        assertThatThrownBy(() -> Arguments.parse("help", "launch")).hasMessage("help: unknown command 'launch'")
                .extracting(e -> ((Arguments.UsageException) e).hint()).isEqualTo("see deploy/wsis help");
        assertThatThrownBy(() -> Arguments.parse("help", "up", "down")).hasMessageContaining("'down'");
    }

    @Test
    void tokensCarryOnlyTheGroupsTheServicesKnow() {
        assertThatThrownBy(() -> Arguments.parse("token", "--sub", "x", "--groups", "participant,admin"))
                .isInstanceOf(Arguments.UsageException.class)
                .hasMessage("token: unknown group 'admin' (allowed: participant, organiser, reviewer)");
        assertThatThrownBy(() -> Arguments.parse("token", "--sub", "x", "--groups", "Participant"))
                .as("case matters").hasMessageContaining("unknown group 'Participant'");
        assertThat(Arguments.GROUPS).containsExactly("participant", "organiser", "reviewer");
    }

    @Test
    void errorsNameTheCommandAndPointToItsHelp() {
        assertThatThrownBy(() -> Arguments.parse("up", "--dmeo"))
                .hasMessage("up: Unknown option: '--dmeo'")
                .extracting(e -> ((Arguments.UsageException) e).hint()).isEqualTo("see deploy/wsis help up");
        assertThatThrownBy(() -> Arguments.parse("launch")).hasMessage("unknown command 'launch'")
                .extracting(e -> ((Arguments.UsageException) e).hint()).isEqualTo("see deploy/wsis help");
        assertThatThrownBy(Arguments::parse).hasMessage("no command given");
    }

    @Test
    void errorsAreOneLine() {
        for (String[] args : List.of(new String[] {"up", "--dmeo"}, new String[] {"down", "now"},
                new String[] {"token"}, new String[] {"token", "--sub", "x", "--groups"},
                new String[] {"bench", "--rate", "fast"}, new String[] {"bench", "--rate", "1", "--rate", "2"},
                new String[] {"logs", "a", "b"}, new String[] {"help", "a", "b"})) {
            assertThatThrownBy(() -> Arguments.parse(args)).as(String.join(" ", args))
                    .isInstanceOf(Arguments.UsageException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").startsWith(args[0] + ": "));
        }
    }

    @Test
    void parsesTokenOptionsInBothSpellings() throws Exception {
        assertThat(Arguments.parse("token", "--sub", "alice", "--groups", "organiser, reviewer", "--name=Alice A",
                "--email", "alice@example.org"))
                .isEqualTo(new Command.Token("alice", List.of("organiser", "reviewer"), "Alice A", "alice@example.org"));
        assertThat(Arguments.parse("token", "--groups=participant", "--sub=bob"))
                .isEqualTo(new Command.Token("bob", List.of("participant"), null, null));
        assertThat(Arguments.parse("token", "--sub", "carol", "--groups", "")).as("no group at all")
                .isEqualTo(new Command.Token("carol", List.of(), null, null));
    }

    @Test
    void tokenNeedsASubjectAndGroups() {
        assertThatThrownBy(() -> Arguments.parse("token", "--sub", "x")).hasMessageContaining("--groups");
        assertThatThrownBy(() -> Arguments.parse("token", "--groups", "participant")).hasMessageContaining("--sub");
        assertThatThrownBy(() -> Arguments.parse("token", "--sub", " ", "--groups", "participant"))
                .hasMessage("token: --sub must not be blank");
        assertThatThrownBy(() -> Arguments.parse("token", "--sub", "x", "--groups"))
                .hasMessageContaining("Missing required parameter for option '--groups'");
        assertThatThrownBy(() -> Arguments.parse("token", "--sub", "x", "--sub", "y", "--groups", "participant"))
                .hasMessageContaining("only once");
    }

    @Test
    void parsesBenchOptionsWithDefaults() throws Exception {
        List<String> all = List.of("registrations", "votes", "agenda", "ceiling", "overload");
        assertThat(BenchOptions.SCENARIOS).isEqualTo(all);
        assertThat(Arguments.parse("bench")).isEqualTo(new Command.Bench(2000, 30, 500, 32, 64, 5, all));
        assertThat(Arguments.parse("bench", "--rate", "500", "--seconds=5", "--registrations-rate", "50",
                "--concurrency", "8")).isEqualTo(new Command.Bench(500, 5, 50, 8, 64, 5, all));
        assertThat(Arguments.parse("bench", "--connections", "16", "--overload-factor=3", "--scenarios",
                "votes, overload")).isEqualTo(new Command.Bench(2000, 30, 500, 32, 16, 3, List.of("votes", "overload")));
        assertThat(Arguments.parse("bench", "--scenarios", "votes,votes,agenda"))
                .extracting(b -> ((Command.Bench) b).scenarios()).isEqualTo(List.of("votes", "agenda"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "--rate | 0 | --rate must be a positive number, not '0'",
            "--seconds | -5 | --seconds must be a positive number, not '-5'",
            "--registrations-rate | 0 | --registrations-rate must be a positive number",
            "--concurrency | 0 | --concurrency must be a positive number",
            "--connections | -1 | --connections must be a positive number, not '-1'",
            "--overload-factor | 0 | --overload-factor must be a positive number",
            "--rate | fast | 'fast' is not an int",
            "--scenarios | votes,soak | unknown scenario 'soak' (known: registrations, votes, agenda, ceiling, overload)",
            "--scenarios | \" , \" | --scenarios needs at least one scenario"})
    void refusesBadBenchValues(String option, String value, String message) {
        assertThatThrownBy(() -> Arguments.parse("bench", option, value))
                .isInstanceOf(Arguments.UsageException.class).hasMessageStartingWith("bench: ")
                .hasMessageContaining(message);
    }

    @Test
    void rejectsWhatItDoesNotKnow() {
        assertThatThrownBy(() -> Arguments.parse()).isInstanceOf(Arguments.UsageException.class);
        assertThatThrownBy(() -> Arguments.parse("start")).hasMessageContaining("unknown command 'start'");
        assertThatThrownBy(() -> Arguments.parse("up", "--dmeo")).hasMessageContaining("--dmeo");
        assertThatThrownBy(() -> Arguments.parse("up", "now")).hasMessageContaining("'now'");
        assertThatThrownBy(() -> Arguments.parse("down", "now")).hasMessageContaining("'now'");
        assertThatThrownBy(() -> Arguments.parse("status", "--all")).hasMessageContaining("--all");
        assertThatThrownBy(() -> Arguments.parse("logs")).hasMessage("logs: name one log (registration, sessions,"
                + " prizes, kafka, stack)");
        assertThatThrownBy(() -> Arguments.parse("logs", "kafka", "stack")).hasMessageContaining("name one log");
        assertThatThrownBy(() -> Arguments.parse("logs", "--tail", "kafka")).hasMessageContaining("--tail");
        assertThatThrownBy(() -> Arguments.parse("token", "--sub", "x", "--groups", "a", "--role", "b"))
                .hasMessageContaining("--role");
        assertThatThrownBy(() -> Arguments.parse("bench", "--votes", "9")).hasMessageContaining("--votes");
    }
}
