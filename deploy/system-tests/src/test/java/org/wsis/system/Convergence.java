package org.wsis.system;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The pass criteria shared by the fault tests, checked against the client's ledger. */
final class Convergence {

    private Convergence() {
    }

    /**
     * Every acknowledged write is stored, nothing stored was refused, the outboxes drain, the read
     * models equal registration's truth, tallies equal the stored votes, and Kafka carries exactly
     * one vote.cast per stored vote. Answers how long convergence took.
     */
    static Duration verify(SystemStack stack, Edition edition, Load load) {
        int year = edition.year();
        Instant start = Instant.now();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(Truth.pendingOutbox(stack, "registration")).as("registration outbox pending").isZero();
            assertThat(Truth.pendingOutbox(stack, "prizes")).as("prizes outbox pending").isZero();
            assertThat(Truth.pendingOutbox(stack, "sessions")).as("sessions outbox pending").isZero();
            Map<UUID, String> registrations = Truth.registrations(stack, year);
            Map<UUID, String> confirmed = registrations.entrySet().stream().filter(e -> e.getValue().equals("CONFIRMED"))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            Map<UUID, String> eligible = Truth.eligible(stack, year).entrySet().stream()
                    .filter(e -> e.getValue().equals("CONFIRMED"))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(eligible).as("prizes' eligible voters = registration's CONFIRMED").isEqualTo(confirmed);
            assertThat(Truth.sessionParticipants(stack, year)).as("sessions' participants = registration's")
                    .isEqualTo(registrations);
        });
        Duration converged = Duration.between(start, Instant.now());

        Map<UUID, String> registrations = Truth.registrations(stack, year);
        assertThat(registrations.keySet()).as("every acknowledged registration is stored")
                .containsAll(load.ackedRegistrations);
        int unacknowledgedStored = registrations.size() - load.ackedRegistrations.size();
        // the setup's registrations are not part of the load's ledger; ambiguous ones may or may not exist
        assertThat(unacknowledgedStored).as("registrations stored without an acknowledgement")
                .isLessThanOrEqualTo(load.ambiguousRegistrations.size() + setupRegistrations(edition));

        Map<String, UUID> votes = Truth.votes(stack, year);
        assertThat(votes).as("every acknowledged vote is stored as acknowledged").containsAllEntriesOf(load.ackedVotes);
        Map<String, UUID> unexpected = new HashMap<>(votes);
        unexpected.keySet().removeAll(load.ackedVotes.keySet());
        unexpected.keySet().removeAll(load.ambiguousVotes.keySet());
        assertThat(unexpected).as("votes stored that were never acknowledged").isEmpty();

        Map<UUID, Long> counted = Truth.countedVotes(stack, year);
        assertThat(Truth.tallies(stack, year)).as("tallies = stored votes").isEqualTo(counted);

        List<Truth.Event> casts = Truth.voteCasts(stack, year);
        // The relay is at-least-once towards Kafka: a batch whose commit was not confirmed (broker killed,
        // relay killed between the Kafka commit and marking the rows sent) is sent again under the same
        // event ids. Consumers apply by event id, so a re-sent event has no second effect; it is counted here.
        Set<String> duplicates = Truth.duplicates(casts);
        Set<String> castVoteIds = casts.stream().map(e -> e.data().path("voteId").asText()).collect(Collectors.toSet());
        assertThat(castVoteIds).as("one vote.cast per stored vote").hasSize(votes.size());
        assertThat(casts.stream().map(Truth.Event::id).distinct().count()).as("one event id per stored vote")
                .isEqualTo(votes.size());
        Map<UUID, Long> castPerNomination = casts.stream().filter(distinctIds()).collect(Collectors.groupingBy(
                e -> UUID.fromString(e.data().path("nominationId").asText()), Collectors.counting()));
        counted.forEach((nomination, count) -> assertThat(castPerNomination.getOrDefault(nomination, 0L))
                .as("vote.cast events for " + nomination).isEqualTo(count));
        System.out.printf("[system]   ledger: %d votes acked (%d ambiguous), %d stored; %d registrations acked"
                        + " (%d ambiguous), %d stored; %d vote.cast records on Kafka (%d re-sent duplicates of an event id); failures %s; converged %d ms after the load%n",
                load.ackedVotes.size(), load.ambiguousVotes.size(), votes.size(), load.ackedRegistrations.size(),
                load.ambiguousRegistrations.size(), registrations.size(), casts.size(), casts.size() - castVoteIds.size(), load.failures,
                converged.toMillis());
        return converged;
    }

    private static java.util.function.Predicate<Truth.Event> distinctIds() {
        Set<String> seen = new java.util.HashSet<>();
        return e -> seen.add(e.id());
    }

    private static final Map<Integer, Integer> SETUP = new java.util.concurrent.ConcurrentHashMap<>();

    static void setupRegistrations(Edition edition, int count) {
        SETUP.put(edition.year(), count);
    }

    private static int setupRegistrations(Edition edition) {
        return SETUP.getOrDefault(edition.year(), 0);
    }
}
