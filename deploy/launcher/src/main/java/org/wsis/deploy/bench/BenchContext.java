package org.wsis.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.wsis.deploy.Service;
import org.wsis.deploy.StackConfig;
import org.wsis.deploy.StackState;
import org.wsis.deploy.StateFile;
import org.wsis.infra.JwtMinter;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/** What every scenario of one bench run shares: the stack, the edition, the load generator, probes, the summary. */
final class BenchContext {

    final StackConfig config;
    final BenchOptions options;
    final int edition;
    final LoadGenerator load;
    final StackDatabase database;
    final KafkaTopicReader kafka;
    final Summary summary;
    final PrintStream out;
    final String organiser;
    final String reviewer;
    private final JwtMinter minter;
    /** Confirmed participants of the edition so far, warm-up included: what the consumers must have caught up with. */
    long confirmedParticipants;

    BenchContext(StackConfig config, BenchOptions options, int edition, JwtMinter minter, LoadGenerator load,
                 Summary summary, PrintStream out) {
        this.config = config;
        this.options = options;
        this.edition = edition;
        this.minter = minter;
        this.load = load;
        this.summary = summary;
        this.out = out;
        this.database = new StackDatabase(config.postgresPort());
        this.kafka = new KafkaTopicReader(config.kafkaBootstrap());
        this.organiser = minter.mint("bench-organiser", List.of("organiser"), "Bench Organiser", null);
        this.reviewer = minter.mint("bench-reviewer", List.of("reviewer"), "Bench Reviewer", null);
    }

    /** The first instance: set-up calls, reads and probes. */
    int port(Service service) {
        return config.port(service);
    }

    /** Every instance: the measured writes go round-robin over them. */
    int[] ports(Service service) {
        return config.instances(service).stream().mapToInt(StackConfig.Instance::port).toArray();
    }

    /** The edition's path: /editions/{edition}{path}. */
    String uri(String path) {
        return "/editions/" + edition + path;
    }

    String participantToken(String subject) {
        return minter.mint(subject, List.of("participant"), subject, subject + "@example.org");
    }

    StackState state() throws IOException {
        return new StateFile(config.stateFile()).read().orElseThrow(() -> new IOException("the stack is not running"));
    }

    long pid(String component) throws IOException {
        return state().component(component).orElseThrow().process().pid();
    }

    /** A setup call that must succeed (2xx); its JSON answer. */
    JsonNode call(String method, Service service, String path, String token, Object body)
            throws IOException, InterruptedException {
        Answer answer = load.call(PreparedRequest.json(method, port(service), uri(path), token, body));
        if (!answer.successful()) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.status() + ": " + answer.body());
        }
        if (answer.status() != 204 && (answer.body() == null || answer.body().isBlank())) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.status() + " without a body");
        }
        return answer.json();
    }
}
