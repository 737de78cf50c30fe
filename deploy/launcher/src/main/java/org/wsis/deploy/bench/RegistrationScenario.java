package org.wsis.deploy.bench;

import org.wsis.deploy.fixture.ContestEdition;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import org.wsis.deploy.Service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * REMOTE government delegates register (accredited at once, so each one becomes a voter): the
 * registration latency, then the time from each {@code participant.confirmed} to prizes-service's
 * and sessions-service's {@code processed_event} row for it.
 */
final class RegistrationScenario {

    private static final String CONFIRMED = "org.wsis.participant.confirmed.v1";

    /** The registrations of one run and who was acknowledged. */
    record Registered(Tally tally, List<Voter> voters) {
    }

    private final BenchContext bench;

    RegistrationScenario(BenchContext bench) {
        this.bench = bench;
    }

    /** The measured scenario: {@code count} registrations at the registrations rate; the acknowledged voters. */
    List<Voter> run(int count) throws Exception {
        int rate = bench.options.registrationsPerSecond();
        Instant from = Instant.now();
        CpuUsage cpu = new CpuUsage(bench.state());
        CpuUsage.Sample before = cpu.sample();
        Registered registered = register("run", count, rate);
        Map<String, Object> scenario = registered.tally().describe();
        awaitKnownEverywhere(registered);
        // until both consumers applied them: the events' relay and consumption are part of a registration's cost
        scenario.put("cpuMsPerRegistration", CpuUsage.perOperation(before, cpu.sample(),
                registered.tally().acceptedCount()));
        Set<String> subjects = new java.util.HashSet<>();
        registered.voters().forEach(v -> subjects.add(v.subject()));
        Map<String, Instant> confirmed = new HashMap<>();
        bench.kafka.read("wsis.participants", from, record -> {
            JsonNode event = read(record.value());
            if (event.path("type").asText().equals(CONFIRMED)
                    && subjects.contains(event.path("data").path("subject").asText())) {
                confirmed.put(event.path("id").asText(), Instant.parse(event.path("time").asText()));
            }
        });
        Percentiles toEligible = Percentiles.ofMillis(bench.database.hop("prizes", "prizes-service-participants",
                confirmed, from));
        Percentiles toKnown = Percentiles.ofMillis(bench.database.hop("sessions", "sessions-service.participants",
                confirmed, from));
        scenario.put("confirmedEvents", confirmed.size());
        scenario.put("confirmToEligibleInPrizesMs", toEligible.toMap());
        scenario.put("confirmToKnownInSessionsMs", toKnown.toMap());
        bench.summary.put("registrations", scenario);
        bench.summary.condition("registrations", rate + "/s", "500/s", rate == 500);
        bench.summary.measure(BenchTarget.REGISTRATIONS_ACHIEVED, Math.round(registered.tally().achievedPerSecond()));
        bench.summary.measure(BenchTarget.REGISTRATIONS_P99, registered.tally().acceptedLatency().p99());
        bench.summary.measure(BenchTarget.CONFIRMED_TO_ELIGIBLE_P99, toEligible.count() == 0 ? null : toEligible.p99());
        bench.summary.measure(BenchTarget.CONFIRMED_TO_KNOWN_P99, toKnown.count() == 0 ? null : toKnown.p99());
        Summary.printSection(bench.out, "registrations", scenario);
        return registered.voters();
    }

    /** Voters for other scenarios, registered without being reported, once both consumers know them. */
    List<Voter> unmeasured(String prefix, int count, int rate) throws Exception {
        Registered registered = register(prefix, count, rate);
        awaitKnownEverywhere(registered);
        return registered.voters();
    }

    /** {@code count} REMOTE government delegates at {@code rate}/s, tokens and bodies encoded before the clock. */
    private Registered register(String prefix, int count, int rate) throws Exception {
        List<String> subjects = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            subjects.add("bench-" + bench.edition + "-" + prefix + "-" + i);
        }
        List<Voter> voters = Voter.sign(subjects, bench::participantToken);
        List<Buffer> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            bodies.add(body(subjects.get(i), i));
        }
        int[] ports = bench.ports(Service.REGISTRATION);
        String uri = bench.uri("/registrations");
        Tally tally = bench.load.open(new ArrivalSchedule(rate, count),
                i -> new PreparedRequest(HttpMethod.POST, ports[i % ports.length], uri, voters.get(i).headers(),
                        bodies.get(i)),
                Tally.SUCCESSFUL);
        List<Voter> acknowledged = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (tally.isAccepted(i)) {
                acknowledged.add(voters.get(i));
            }
        }
        return new Registered(tally, acknowledged);
    }

    private void awaitKnownEverywhere(Registered registered) throws Exception {
        bench.confirmedParticipants += registered.voters().size();
        bench.database.awaitKnownEverywhere(bench.edition, bench.confirmedParticipants, Duration.ofSeconds(120));
    }

    private static Buffer body(String subject, int i) throws JsonProcessingException {
        return Buffer.buffer(Summary.JSON.writeValueAsBytes(ContestEdition.registration(subject, "Bench",
                "Ministry " + i, "GOVERNMENT", "REMOTE")));
    }

    private static JsonNode read(String json) {
        try {
            return Summary.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return Summary.JSON.missingNode();
        }
    }
}
