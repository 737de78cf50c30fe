package org.wsis.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wsis.deploy.Service;
import org.wsis.deploy.demo.ApiClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One person's way through the three services, as separate processes over a real Kafka broker:
 * registers and is accredited (registration); sessions-service learns it and accepts her as a
 * speaker; her session is scheduled and published; she and others vote (prizes); the contest
 * closes; the PRIZE_CEREMONY session lists the winners (sessions, from prizes' event). Each
 * cross-service hop is timed and printed.
 */
@Order(1)
@ExtendWith(SystemStack.Extension.class)
class EndToEndTest {

    private static final int YEAR = 2026;

    @Test
    void aParticipantFromRegistrationToThePrizeCeremony() {
        SystemStack stack = SystemStack.get();
        Api api = new Api(stack);
        Edition edition = new Edition(stack, api, YEAR);
        Map<String, Long> hops = new LinkedHashMap<>();

        // registration: Alice (civil society) registers and waits for accreditation
        edition.openRegistration();
        String alice = edition.token("alice-e2e");
        ApiClient.Response registered = api.expect("POST", Service.REGISTRATION, edition.path("/registrations"), alice,
                Edition.registration("alice-e2e", "CIVIL_SOCIETY", "IN_PERSON"), 201);
        assertThat(registered.text("status")).isEqualTo("PENDING");
        UUID aliceId = UUID.fromString(registered.text("id"));
        Instant registeredAt = Instant.now();
        hops.put("participant.registered -> known to sessions (PENDING)",
                until(() -> "PENDING".equals(Truth.sessionParticipants(stack, YEAR).get(aliceId)), registeredAt));

        ApiClient.Response accredited = api.expect("POST", Service.REGISTRATION,
                edition.path("/registrations/" + aliceId + "/accreditation"), edition.organiser,
                Map.of("decision", "APPROVE"), 200);
        Instant confirmedAt = Instant.now();
        assertThat(accredited.text("status")).isEqualTo("CONFIRMED");
        assertThat(edition.get(Service.REGISTRATION, "/registrations/me", alice).path("status").asText())
                .isEqualTo("CONFIRMED");
        hops.put("participant.confirmed -> sessions CONFIRMED",
                until(() -> "CONFIRMED".equals(Truth.sessionParticipants(stack, YEAR).get(aliceId)), confirmedAt));
        hops.put("participant.confirmed -> prizes eligible",
                until(() -> "CONFIRMED".equals(Truth.eligible(stack, YEAR).get(aliceId)), confirmedAt));

        // sessions: she proposes a session as its speaker; it is accepted, scheduled and published
        api.expect("PUT", Service.SESSIONS, edition.path("/venue"), edition.organiser, Map.of("startDate", "2026-07-06",
                "endDate", "2026-07-10", "timeZone", "Europe/Zurich", "dailyStart", "09:00", "dailyEnd", "18:00"), 200);
        String roomId = api.expect("POST", Service.SESSIONS, edition.path("/rooms"), edition.organiser,
                Map.of("name", "Room E2E", "capacity", 200, "hybrid", true), 201).text("id");
        Map<String, Object> proposal = new LinkedHashMap<>();
        proposal.put("title", "Community networks for the last billion");
        proposal.put("summary", "Operators and regulators compare what worked.");
        proposal.put("format", "THEMATIC_WORKSHOP");
        proposal.put("actionLines", List.of("C2"));
        proposal.put("sdgs", List.of(9));
        proposal.put("mode", "HYBRID");
        proposal.put("durationMinutes", 60);
        proposal.put("speakerParticipantIds", List.of(aliceId.toString()));
        proposal.put("expectedAudience", 80);
        String proposalId = api.expect("POST", Service.SESSIONS, edition.path("/proposals"), alice, proposal, 201)
                .text("id");
        String sessionId = api.expect("POST", Service.SESSIONS, edition.path("/proposals/" + proposalId + "/decision"),
                edition.organiser, Map.of("decision", "ACCEPT"), 200).text("sessionId");
        api.expect("PUT", Service.SESSIONS, edition.path("/sessions/" + sessionId + "/slot"), edition.organiser,
                Map.of("roomId", roomId, "start", "2026-07-07T10:00:00+02:00", "end", "2026-07-07T11:00:00+02:00"), 200);
        JsonNode release = api.expect("POST", Service.SESSIONS, edition.path("/agenda/releases"), edition.organiser,
                null, 201).body();
        assertThat(release.path("sessionCount").asInt()).isEqualTo(1);
        JsonNode agenda = edition.get(Service.SESSIONS, "/agenda", alice);
        assertThat(agenda.toString()).contains(sessionId, "Community networks for the last billion");

        // prizes: projects nominated, voting open; she and three others vote
        Map<String, List<UUID>> nominations = edition.openVoting(List.of("C1", "C2"), 2);
        List<Edition.Person> others = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            others.add(edition.registerConfirmed("voter-e2e-" + i));
        }
        edition.awaitEligible(others);
        UUID favourite = nominations.get("C1").get(0);
        api.expect("POST", Service.PRIZES, edition.path("/votes"), alice, Map.of("nominationId", favourite.toString()), 201);
        api.expect("POST", Service.PRIZES, edition.path("/votes"), alice,
                Map.of("nominationId", nominations.get("C2").get(1).toString()), 201);
        for (Edition.Person voter : others) {
            api.expect("POST", Service.PRIZES, edition.path("/votes"), voter.token(),
                    Map.of("nominationId", favourite.toString()), 201);
        }
        JsonNode tallies = edition.get(Service.PRIZES, "/tallies", edition.organiser);
        assertThat(tallies.path("totalVotes").asLong()).isEqualTo(5);
        Instant votedAt = Instant.now();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> Truth.voteCasts(stack, YEAR).size() == 5);
        List<Long> voteToKafka = Truth.voteCasts(stack, YEAR).stream()
                .map(e -> e.timestamp() - Instant.parse(e.data().path("castAt").asText()).toEpochMilli()).sorted().toList();
        hops.put("vote committed -> vote.cast on Kafka (max of 5)", voteToKafka.get(voteToKafka.size() - 1));

        // the contest ends: champions, winners, CLOSED; sessions' ceremony lists the winners
        api.expect("POST", Service.PRIZES, edition.path("/contest/phase"), edition.organiser,
                Map.of("phase", "EVALUATION"), 200);
        JsonNode champions = edition.get(Service.PRIZES, "/champions", alice);
        List<String> winners = new ArrayList<>();
        for (JsonNode category : champions.path("categories")) {
            String winner = category.path("champions").get(0).path("nominationId").asText();
            winners.add(winner);
            api.expect("PUT", Service.PRIZES, edition.path("/categories/" + category.path("category").asText() + "/winner"),
                    edition.reviewer, Map.of("nominationId", winner), 200);
        }
        assertThat(winners).contains(favourite.toString()).hasSize(2);
        api.expect("POST", Service.PRIZES, edition.path("/contest/phase"), edition.organiser, Map.of("phase", "CLOSED"), 200);
        Instant closedAt = Instant.now();
        JsonNode results = edition.get(Service.PRIZES, "/results", alice);
        assertThat(results.toString()).contains(winners);
        hops.put("prizes.winners-announced -> PRIZE_CEREMONY lists the winners", until(() -> {
            JsonNode ceremony = edition.get(Service.SESSIONS, "/sessions?format=PRIZE_CEREMONY", edition.organiser);
            return ceremony.path("total").asInt() == 1 && winners.stream().allMatch(ceremony.toString()::contains);
        }, closedAt));

        System.out.println("[system] end-to-end hops (ms):");
        hops.forEach((hop, ms) -> System.out.printf("[system]   %-62s %5d%n", hop, ms));
        hops.values().forEach(ms -> assertThat(ms).isLessThan(30_000));
        System.out.println("[system]   (vote to Kafka, all 5: " + voteToKafka + " ms; votes cast "
                + Duration.between(votedAt, Instant.now()).toMillis() + " ms ago)");
    }

    /** Polls the condition every 20 ms and answers the milliseconds since {@code from} until it held. */
    private static long until(java.util.concurrent.Callable<Boolean> condition, Instant from) {
        await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .until(condition);
        return Duration.between(from, Instant.now()).toMillis();
    }
}
