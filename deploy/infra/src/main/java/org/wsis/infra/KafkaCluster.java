package org.wsis.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Kafka nodes that form one KRaft cluster on this machine: each a combined broker and controller,
 * all of them voters. One node is the small local stack; three tolerate the loss of any one (the
 * quorum keeps a majority, partitions keep two in-sync replicas).
 */
public final class KafkaCluster {

    private final List<KafkaBroker> nodes;

    private KafkaCluster(List<KafkaBroker> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    /** The cluster of these nodes, each keeping its data in {@code directoryOf(node)}. */
    public static KafkaCluster of(List<KafkaBroker.Node> quorum, java.util.function.Function<KafkaBroker.Node, Path> directoryOf) {
        if (quorum.isEmpty()) {
            throw new IllegalArgumentException("a Kafka cluster needs at least one node");
        }
        return new KafkaCluster(quorum.stream().map(node -> new KafkaBroker(directoryOf.apply(node), node, quorum)).toList());
    }

    public List<KafkaBroker> nodes() {
        return nodes;
    }

    public KafkaBroker node(int id) {
        return nodes.stream().filter(n -> n.node().id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no Kafka node " + id));
    }

    /** Every node: a client that knows them all still finds the cluster while one is down. */
    public String bootstrapServers() {
        return nodes.stream().map(KafkaBroker::bootstrapServers).collect(Collectors.joining(","));
    }

    /** Launches every node, then waits until each serves metadata (a lone node would wait for a quorum). */
    public KafkaCluster start(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<Process> processes = new ArrayList<>();
        try {
            for (KafkaBroker node : nodes) {
                processes.add(node.launch());
            }
            for (int i = 0; i < nodes.size(); i++) {
                Duration left = Duration.between(Instant.now(), deadline);
                nodes.get(i).awaitReady(processes.get(i), left.isNegative() ? Duration.ZERO : left);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            processes.forEach(Process::destroyForcibly);
            throw e;
        }
        return this;
    }

    /**
     * Stops every node at once: stopped one after another, the last ones would wait for a quorum
     * that is already gone before they give up.
     */
    public void stop() throws InterruptedException {
        List<Thread> stopping = new ArrayList<>();
        for (KafkaBroker node : nodes) {
            Thread thread = new Thread(() -> {
                try {
                    node.stop();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "stop-kafka-" + node.node().id());
            thread.start();
            stopping.add(thread);
        }
        for (Thread thread : stopping) {
            thread.join();
        }
    }

    /** The topics, each partition on {@link KafkaBroker#replicationFactor()} nodes. */
    public void createTopics(List<String> names, int partitions) throws InterruptedException {
        nodes.get(0).createTopics(names, partitions);
    }
}
