package org.wsis.system;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wsis.deploy.Service;
import org.wsis.deploy.StackConfig;
import org.wsis.infra.KafkaBroker;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of every service behind a (client-side) load balancer, three Kafka nodes with
 * replication factor 3: SIGKILL one instance of prizes-service and one Kafka node under load.
 * Requests keep succeeding through the other instance and the remaining nodes, nothing acknowledged
 * is lost or doubled, read models converge, tallies equal the stored votes; both come back.
 */
@Order(1)
@ExtendWith(SystemStack.ClusterExtension.class)
class ClusterFailoverTest {

    @Test
    void prizesInstanceAndKafkaNodeKilledUnderLoadLoseNothing() throws Exception {
        SystemStack stack = SystemStack.get();
        Api api = new Api(stack);
        FaultFixture fixture = new FaultFixture(stack, api, 2041, 60);
        StackConfig.Instance prizes1 = stack.config().instances(Service.PRIZES).get(0);
        StackConfig.Instance prizes2 = stack.config().instances(Service.PRIZES).get(1);
        try (Load load = fixture.load(api, "failover-")) {
            load.runFor(Duration.ofSeconds(3), 15, 5);
            for (StackConfig.Instance instance : stack.config().allInstances()) {
                if (instance.service() != Service.SESSIONS) { // the load sends votes and registrations only
                    assertThat(stack.rotation().sent(instance)).as("requests sent to " + instance.name()).isPositive();
                }
            }

            ProcessHandle prizes = stack.process(prizes1);
            KafkaBroker node = stack.broker(2);
            Instant killed = Instant.now();
            prizes.destroyForcibly();
            node.kill();
            prizes.onExit().get(30, TimeUnit.SECONDS);
            int ackedAtKill = load.ackedVotes.size();
            long toSecondBefore = stack.rotation().sent(prizes2);
            load.runFor(Duration.ofSeconds(6), 15, 5); // one instance and two Kafka nodes carry the load
            int ackedWhileDown = load.ackedVotes.size() - ackedAtKill;

            CompletableFuture<Duration> restarting = CompletableFuture.supplyAsync(() -> {
                try {
                    return stack.restart(prizes1);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            KafkaBroker restartedNode = stack.config().kafkaCluster().node(2);
            stack.ownBroker(restartedNode);
            CompletableFuture<Void> nodeStarting = CompletableFuture.runAsync(() -> {
                try {
                    restartedNode.start(Duration.ofSeconds(90));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            load.runUntil(() -> restarting.isDone() && nodeStarting.isDone(), 15, 5);
            Duration startup = restarting.join();
            nodeStarting.join();
            stack.rotation().putBack(prizes1);
            load.runFor(Duration.ofSeconds(3), 15, 5);
            load.drain();

            System.out.printf("[system] cluster failover: prizes-service-1 and kafka-2 SIGKILLed; %d votes acknowledged"
                            + " in the 6 s after (through prizes-service-2: %d requests); both back after %.1f s"
                            + " (prizes start %.1f s)%n", ackedWhileDown, stack.rotation().sent(prizes2) - toSecondBefore,
                    Duration.between(killed, Instant.now()).toMillis() / 1000.0, startup.toMillis() / 1000.0);
            System.out.println("[system]   vote latency " + Load.percentiles(load.voteLatenciesMicros)
                    + "; registration latency " + Load.percentiles(load.registrationLatenciesMicros)
                    + "; failures " + load.failures + " " + stack.rotation().failures());
            assertThat(ackedWhileDown).as("votes acknowledged while an instance and a node were down").isGreaterThan(40);
            // only the votes in flight to the killed instance may go unanswered; none is refused
            assertThat(load.failures.keySet()).as("failure kinds").allMatch(kind -> kind.startsWith("vote ")
                    && (kind.contains("connection") || kind.contains("time")));
            assertThat(load.failures.values().stream().mapToInt(a -> a.get()).sum()).as("failed requests").isLessThan(20);
            Convergence.verify(stack, fixture.edition, load);
            try (Admin admin = Groups.admin(stack)) {
                Groups.awaitCaughtUp(admin, "prizes-service-participants", "wsis.participants", Duration.ofSeconds(30));
                Groups.awaitCaughtUp(admin, "sessions-service.participants", "wsis.participants", Duration.ofSeconds(30));
            }
        }
    }
}
