package org.wsis.deploy.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.wsis.deploy.Service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Votes at the votes rate, each voter once per category: latency, answers, the CPU each component
 * (and the load generator) spent per vote, the time from each vote's {@code castAt} to its
 * {@code vote.cast} record on Kafka, and whether every acknowledged vote is stored.
 */
final class VoteScenario {

    private static final String VOTE_CAST = "org.wsis.vote.cast.v1";

    private final BenchContext bench;

    VoteScenario(BenchContext bench) {
        this.bench = bench;
    }

    void run(VoteSlots.Votes votes) throws Exception {
        int rate = bench.options.votesPerSecond();
        Instant from = Instant.now(); // the warm-up's votes are older
        CpuUsage cpu = new CpuUsage(bench.state());
        ServerMetrics server = new ServerMetrics(bench.port(Service.PRIZES));
        Map<String, Double> serverBefore = server.sample();
        CpuUsage.Sample before = cpu.sample();
        Tally tally = bench.load.open(new ArrivalSchedule(rate, votes.size()), votes::request, Tally.SUCCESSFUL);
        Map<String, Object> cpuPerVote = CpuUsage.perOperation(before, cpu.sample(), tally.acceptedCount());
        Map<String, Object> scenario = new java.util.LinkedHashMap<>();
        int wanted = rate * bench.options.seconds();
        if (votes.size() < wanted) {
            scenario.put("requestsWanted", wanted); // not enough voters registered for the whole phase
        }
        scenario.putAll(tally.describe());
        scenario.put("cpuMsPerVote", cpuPerVote);
        scenario.put("prizesServiceReported", ServerMetrics.delta(serverBefore, server.sample()));
        bench.database.awaitOutboxSent(Duration.ofSeconds(60));
        long[] toKafka = commitToKafkaMillis(from);
        Percentiles hop = Percentiles.ofMillis(toKafka);
        scenario.put("voteCastOnKafka", toKafka.length);
        scenario.put("castToKafkaMs", hop.toMap());
        scenario.putAll(stored(bench, votes, tally, from));
        bench.summary.put("votes", scenario);
        bench.summary.condition("votes", rate + "/s for " + bench.options.seconds() + " s", "2000/s for 30 s",
                rate == 2000 && bench.options.seconds() == 30);
        bench.summary.measure(BenchTarget.VOTES_ACHIEVED, Math.round(tally.achievedPerSecond()));
        bench.summary.measure(BenchTarget.VOTES_NOT_ACCEPTED, wanted - tally.acceptedCount());
        bench.summary.measure(BenchTarget.VOTES_P99, tally.acceptedCount() == 0 ? null : tally.acceptedLatency().p99());
        bench.summary.measure(BenchTarget.VOTE_TO_KAFKA_P99, hop.count() == 0 ? null : hop.p99());
        bench.summary.measure(BenchTarget.STACK_CPU_PER_VOTE, cpuPerVote.get(CpuUsage.STACK));
        bench.summary.measure(BenchTarget.LOAD_GENERATOR_CPU_PER_VOTE, cpuPerVote.get(CpuUsage.LOAD_GENERATOR));
        Summary.printSection(bench.out, "votes", scenario);
    }

    /** Milliseconds from each of the edition's votes cast since {@code from} to its record on Kafka. */
    private long[] commitToKafkaMillis(Instant from) {
        List<Long> millis = new ArrayList<>();
        String edition = String.valueOf(bench.edition);
        bench.kafka.read("wsis.prizes", from, record -> {
            JsonNode event;
            try {
                event = Summary.JSON.readTree(record.value());
            } catch (JsonProcessingException e) {
                return;
            }
            if (event.path("type").asText().equals(VOTE_CAST) && event.path("edition").asText().equals(edition)) {
                Instant castAt = Instant.parse(event.path("data").path("castAt").asText());
                if (!castAt.isBefore(from)) {
                    millis.add(record.timestamp() - castAt.toEpochMilli());
                }
            }
        });
        return millis.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * Whether every acknowledged vote of {@code tally} is in the vote table: "acknowledgedStored" is
     * false if any is missing; votes stored without a 2xx (the client gave up waiting) are counted apart.
     */
    static Map<String, Object> stored(BenchContext bench, VoteSlots.Votes votes, Tally tally, Instant from)
            throws Exception {
        Set<String> stored = bench.database.votesSince(bench.edition, from);
        long missing = 0;
        long notAcknowledged = 0;
        for (int i = 0; i < votes.size(); i++) {
            boolean inTable = stored.contains(votes.key(i));
            if (tally.isAccepted(i)) {
                missing += inTable ? 0 : 1;
            } else {
                notAcknowledged += inTable ? 1 : 0;
            }
        }
        Map<String, Object> figures = new java.util.LinkedHashMap<>();
        figures.put("storedVotes", stored.size());
        figures.put("acknowledgedNotStored", missing);
        figures.put("storedNotAcknowledged", notAcknowledged);
        figures.put("acknowledgedStored", missing == 0);
        return figures;
    }
}
