package org.wsis.deploy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsageTest {

    @Test
    void theOverviewListsEveryCommandWithItsSynopsisThenTheEnvironment() {
        String all = Usage.all();
        assertThat(all).startsWith("Usage: deploy/wsis <command>\n\n")
                .contains("\n  up [--demo] [--brokers N] [--instances N]\n", "\n  down\n", "\n  status\n", "\n  logs [-f] <name>\n",
                        "\n  token --sub SUB --groups G1,G2 [--name NAME] [--email EMAIL]\n",
                        "\n  bench [OPTIONS]\n", "\n  help [command]\n",
                        "deploy/wsis <command> --help")
                .contains("WSIS_HOME", "WSIS_POSTGRES_PORT (55432)", "WSIS_READY_TIMEOUT_SECONDS (90)", "WSIS_PRIZES_PORT_2")
                .doesNotContain("Options:");
        assertThat(all.indexOf("  up ")).isLessThan(all.indexOf("  down")).isLessThan(all.indexOf("  bench"));
        assertThat(all.indexOf("  help [command]")).isLessThan(all.indexOf("Environment:"));
    }

    @Test
    void eachCommandsHelpHasItsSynopsisDescriptionAndOptionsAndNoOtherCommand() {
        Map<String, List<String>> expected = Map.of(
                "up", List.of("Usage: deploy/wsis up [--demo] [--brokers N] [--instances N]\n", "--demo",
                        "loads sample data", "--brokers N", "--instances N"),
                "down", List.of("Usage: deploy/wsis down\n", "data is kept"),
                "status", List.of("Usage: deploy/wsis status\n", "exit 3 unless all ready"),
                "logs", List.of("Usage: deploy/wsis logs [-f] <name>\n", "-f, --follow", "kafka, keycloak or stack"),
                "token", List.of("Usage: deploy/wsis token --sub SUB --groups G1,G2 [--name NAME] [--email EMAIL]\n",
                        "--sub SUB", "--groups G1,G2", "--name NAME", "--email EMAIL",
                        "participant, organiser, reviewer"),
                "bench", List.of("Usage: deploy/wsis bench [OPTIONS]\n", "--rate VOTES_PER_S", "(2000)",
                        "--seconds S", "(30)", "--registrations-rate R", "(500)", "--concurrency C", "(32)",
                        "--connections N", "(64)", "--overload-factor F", "(5)", "--scenarios LIST",
                        "registrations, votes, agenda, ceiling, overload", "WSIS_RATE_LIMIT_ENABLED=false"),
                "help", List.of("Usage: deploy/wsis help [command]\n", "<command> --help"));
        for (Map.Entry<String, List<String>> command : expected.entrySet()) {
            String help = Usage.of(command.getKey());
            assertThat(help).as(command.getKey()).startsWith(command.getValue().get(0))
                    .contains(command.getValue()).doesNotContain("Environment:");
            for (String other : expected.keySet()) {
                if (!other.equals(command.getKey())) {
                    assertThat(help).as(command.getKey()).doesNotContain("deploy/wsis " + other + " ");
                }
            }
        }
    }

    @Test
    void optionsAreShownWithASpaceAndNoHelpOptionClutter() {
        assertThat(Usage.of("token")).doesNotContain("--sub=", "-h,", "--version");
        assertThatThrownBy(() -> Usage.of("launch")).isInstanceOf(IllegalArgumentException.class);
    }
}
