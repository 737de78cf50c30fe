package org.wsis.system;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wsis.deploy.StackConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rolling restart of every instance of every service, one at a time, under load, as a Deployment
 * rollout does it: out of rotation, its requests finish, SIGTERM (the relay and consumers stop
 * cleanly, the other instance takes over the partitions), start, ready, back in rotation. Not one
 * request fails, and the ledger converges.
 */
@Order(2)
@ExtendWith(SystemStack.ClusterExtension.class)
class ClusterRollingRestartTest {

    @Test
    void restartingEveryInstanceInTurnFailsNoRequest() throws Exception {
        SystemStack stack = SystemStack.get();
        Api api = new Api(stack);
        FaultFixture fixture = new FaultFixture(stack, api, 2042, 80);
        Instant start = Instant.now();
        try (Load load = fixture.load(api, "rolling-")) {
            load.runFor(Duration.ofSeconds(2), 10, 4);
            for (StackConfig.Instance instance : stack.config().allInstances()) {
                CompletableFuture<Duration> restart = CompletableFuture.supplyAsync(() -> restart(stack, instance));
                load.runUntil(restart::isDone, 10, 4);
                System.out.printf("[system]   %s %s restarted in %.1f s%n", Instant.now(), instance.name(),
                        restart.join().toMillis() / 1000.0);
            }
            load.runFor(Duration.ofSeconds(2), 10, 4);
            load.drain();
            System.out.printf("[system] rolling restart of %d instances in %.1f s; vote latency %s; registration"
                            + " latency %s%n", stack.config().allInstances().size(),
                    Duration.between(start, Instant.now()).toMillis() / 1000.0,
                    Load.percentiles(load.voteLatenciesMicros), Load.percentiles(load.registrationLatenciesMicros));
            assertThat(load.failures).as("requests that failed during the rollout: " + stack.rotation().failures())
                    .isEmpty();
            Convergence.verify(stack, fixture.edition, load);
        }
    }

    private static Duration restart(SystemStack stack, StackConfig.Instance instance) {
        try {
            Instant start = Instant.now();
            stack.rotation().takeOut(instance);
            stack.rotation().awaitDrained(instance, Duration.ofSeconds(30));
            ProcessHandle process = stack.process(instance);
            process.destroy();
            process.onExit().get(30, TimeUnit.SECONDS);
            stack.restart(instance);
            stack.rotation().putBack(instance);
            return Duration.between(start, Instant.now());
        } catch (Exception e) {
            throw new IllegalStateException(instance.name() + " did not restart", e);
        }
    }
}
