package org.wsis.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WsisTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int wsis(String... args) {
        return new Wsis(Map.of("WSIS_HOME", home.toString()), home, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void tokenPrintsOnlyAJwtThatTheStackPublicKeyVerifies() throws Exception {
        assertThat(wsis("token", "--sub", "alice", "--groups", "participant,reviewer", "--email", "a@example.org")).isZero();

        String token = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(token).doesNotContain("\n").matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        String[] parts = token.split("\\.");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(publicKey(home.resolve("keys/public.pem")));
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rsa.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.path("sub").asText()).isEqualTo("alice");
        assertThat(claims.path("iss").asText()).as("the local Keycloak's realm, whose key this is too")
                .isEqualTo("http://localhost:8180/realms/wsis");
        assertThat(claims.path("groups").toString()).isEqualTo("[\"participant\",\"reviewer\"]");
        assertThat(claims.path("email").asText()).isEqualTo("a@example.org");
    }

    @Test
    void tokenCarriesTheClaimsTheServicesReadForTwelveHours() throws Exception {
        long before = java.time.Instant.now().getEpochSecond();
        assertThat(wsis("token", "--sub", "bob", "--groups", "organiser", "--name", "Bob B")).isZero();

        String[] parts = out.toString(StandardCharsets.UTF_8).strip().split("\\.");
        JsonNode header = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[0]));
        assertThat(header.path("alg").asText()).isEqualTo("RS256");
        assertThat(header.path("typ").asText()).isEqualTo("JWT");
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.path("upn").asText()).isEqualTo("bob");
        assertThat(claims.path("name").asText()).isEqualTo("Bob B");
        assertThat(claims.has("email")).as("no --email, no claim").isFalse();
        assertThat(claims.path("groups").toString()).isEqualTo("[\"organiser\"]");
        assertThat(claims.path("iat").asLong()).isBetween(before, before + 60);
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(12 * 3600);
        assertThat(claims.path("jti").asText()).isNotBlank();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void everyTokenHasItsOwnId() {
        wsis("token", "--sub", "a", "--groups", "participant");
        wsis("token", "--sub", "a", "--groups", "participant");
        String[] tokens = out.toString(StandardCharsets.UTF_8).strip().split("\\R");
        assertThat(tokens).hasSize(2);
        assertThat(tokens[0]).isNotEqualTo(tokens[1]);
    }

    @Test
    void exitCodesSayWhatHappened() {
        assertThat(wsis()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("wsis: no command given; see deploy/wsis help" + System.lineSeparator());
        for (String command : java.util.List.of("up", "down", "status", "logs", "token", "bench", "help")) {
            out.reset();
            assertThat(wsis(command, "--help")).as(command).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: deploy/wsis " + command);
        }
        err.reset();
        assertThat(wsis("bench", "--rate", "0")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("wsis: bench: --rate must be a positive number,"
                + " not '0'; see deploy/wsis help bench" + System.lineSeparator());
    }

    @Test
    void logsNamesTheLogsItKnowsAndSaysWhenOneIsNotWrittenYet() {
        assertThat(wsis("logs", "nowhere")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).hasLineCount(1).contains("no log called 'nowhere'");
        err.reset();
        assertThat(wsis("logs", "kafka")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no log yet at");
    }

    @Test
    void logsPrintsTheWholeLog() throws Exception {
        StackConfig config = StackConfig.from(Map.of("WSIS_HOME", home.toString()), home);
        Path log = config.logOf("stack").orElseThrow();
        Files.createDirectories(log.getParent());
        Files.writeString(log, "=== start\nready\n");
        assertThat(wsis("logs", "stack")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("=== start\nready\n");
        assertThat(LogsCommand.lastLines(log, 5)).containsExactly("=== start", "ready");
    }

    @Test
    void keepsTheKeyPairAcrossCommands() throws Exception {
        wsis("token", "--sub", "a", "--groups", "participant");
        String first = Files.readString(home.resolve("keys/public.pem"));
        wsis("token", "--sub", "b", "--groups", "participant");
        assertThat(Files.readString(home.resolve("keys/public.pem"))).isEqualTo(first);
    }

    @Test
    void badArgumentsPrintOneLineOnStderrAndExitTwo() {
        assertThat(wsis("launch")).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("wsis: unknown command 'launch'; see deploy/wsis help" + System.lineSeparator());
        err.reset();
        assertThat(wsis("logs", "nowhere", "kafka")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).hasLineCount(1)
                .contains("logs: name one log").endsWith("; see deploy/wsis help logs" + System.lineSeparator());
    }

    @Test
    void unknownGroupsAreRefusedBeforeAnythingIsSigned() {
        assertThat(wsis("token", "--sub", "alice", "--groups", "admin")).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).hasLineCount(1)
                .contains("unknown group 'admin'", "allowed: participant, organiser, reviewer");
        assertThat(home.resolve("keys")).doesNotExist();
    }

    @Test
    void helpOfACommandPrintsItsUsageOnStdoutAndExitsZero() {
        assertThat(wsis("token", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("Usage: deploy/wsis token --sub SUB --groups G1,G2")
                .contains("participant, organiser, reviewer")
                .doesNotContain("bench");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        out.reset();
        assertThat(wsis("help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("  token --sub", "  bench [OPTIONS]", "  help [command]",
                "WSIS_HOME");
    }

    @Test
    void downAndStatusWithNothingRunning() {
        assertThat(wsis("down")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("not running");
        assertThat(wsis("status")).isEqualTo(3);
    }

    @Test
    void upDuringADownWaitsForTheOldStackToStopAndThenStartsAFreshOne() throws Exception {
        // a supervisor still stopping: a process that is alive for another 2 s, and a state that says so
        Process stopping = new ProcessBuilder("sleep", "2").start();
        StackConfig config = StackConfig.from(Map.of("WSIS_HOME", home.toString()), home);
        new StateFile(config.stateFile()).write(new StackState(StackState.Phase.STOPPING, "stopping",
                ProcessRef.of(stopping.toHandle()), java.util.List.of()));
        long start = System.nanoTime();

        int code = wsis("up");

        assertThat(stopping.isAlive()).as("up waited for the old supervisor to exit").isFalse();
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThan(1_000);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("is stopping").contains("waiting for it to stop")
                .doesNotContain("already running");
        // then a fresh start, which here stops at once: this home has no built services
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not built");
    }

    private static PublicKey publicKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
