package org.wsis.deploy;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArgumentsTest {

    @Test
    void parsesEveryCommand() throws Exception {
        assertThat(Arguments.parse("up")).isEqualTo(new Command.Up(false));
        assertThat(Arguments.parse("up", "--demo")).isEqualTo(new Command.Up(true));
        assertThat(Arguments.parse("down")).isEqualTo(new Command.Down());
        assertThat(Arguments.parse("status")).isEqualTo(new Command.Status());
        assertThat(Arguments.parse("logs", "-f", "registration")).isEqualTo(new Command.Logs("registration", true));
        assertThat(Arguments.parse("logs", "kafka")).isEqualTo(new Command.Logs("kafka", false));
        assertThat(Arguments.parse("--help")).isEqualTo(new Command.Help(null));
        assertThat(Arguments.parse("help")).isEqualTo(new Command.Help(null));
    }

    @Test
    void everyCommandHasItsOwnHelpWhateverElseIsGiven() throws Exception {
        for (String command : List.of("up", "down", "status", "logs", "token", "bench", "help")) {
            assertThat(Arguments.parse(command, "--help")).isEqualTo(new Command.Help(command));
            assertThat(Arguments.parse(command, "-h")).isEqualTo(new Command.Help(command));
            assertThat(Arguments.parse("help", command)).isEqualTo(new Command.Help(command));
        }
        assertThat(Arguments.parse("token", "--sub", "alice", "--help")).isEqualTo(new Command.Help("token"));
        assertThat(Arguments.parse("logs", "nowhere", "-h")).isEqualTo(new Command.Help("logs"));
        assertThatThrownBy(() -> Arguments.parse("help", "launch")).hasMessageContaining("unknown command 'launch'");
    }

    @Test
    void tokensCarryOnlyTheGroupsTheServicesKnow() {
        assertThatThrownBy(() -> Arguments.parse("token", "--sub", "x", "--groups", "participant,admin"))
                .isInstanceOf(Arguments.UsageException.class)
                .hasMessage("token: unknown group 'admin' (allowed: participant, organiser, reviewer)");
    }

    @Test
    void errorsNameTheCommandAndPointToItsHelp() {
        assertThatThrownBy(() -> Arguments.parse("up", "--dmeo"))
                .hasMessage("up: Unknown option: '--dmeo'")
                .extracting(e -> ((Arguments.UsageException) e).hint()).isEqualTo("see deploy/wsis help up");
        assertThatThrownBy(() -> Arguments.parse("launch"))
                .extracting(e -> ((Arguments.UsageException) e).hint()).isEqualTo("see deploy/wsis help");
    }

    @Test
    void parsesTokenOptionsInBothSpellings() throws Exception {
        assertThat(Arguments.parse("token", "--sub", "alice", "--groups", "organiser, reviewer", "--name=Alice A",
                "--email", "alice@example.org"))
                .isEqualTo(new Command.Token("alice", List.of("organiser", "reviewer"), "Alice A", "alice@example.org"));
        assertThat(Arguments.parse("token", "--groups=participant", "--sub=bob"))
                .isEqualTo(new Command.Token("bob", List.of("participant"), null, null));
    }

    @Test
    void parsesBenchOptionsWithDefaults() throws Exception {
        List<String> all = List.of("registrations", "votes", "agenda", "ceiling", "overload");
        assertThat(Arguments.parse("bench")).isEqualTo(new Command.Bench(2000, 30, 500, 32, 64, 5, all));
        assertThat(Arguments.parse("bench", "--rate", "500", "--seconds=5", "--registrations-rate", "50",
                "--concurrency", "8")).isEqualTo(new Command.Bench(500, 5, 50, 8, 64, 5, all));
        assertThat(Arguments.parse("bench", "--connections", "16", "--overload-factor=3", "--scenarios",
                "votes, overload")).isEqualTo(new Command.Bench(2000, 30, 500, 32, 16, 3, List.of("votes", "overload")));
        assertThatThrownBy(() -> Arguments.parse("bench", "--rate", "0")).hasMessageContaining("--rate");
        assertThatThrownBy(() -> Arguments.parse("bench", "--connections", "-1")).hasMessageContaining("--connections");
        assertThatThrownBy(() -> Arguments.parse("bench", "--scenarios", "votes,soak")).hasMessageContaining("'soak'");
    }

    @Test
    void rejectsWhatItDoesNotKnow() {
        assertThatThrownBy(() -> Arguments.parse()).isInstanceOf(Arguments.UsageException.class);
        assertThatThrownBy(() -> Arguments.parse("start")).hasMessageContaining("unknown command 'start'");
        assertThatThrownBy(() -> Arguments.parse("up", "--dmeo")).hasMessageContaining("--dmeo");
        assertThatThrownBy(() -> Arguments.parse("down", "now")).isInstanceOf(Arguments.UsageException.class);
        assertThatThrownBy(() -> Arguments.parse("logs")).isInstanceOf(Arguments.UsageException.class);
        assertThatThrownBy(() -> Arguments.parse("token", "--sub", "x")).hasMessageContaining("--groups");
        assertThatThrownBy(() -> Arguments.parse("token", "--sub", "x", "--groups")).hasMessageContaining("Missing required parameter for option '--groups'");
        assertThatThrownBy(() -> Arguments.parse("token", "--sub", "x", "--groups", "a", "--role", "b"))
                .hasMessageContaining("--role");
    }
}
