package org.wsis.system;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wsis.deploy.Service;
import org.wsis.infra.KafkaBroker;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that a Kafka outage costs nothing: with the broker SIGKILLed under a steady mix of votes
 * and registrations, the APIs keep answering 2xx (the outbox holds the events), and once the broker
 * is back every event is delivered exactly once: prizes' voters and sessions' participants equal
 * registration's, tallies equal the stored votes, one vote.cast per vote.
 */
@Order(2)
@ExtendWith(SystemStack.Extension.class)
class BrokerDownTest {

    @Test
    void brokerKilledUnderLoadLosesNothing() throws Exception {
        SystemStack stack = SystemStack.get();
        Api api = new Api(stack);
        FaultFixture fixture = new FaultFixture(stack, api, 2031, 40);
        try (Load load = fixture.load(api, "broker-")) {
            load.runFor(Duration.ofSeconds(2), 20, 8);

            KafkaBroker broker = stack.broker();
            Instant killed = Instant.now();
            broker.kill();
            assertThat(broker.isAlive()).isFalse();
            int votesBefore = load.votesIssued();
            int registrationsBefore = load.registrationsIssued();
            AtomicBoolean sawNotReady = new AtomicBoolean();
            load.runUntil(() -> {
                if (!sawNotReady.get() && !stack.ready(Service.REGISTRATION)) {
                    sawNotReady.set(true);
                }
                return Duration.between(killed, Instant.now()).toMillis() >= 10_000;
            }, 20, 8);
            int failuresDuringOutage = load.failures.values().stream().mapToInt(a -> a.get()).sum();

            KafkaBroker restarted = stack.config().kafkaCluster().node(1);
            stack.ownBroker(restarted);
            CompletableFuture<Void> starting = CompletableFuture.runAsync(() -> {
                try {
                    restarted.start(Duration.ofSeconds(90));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            load.runUntil(starting::isDone, 20, 8);
            starting.join();
            Duration outage = Duration.between(killed, Instant.now());
            load.runFor(Duration.ofSeconds(1), 20, 8);
            load.drain();

            System.out.printf("[system] broker down: outage %.1f s (SIGKILL to broker serving again); during it %d votes"
                            + " and %d registrations issued, %d failures; readiness went DOWN: %s%n",
                    outage.toMillis() / 1000.0, load.votesIssued() - votesBefore,
                    load.registrationsIssued() - registrationsBefore, failuresDuringOutage, sawNotReady.get());
            System.out.println("[system]   vote latency " + Load.percentiles(load.voteLatenciesMicros)
                    + "; registration latency " + Load.percentiles(load.registrationLatenciesMicros));
            assertThat(load.failures).as("the APIs answer 2xx while Kafka is down").isEmpty();
            Convergence.verify(stack, fixture.edition, load);
        }
    }
}
