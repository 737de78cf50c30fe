package org.wsis.system;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wsis.deploy.Service;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Proves that a crashed service loses nothing it acknowledged: prizes-service is SIGKILLed under a
 * load of votes and registrations and started again as the supervisor starts it. Every vote it
 * answered 2xx is stored, its outbox drains (one vote.cast per vote, none twice), tallies equal the
 * stored votes, and its participants consumer resumes from the committed offsets (its voters equal
 * registration's confirmed participants, the group is caught up) without double effects.
 */
@Order(3)
@ExtendWith(SystemStack.Extension.class)
class ServiceCrashTest {

    @Test
    void prizesKilledMidLoadLosesNoAcknowledgedVote() throws Exception {
        SystemStack stack = SystemStack.get();
        Api api = new Api(stack);
        FaultFixture fixture = new FaultFixture(stack, api, 2032, 60);
        try (Load load = fixture.load(api, "crash-")) {
            load.runFor(Duration.ofSeconds(3), 15, 5);
            ProcessHandle prizes = stack.service(Service.PRIZES);
            Instant killed = Instant.now();
            prizes.destroyForcibly();
            prizes.onExit().get(30, TimeUnit.SECONDS);
            int ackedBeforeRestart = load.ackedVotes.size();
            CompletableFuture<Duration> restarting = CompletableFuture.supplyAsync(() -> {
                try {
                    return stack.restart(Service.PRIZES);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            load.runUntil(restarting::isDone, 3, 5); // fewer votes while it is down: each voter votes once per category
            Duration startup = restarting.join();
            Duration down = Duration.between(killed, Instant.now());
            load.runFor(Duration.ofSeconds(3), 15, 5);
            load.drain();
            System.out.printf("[system] service crash: prizes-service SIGKILLed, ready again after %.1f s (its start"
                    + " %.1f s); %d votes acknowledged before the kill%n", down.toMillis() / 1000.0,
                    startup.toMillis() / 1000.0, ackedBeforeRestart);
            System.out.println("[system]   vote latency " + Load.percentiles(load.voteLatenciesMicros)
                    + "; failures while it was down " + load.failures);
            assertThat(load.failures.keySet()).as("only votes fail while prizes is down")
                    .allMatch(kind -> kind.startsWith("vote "));
            assertThat(load.ackedVotes.size()).as("votes acknowledged after the restart").isGreaterThan(ackedBeforeRestart);
            Convergence.verify(stack, fixture.edition, load);
            try (Admin admin = Groups.admin(stack)) {
                Groups.awaitCaughtUp(admin, "prizes-service-participants", "wsis.participants", Duration.ofSeconds(30));
            }
        }
    }
}
