package org.wsis.system;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wsis.deploy.Service;
import org.wsis.deploy.demo.ApiClient;
import org.wsis.infra.PostgresServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Proves that a database outage is survived without a restart and without half-written state:
 * PostgreSQL is stopped (SIGINT, fast shutdown); every service answers 503 problem+json quickly and
 * its readiness turns DOWN; PostgreSQL comes back on the same data directory and port, and the
 * services serve again by themselves; the ledger of a vote and registration load shows nothing that
 * failed was stored and nothing acknowledged was lost; outboxes drain and read models converge.
 */
@Order(4)
@ExtendWith(SystemStack.Extension.class)
class DatabaseDownTest {

    /**
     * The bound asked for. Each service answers in about 1 s: common's 1 s acquisition timeout
     * bounds Agroal's wait-and-retry of a connection that could not be made.
     */
    static final long FAIL_FAST_MILLIS = 2_000;

    @Test
    void databaseOutageFailsFastAndHealsByItself() throws Exception {
        SystemStack stack = SystemStack.get();
        Api api = new Api(stack);
        FaultFixture fixture = new FaultFixture(stack, api, 2033, 30);
        Path data = stack.config().postgresData();
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        Load before = fixture.load(api, "dbdown-");
        before.runFor(Duration.ofSeconds(2), 10, 4);
        before.drain();

        Instant stopped = Instant.now();
        Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(postmaster)).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).isTrue();
        ProcessHandle.of(postmaster).ifPresent(p -> p.onExit().join());
        long down = Duration.between(stopped, Instant.now()).toMillis();

        Map<String, Long> firstAnswers = new LinkedHashMap<>();
        String someone = fixture.voters.get(0).token();
        firstAnswers.put("registration GET /registrations/me", timed503(api, Service.REGISTRATION, "GET",
                fixture.edition.path("/registrations/me"), someone, null));
        firstAnswers.put("sessions GET /sessions", timed503(api, Service.SESSIONS, "GET",
                fixture.edition.path("/sessions"), someone, null));
        firstAnswers.put("prizes POST /votes", timed503(api, Service.PRIZES, "POST", fixture.edition.path("/votes"),
                someone, Map.of("nominationId", fixture.nominations.get("C1").get(0).toString())));
        firstAnswers.put("registration POST /registrations", timed503(api, Service.REGISTRATION, "POST",
                fixture.edition.path("/registrations"), fixture.edition.token("dbdown-new"),
                Edition.registration("dbdown-new", "GOVERNMENT", "REMOTE")));
        System.out.println("[system] database down: first answers while it is down (ms): " + firstAnswers);
        for (Service service : Service.values()) {
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                    .until(() -> !stack.ready(service));
        }
        long readinessDown = Duration.between(stopped, Instant.now()).toMillis();
        // a load while it is down, every request answered before PostgreSQL returns
        Load outage = fixture.load(api, "dbdown2-").continueFrom(before);
        int ackedBefore = outage.ackedVotes.size() + outage.ackedRegistrations.size();
        outage.runFor(Duration.ofSeconds(3), 10, 4);
        outage.drain();
        int ackedDuringOutage = outage.ackedVotes.size() + outage.ackedRegistrations.size() - ackedBefore;
        Map<String, Integer> outageFailures = new LinkedHashMap<>();
        outage.failures.forEach((k, v) -> outageFailures.put(k, v.get()));

        Instant restarting = Instant.now();
        startPostgres(stack, data);
        for (Service service : Service.values()) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> stack.ready(service));
        }
        long healed = Duration.between(restarting, Instant.now()).toMillis();
        try (Load after = fixture.load(api, "dbdown3-").continueFrom(outage)) {
            int ackedVotesBefore = after.ackedVotes.size();
            int ackedRegistrationsBefore = after.ackedRegistrations.size();
            after.runFor(Duration.ofSeconds(3), 10, 4);
            after.drain();
            System.out.printf("[system] database down: postmaster gone %d ms after SIGINT; all readiness DOWN %d ms"
                            + " after the stop; during the outage %s refused, %d acknowledged; all ready again %d ms"
                            + " after PostgreSQL was restarted, no service restarted%n",
                    down, readinessDown, outageFailures, ackedDuringOutage, healed);
            long over2s = firstAnswers.values().stream().filter(ms -> ms >= 2_000).count();
            System.out.println("[system]   first 503s at or over 2 s: " + over2s + " of " + firstAnswers.size());
            assertThat(ackedDuringOutage).as("nothing acknowledged while the database is down").isZero();
            assertThat(outageFailures.keySet()).as("refusals while it is down").allMatch(kind -> kind.endsWith(" 503"));
            assertThat(after.ackedVotes.size()).as("votes succeed again after the outage").isGreaterThan(ackedVotesBefore);
            assertThat(after.ackedRegistrations.size()).as("registrations succeed again after the outage")
                    .isGreaterThan(ackedRegistrationsBefore);
            Convergence.verify(stack, fixture.edition, after);
            firstAnswers.forEach((request, ms) -> assertThat(ms).as(request + " answered 503 within the bound")
                    .isLessThan(FAIL_FAST_MILLIS));
        }
    }

    /** One request while the database is down: a 503 problem with Retry-After; answers how long it took. */
    private static long timed503(Api api, Service service, String method, String path, String token, Object body) {
        long start = System.nanoTime();
        ApiClient.Response response = api.send(method, service, path, token, body);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.status()).as(method + " " + path + " while the database is down: " + response.problem())
                .isEqualTo(503);
        assertThat(response.text("status")).isEqualTo("503");
        return millis;
    }

    /**
     * PostgreSQL again on the same data directory and port, from this JVM. zonky holds a lock on
     * data/epg-lock for as long as the supervisor that first started it lives; the lock belongs to
     * that file, so removing the file (the supervisor keeps its lock on the unlinked one) lets a
     * second zonky start the stopped server.
     */
    private static void startPostgres(SystemStack stack, Path data) throws Exception {
        Files.deleteIfExists(data.resolve("epg-lock"));
        stack.ownPostgres(new PostgresServer(data, stack.config().postgresPort()).start());
    }
}
